/**
 * What a build may reuse from the published site. Astro's incremental build trusts its
 * manifest (the `cacheKey` of every page it last made) to describe the output folder;
 * `npm run build` publishes a fresh folder instead, so the manifest that describes the
 * published `dist/` is kept aside at each publish and put back before the next build.
 * A build that failed or was stopped leaves the manifest of the published site in place.
 */
import { existsSync } from "node:fs";
import { copyFile, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Astro's manifest in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = "incremental-build.json";
const PUBLISHED = "kiosk-published-build.json";
/** Which folder the kept manifest describes: a `dist/` put there by other hands is not it. */
const PUBLISHED_FOLDER = "kiosk-published-folder";

async function folderIdentity(dist: string): Promise<string> {
  const { ino, dev } = await stat(dist);
  return `${dev}:${ino}`;
}

/**
 * Put back the manifest of the site in `dist`; returns whether its pages can be reused.
 * Without one (a first or clean build, or a publish cut short), Astro renders every page.
 */
export async function restorePublishedManifest(cacheDir: string, dist: string): Promise<boolean> {
  const published = join(cacheDir, PUBLISHED);
  const identity = await readFile(join(cacheDir, PUBLISHED_FOLDER), "utf8").catch(() => "");
  if (!existsSync(dist) || !existsSync(published) || identity !== (await folderIdentity(dist))) {
    await rm(join(cacheDir, MANIFEST), { force: true });
    return false;
  }
  await copyFile(published, join(cacheDir, MANIFEST));
  return true;
}

/** Before the swap: no manifest is trusted while `dist` changes. */
export async function forgetPublishedManifest(cacheDir: string): Promise<void> {
  await rm(join(cacheDir, PUBLISHED), { force: true });
}

/** After the swap: the manifest Astro wrote describes `dist` now. */
export async function keepPublishedManifest(cacheDir: string, dist: string): Promise<void> {
  if (!existsSync(join(cacheDir, MANIFEST))) return;
  await writeFile(join(cacheDir, PUBLISHED_FOLDER), await folderIdentity(dist));
  await copyFile(join(cacheDir, MANIFEST), join(cacheDir, PUBLISHED));
}
