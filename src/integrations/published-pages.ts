/**
 * Astro's incremental build (`experimental.incrementalBuild`) skips a page whose
 * `cacheKey` and code are unchanged when a file is at its path in the output folder, and
 * otherwise copies its stored copy there. `npm run build` writes into a folder other than
 * `dist/` and names the published site (`KIOSK_PUBLISHED_SITE`): this integration fills
 * the output folder with an empty placeholder for each page of Astro's manifest that the
 * site has, on a thread of its own while Astro loads the content. Astro writes a page it
 * renders over its placeholder; the build script puts what Astro wrote beside links to
 * the published pages once Astro has exited (publish/assemble-output.ts). Nothing in the
 * folder Astro writes into is a published file, so none of its writes can reach one
 * (docs/decisions/109).
 */
import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MANIFEST } from "./manifest-pages.ts";
import { onThread } from "./published-pages-thread.ts";

export default function publishedPages(published: string | undefined): AstroIntegration {
  let placing: Promise<string[]> = Promise.resolve([]);
  return {
    name: "kiosk:published-pages",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig }) => {
        if (!published || command !== "build") return;
        // Astro would empty the folder of the placeholders before building (OUTPUT_FOLDER_KEPT
        // in src/astro-internals.ts), and skips a page whose placeholder is there (REUSED_PAGE_FILE).
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        placing = onThread({
          kind: "placeholders",
          manifest: join(fileURLToPath(config.cacheDir), MANIFEST),
          from: published,
          to: fileURLToPath(config.outDir),
        });
        // Awaited at build:start; a failure here must not end the process before then.
        placing.catch(() => undefined);
      },
      "astro:build:start": async () => {
        await placing;
      },
    },
  };
}
