/**
 * Astro's content store names every rendered article's HTML (src/loaders/html-apart.ts),
 * and the loader renders again only the files whose text changed; neither notices when
 * the Markdown pipeline that rendered them changed. This integration forgets the stored
 * renders, when Astro's configuration is set up, whenever the pipeline is not the one
 * that made them (docs/decisions/060); the loader, starting from an empty store, then
 * removes the HTML no entry names (docs/decisions/107).
 */
import type { AstroIntegration } from "astro";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTENT_STORE } from "../astro-internals.ts";
import { pipelineFingerprint } from "./pipeline-fingerprint.ts";

/** Remove Astro's content store from `cacheDir` unless it was made by the pipeline `fingerprint`. */
export function forgetRendersOfOtherCode(cacheDir: string, fingerprint: string): boolean {
  const marker = join(cacheDir, "kiosk-pipeline");
  let previous = "";
  try {
    previous = readFileSync(marker, "utf8");
  } catch {
    // No marker: a store made before Kiosk kept one is not trusted either.
  }
  if (previous === fingerprint) return false;
  for (const name of [CONTENT_STORE.file, CONTENT_STORE.chunks])
    rmSync(join(cacheDir, name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, fingerprint);
  return true;
}

/**
 * @param pipeline the module that puts the Markdown plugins together, relative to the project
 * @param renderers packages that run them (the processor, Astro itself)
 */
export default function renderCache(pipeline: string, renderers: readonly string[]): AstroIntegration {
  return {
    name: "kiosk:render-cache",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const fingerprint = pipelineFingerprint(root, pipeline, renderers);
        if (forgetRendersOfOtherCode(fileURLToPath(config.cacheDir), fingerprint))
          logger.info("Markdown pipeline changed: articles are rendered anew.");
      },
    },
  };
}
