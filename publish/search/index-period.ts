/**
 * One period's search bundle: Pagefind run on a folder that holds only that period's
 * article pages, at the paths they have in the site, so that a bundle's result URLs are
 * the site's. Its key covers every input that Pagefind reads: each page's path and bytes,
 * the program's version and arguments.
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, mkdtemp, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ArticlePage } from "./article-pages.ts";
import type { BundleStore } from "./bundle-store.ts";
import { pagefindArgs, runPagefind } from "./pagefind-program.ts";

/** Raised when what a bundle folder holds changes meaning, so that old ones are not reused. */
const LAYOUT = 1;

/** The cache key of a period's bundle. */
export function bundleKey(pages: readonly ArticlePage[], pagefindVersion: string): string {
  const hash = createHash("sha256").update(JSON.stringify([LAYOUT, pagefindVersion, pagefindArgs()]));
  for (const { file, digest } of [...pages].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    hash.update(`\n${file}\0${digest}`);
  }
  return hash.digest("hex").slice(0, 32);
}

/** The bundle of `pages`, reused from `store` or indexed now. */
export async function indexPeriod(
  siteDir: string,
  pages: readonly ArticlePage[],
  store: BundleStore,
  pagefindVersion: string,
  signal?: AbortSignal,
): Promise<{ dir: string; reused: boolean }> {
  return store.bundle(bundleKey(pages, pagefindVersion), async (output) => {
    await mkdir(dirname(output), { recursive: true });
    const folder = await mkdtemp(`${output}-pages-`);
    try {
      await Promise.all(pages.map(({ file }) => placePage(join(siteDir, file), join(folder, file))));
      await runPagefind(folder, output, signal);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

/** A hard link where the folders share a disk, a copy where they do not. */
async function placePage(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}
