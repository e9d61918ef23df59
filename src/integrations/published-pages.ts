/**
 * Astro's incremental build (`experimental.incrementalBuild`) skips a page whose
 * `cacheKey` and code are unchanged when the page is already in the output folder, and
 * otherwise copies its stored copy there. `npm run build` writes a fresh folder each
 * time, so this integration first fills it with hard links to the published site's pages
 * (the folder `KIOSK_PUBLISHED_SITE` names): a skipped page costs one link, not a copy.
 *
 * Two things keep the published site untouched while this goes on: Astro's writes into
 * the output and cache folders replace a file instead of writing through a link into
 * the published copy, and pages Astro no longer makes (a deleted article) are unlinked
 * once it is done (docs/decisions/074).
 */
import type { AstroIntegration } from "astro";
import fs from "node:fs";
import { link, mkdir, readdir, rm, rmdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import pMap from "p-map";
import { fileURLToPath } from "node:url";

/** Every page of a built site: the `.html` files, relative to it. */
export async function sitePages(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)));
}

/** Hard links in `to` to each of `pages` in `from`, a bounded number at once. */
export async function linkPages(from: string, to: string, pages: readonly string[]): Promise<void> {
  const folders = new Set(pages.map((page) => dirname(join(to, page))));
  await pMap(folders, (folder) => mkdir(folder, { recursive: true }), { concurrency: 64 });
  await pMap(pages, (page) => link(join(from, page), join(to, page)), { concurrency: 64 });
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
  let linked: string[] = [];
  return {
    name: "kiosk:published-pages",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        if (!published) return;
        outDir = fileURLToPath(config.outDir);
        // Astro would empty the folder of the links before building.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        replaceOnWrite([outDir, fileURLToPath(config.cacheDir)]);
      },
      "astro:build:start": async () => {
        if (!published) return;
        linked = await sitePages(published);
        await linkPages(published, outDir, linked);
      },
      "astro:build:done": async ({ assets, dir }) => {
        if (!published) return;
        const made = new Set(
          [...assets.values()].flat().map((url) => relative(fileURLToPath(dir), fileURLToPath(url))),
        );
        await unlinkPages(
          outDir,
          linked.filter((page) => !made.has(page)),
        );
      },
    },
  };
}
