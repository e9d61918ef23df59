/**
 * The search bundles in the built site: `pagefind/` is the newest period's complete
 * bundle, with Pagefind's scripts and WebAssembly; every older period's index lies in
 * `pagefind/<period>/`; `pagefind/periods.json` lists them newest first, and
 * `pagefind/kiosk/pagefind.js` (from `merged-search.js`) is the bundle the search page
 * loads, which merges them all (docs/decisions/073).
 */
import { copyFile, cp, link, mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import pMap from "p-map";

export const SEARCH_FOLDER = "pagefind";
/** The file the search page's components load as their bundle, beside its folder. */
const MERGED_SEARCH = new URL("merged-search.js", import.meta.url);

/** What `mergeIndex` reads of a bundle; the scripts come from the newest one. */
const INDEX_FILES = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

export interface PlacedBundle {
  period: string;
  dir: string;
}

/** Place `bundles`, newest first, in the site. */
export async function placeBundles(siteDir: string, bundles: readonly PlacedBundle[]): Promise<void> {
  const [newest, ...older] = bundles;
  if (!newest) throw new Error("no article pages to index");
  const folder = join(siteDir, SEARCH_FOLDER);
  const files = await Promise.all([
    bundleFiles(newest.dir, folder, () => true),
    ...older.map(({ period, dir }) =>
      bundleFiles(dir, join(folder, period), (name) => INDEX_FILES.test(name)),
    ),
  ]);
  await linkFiles(files.flat());
  const periods = { newest: newest.period, older: older.map(({ period }) => period) };
  await writeFile(join(folder, "periods.json"), `${JSON.stringify(periods)}\n`);
  await mkdir(join(folder, "kiosk"));
  await cp(MERGED_SEARCH, join(folder, "kiosk", "pagefind.js"));
}

/** Each file of the bundle in `from` (of the top-level entries `wanted`) with its place under `to`. */
async function bundleFiles(
  from: string,
  to: string,
  wanted: (name: string) => boolean,
): Promise<{ source: string; target: string }[]> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)))
    .filter((file) => wanted(file.split("/")[0]!))
    .map((file) => ({ source: join(from, file), target: join(to, file) }));
}

/**
 * The files hard-linked where the two folders share a disk: a bundle's files are written
 * once and never changed, and a large archive's bundles are many small files.
 */
async function linkFiles(files: readonly { source: string; target: string }[]): Promise<void> {
  const folders = new Set(files.map(({ target }) => dirname(target)));
  await pMap(folders, (folder) => mkdir(folder, { recursive: true }), { concurrency: 64 });
  await pMap(files, ({ source, target }) => link(source, target).catch(() => copyFile(source, target)), {
    concurrency: 64,
  });
}
