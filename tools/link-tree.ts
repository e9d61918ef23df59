/**
 * A folder's files as hard links in a new folder: the build's folders share files that
 * are written once and never changed (pages, search bundles), and a large archive has
 * tens of thousands of them. A folder on another disk gets copies.
 */
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import pMap from "p-map";
import { filesUnder } from "../src/files/link-files.ts";

/** Links in `to` to every file under `from` whose top-level entry's name `wanted` accepts. */
export async function linkTree(from: string, to: string, wanted: (name: string) => boolean = () => true) {
  const files = filesUnder(from, wanted);
  const folders = new Set([to, ...files.map((file) => dirname(join(to, file)))]);
  await pMap(folders, (folder) => mkdir(folder, { recursive: true }), { concurrency: 64 });
  await pMap(
    files,
    (file) =>
      link(join(from, file), join(to, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EXDEV") throw error;
        return copyFile(join(from, file), join(to, file));
      }),
    { concurrency: 64 },
  );
}
