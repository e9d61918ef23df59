/**
 * The build's side of the share images: `draw.ts` draws them in a
 * process of its own, so neither its libraries nor its memory stay in the build's, and
 * the drawn files are copied into the built site.
 */
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import pMap from "p-map";
import { fileURLToPath } from "node:url";
import { pageShareImagePath, shareImagePath } from "../../src/lib/urls.ts";
import { keepFreedMemory } from "../../tools/native-allocators.ts";
import { runProgram } from "../../tools/run-program.ts";
import type { DrawnShareImages } from "./draw.ts";

const DRAWER = fileURLToPath(new URL("./draw.ts", import.meta.url));
/**
 * A larger young generation: satori's garbage and the pixels of each card otherwise
 * made the collector the largest cost after resvg (docs/decisions/063).
 */
const NODE_FLAGS = ["--max-semi-space-size=32"];

/**
 * Draw the share images of `contentDir` into `cacheDir`; `stop()` ends the drawing early,
 * and its errors wait for `releaseStderr()` (shown, or dropped when the check failed).
 */
export function drawShareImagesAside(contentDir: string, cacheDir: string) {
  const child = runProgram(process.execPath, [...NODE_FLAGS, DRAWER, contentDir, cacheDir], {
    env: keepFreedMemory(),
    output: "stdout",
    holdStderr: true,
  });
  const done = child.done.then(({ exitCode, signal, output }): DrawnShareImages => {
    if (exitCode !== 0) throw new Error(`drawing stopped (${signal ?? `exit code ${exitCode}`})`);
    const { files, pages, ...counts } = JSON.parse(output) as Omit<DrawnShareImages, "files" | "pages"> & {
      files: [string, string][];
      pages: [string, string][];
    };
    return { files: new Map(files), pages: new Map(pages), ...counts };
  });
  return { done, stop: () => child.stop(), releaseStderr: child.releaseStderr };
}

/**
 * Copy drawn images to `artikel/<slug>/vorschau.png` in a built site, each other page's
 * to `vorschau.png` in its folder, and the logo to `logo.png`.
 */
export async function placeShareImages(
  { files, pages, logo }: Pick<DrawnShareImages, "files" | "pages" | "logo">,
  siteDir: string,
): Promise<void> {
  const place = async ([path, file]: [string, string]) => {
    // The site's folders are named as the page's address reads, not percent-encoded.
    const target = join(siteDir, decodeURIComponent(path));
    await mkdir(dirname(target), { recursive: true });
    await linkOrCopy(file, target);
  };
  const targets = [
    ...[...files].map(([slug, file]): [string, string] => [shareImagePath("/", slug), file]),
    ...[...pages].map(([page, file]): [string, string] => [pageShareImagePath(page), file]),
  ];
  // The folder may not be there yet: the images are placed while Astro renders.
  await mkdir(siteDir, { recursive: true });
  await Promise.all([pMap(targets, place, { concurrency: 64 }), copyFile(logo, join(siteDir, "logo.png"))]);
}

/**
 * A drawn image is never written again once in the cache, so the site may share its file:
 * a link costs nothing however large the archive. A cache on another disk is copied.
 */
async function linkOrCopy(file: string, target: string): Promise<void> {
  try {
    await link(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await copyFile(file, target);
  }
}
