/**
 * What a build may reuse from the published site. Astro's incremental build trusts its
 * manifest (the `cacheKey` of every page it last made) to describe the output folder;
 * `npm run build` publishes another folder instead, so the manifest that describes the
 * published `dist/` is kept aside at each publish and put back before the next build.
 * A build that failed or was stopped leaves the manifest of the published site in place.
 *
 * The published folder names the manifest that describes it (a digest in a file of its
 * own), so a `dist/` put there by other hands is not taken for it, while a `dist/` and
 * `.astro/` restored together, as a CI restores its caches, still are.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST } from "../src/integrations/manifest-pages.ts";

const PUBLISHED = "kiosk-published-build.json";
/** In the published folder: the digest of the manifest that describes it. */
export const MANIFEST_MARK = ".kiosk-manifest.txt";

async function digestOf(path: string): Promise<string | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}

/**
 * Put back the manifest of the site in `dist`; returns whether its pages can be reused.
 * Without one (a first or clean build, or a publish cut short), Astro renders every page.
 */
export async function restorePublishedManifest(cacheDir: string, dist: string): Promise<boolean> {
  const published = join(cacheDir, PUBLISHED);
  const [kept, mark] = await Promise.all([
    digestOf(published),
    readFile(join(dist, MANIFEST_MARK), "utf8").catch(() => undefined),
  ]);
  if (kept === undefined || mark !== kept) {
    await rm(join(cacheDir, MANIFEST), { force: true });
    return false;
  }
  await copyFile(published, join(cacheDir, MANIFEST));
  return true;
}

/**
 * Before the swap: no manifest is trusted while `dist` changes, and the folder about to
 * be published names the manifest Astro wrote for it.
 */
export async function forgetPublishedManifest(cacheDir: string, staging: string): Promise<void> {
  await rm(join(cacheDir, PUBLISHED), { force: true });
  const digest = await digestOf(join(cacheDir, MANIFEST));
  if (digest === undefined) return;
  // A new file, not a write through the link to the published site's mark.
  const writing = join(staging, `${MANIFEST_MARK}.${process.pid}`);
  await writeFile(writing, digest);
  await rename(writing, join(staging, MANIFEST_MARK));
}

/** After the swap: the manifest Astro wrote describes `dist` now. */
export async function keepPublishedManifest(cacheDir: string): Promise<void> {
  if (!existsSync(join(cacheDir, MANIFEST))) return;
  await copyFile(join(cacheDir, MANIFEST), join(cacheDir, PUBLISHED));
}
