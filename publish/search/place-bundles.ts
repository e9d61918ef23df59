/**
 * The search bundles in the built site: `pagefind/` is the newest period's complete
 * bundle, with Pagefind's scripts and WebAssembly; every older period's index lies in
 * `pagefind/<period>/`; `pagefind/periods.json` lists them newest first, and
 * `pagefind/kiosk/pagefind.js` (from `merged-search.js`) is the bundle the search page
 * loads, which merges them all (docs/decisions/073).
 */
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { linkTree } from "../../tools/link-tree.ts";

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
  await Promise.all([
    linkTree(newest.dir, folder),
    ...older.map(({ period, dir }) => linkTree(dir, join(folder, period), (name) => INDEX_FILES.test(name))),
  ]);
  const periods = { newest: newest.period, older: older.map(({ period }) => period) };
  await writeFile(join(folder, "periods.json"), `${JSON.stringify(periods)}\n`);
  await mkdir(join(folder, "kiosk"));
  await cp(MERGED_SEARCH, join(folder, "kiosk", "pagefind.js"));
}
