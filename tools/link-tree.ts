/**
 * A folder's files as hard links in another: the build's folders share files that are
 * written once and never changed (pages, search bundles), and a large archive has tens of
 * thousands of them. A folder on another disk gets copies.
 */
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import pMap from "p-map";

/** Links in `to` to every file under `from` whose top-level entry's name `wanted` accepts. */
export async function linkTree(from: string, to: string, wanted: (name: string) => boolean = () => true) {
  const top = (await readdir(from, { withFileTypes: true })).filter((entry) => wanted(entry.name));
  const files: string[] = top.filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const folder of top.filter((entry) => entry.isDirectory())) {
    const inside = await readdir(join(from, folder.name), { recursive: true, withFileTypes: true });
    for (const entry of inside)
      if (entry.isFile()) files.push(relative(from, join(entry.parentPath, entry.name)));
  }
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
