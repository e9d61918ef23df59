/**
 * Astro's incremental build (`experimental.incrementalBuild`) skips a page whose
 * `cacheKey` and code are unchanged when the page is already in the output folder, and
 * otherwise copies its stored copy there. `npm run build` writes into a folder other than
 * `dist/`, so this integration first fills it with hard links to the published site's pages
 * (the folder `KIOSK_PUBLISHED_SITE` names): a skipped page costs one link, not a copy,
 * and none when the folder, recycled from the site the last build replaced, holds it.
 * The pages linked are those of Astro's manifest, the only ones it may skip; linking
 * starts with Astro and goes on, on a thread of its own, while Astro loads the content.
 *
 * Two things keep the published site untouched while this goes on: Astro's writes into
 * the output and cache folders replace a file instead of writing through a link into
 * the published copy, and pages Astro no longer makes (a deleted article) are unlinked
 * once it is done (docs/decisions/074).
 */
import type { AstroIntegration } from "astro";
import fs from "node:fs";
import { readdir, rm, rmdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LinkJob } from "./link-published-pages.ts";
import { MANIFEST } from "./manifest-pages.ts";

const LINKER = new URL("./link-published-pages.ts", import.meta.url);

/** Link the published pages on a thread of its own; settles with the pages linked. */
function linkOnThread(job: LinkJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LINKER, { workerData: job });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`linking the published pages stopped (exit code ${code})`)),
    );
  });
}

/** Remove `pages` from `site`, and the folders that leaves empty. */
async function unlinkPages(site: string, pages: readonly string[]): Promise<void> {
  for (const page of pages) {
    await rm(join(site, page), { force: true });
    for (let folder = dirname(join(site, page)); folder !== site; folder = dirname(folder)) {
      if ((await readdir(folder)).length > 0) break;
      await rmdir(folder);
    }
  }
}

/**
 * Make every `fs.promises.writeFile` into one of `folders` replace its file: the write then
 * goes to a new file, and a hard link to the published page keeps the published text.
 */
function replaceOnWrite(folders: readonly string[]): void {
  const write = fs.promises.writeFile;
  const inside = (path: string) => folders.some((folder) => path.startsWith(folder));
  fs.promises.writeFile = async (file, ...rest) => {
    const path = file instanceof URL ? fileURLToPath(file) : typeof file === "string" ? file : "";
    if (inside(path)) await rm(path, { force: true });
    return write(file, ...rest);
  };
}

export default function publishedPages(published: string | undefined): AstroIntegration {
  let outDir = "";
  let linking: Promise<string[]> = Promise.resolve([]);
  return {
    name: "kiosk:published-pages",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig }) => {
        if (!published || command !== "build") return;
        outDir = fileURLToPath(config.outDir);
        const cacheDir = fileURLToPath(config.cacheDir);
        // Astro would empty the folder of the links before building.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        replaceOnWrite([outDir, cacheDir]);
        linking = linkOnThread({ manifest: join(cacheDir, MANIFEST), from: published, to: outDir });
        // Awaited at build:start; a failure here must not end the process before then.
        linking.catch(() => undefined);
      },
      "astro:build:start": async () => {
        await linking;
      },
      "astro:build:done": async ({ assets, dir }) => {
        if (!published) return;
        const made = new Set(
          [...assets.values()].flat().map((url) => relative(fileURLToPath(dir), fileURLToPath(url))),
        );
        await unlinkPages(
          outDir,
          (await linking).filter((page) => !made.has(page)),
        );
      },
    },
  };
}
