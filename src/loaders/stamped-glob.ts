/**
 * Astro's `glob()` loader for a large collection, reading only the files that changed.
 * `glob()` reads, parses and digests every file on every sync to find the few that
 * changed; here a file whose stamp (src/files/file-stamp.ts) is the one it had at the last
 * sync keeps its entry untouched, and `glob()` itself loads the others, so entries,
 * rendering, validation and Astro's duplicate-id check are its own (docs/decisions/081).
 * The stamps are kept in the collection's meta store, which Astro clears with the
 * entries whenever its content config changes. An entry's stamp and digest cover the
 * photos it imports (./photo-digest.ts). Each entry's rendered HTML is kept in a file of
 * its own, outside Astro's store (./html-apart.ts).
 */
import { glob, type DataStore, type Loader, type LoaderContext } from "astro/loaders";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { escapePath, globSync as listFiles } from "tinyglobby";
import { fileStamp } from "../files/file-stamp.ts";
import { pathKind } from "../files/markdown-files.ts";
import { htmlApart } from "./html-apart.ts";
import { entryStamp, importedFiles, photoDigests } from "./photo-digest.ts";
import { RENDERED_HTML } from "../kept-stores.ts";

type GlobOptions = Parameters<typeof glob>[0] & { base: URL };

/** The meta-store key of the stamps of the last sync. */
export const STAMPS = "kiosk-file-stamps";
/**
 * Beyond this many changed files `glob()` is given its own pattern: it then matches each
 * file against one pattern, not against a list of names as long as the change.
 */
const LISTED_AT_MOST = 500;

export function stampedGlob(options: GlobOptions): Loader {
  const everything = glob(options);
  return {
    name: "kiosk-stamped-glob",
    async load(context) {
      // The dev server's watcher follows every file through glob() itself, and keeps
      // the HTML in its own store: the folder of HTML belongs to the build's.
      if (context.watcher) return everything.load(context);
      const root = fileURLToPath(context.config.root);
      const folder = join(root, RENDERED_HTML);
      // Without the HTML the entries name, every file is read again.
      if (!existsSync(folder)) context.store.clear();
      const startedEmpty = context.store.keys().length === 0;
      const html = htmlApart(context.store, folder);
      await loadStamped({ ...context, store: photoDigests(html.store, root) });
      // Before Astro writes the store: a store on disk that still names a removed file
      // names it for a file whose stamp changed, which the next sync reads again.
      html.removeUnused(startedEmpty);
    },
  };

  async function loadStamped(context: LoaderContext) {
    const base = fileURLToPath(options.base);
    // No folder of articles: npm run check names the path, and glob() would only warn.
    if (pathKind(base) !== "folder") return context.store.clear();
    const root = fileURLToPath(context.config.root);
    // Listed and stamped without yielding to the event loop: Astro writes its whole
    // store half a second after its last change (STORE_WRITE_DELAY), and a write in the middle of the
    // sync would be one more write of it (docs/decisions/087).
    const files = listFiles(options.pattern, { cwd: base, expandDirectories: false });
    const paths = files.map((file) => relative(root, join(base, file)).replaceAll("\\", "/"));
    const markdownStamps = files.map((file) => fileStamp(join(base, file)));
    const before = new Map(JSON.parse(context.meta.get(STAMPS) ?? "[]") as [string, string][]);
    const stamped = entryStamps(context.store, root, paths, markdownStamps);
    const unchanged = new Map(
      stamped.flatMap(({ path, id, stamp }) =>
        id !== undefined && stamp && before.get(path) === stamp ? [[path, id]] : [],
      ),
    );
    // The unchanged files' stamps stand whatever becomes of the others; a change to the
    // store now also puts off Astro's write until the changed entries are in.
    const kept = stamped.flatMap(({ path, stamp }) => (unchanged.has(path) ? [[path, stamp] as const] : []));
    context.meta.set(STAMPS, JSON.stringify(kept));
    const changedAt = paths.flatMap((path, i) => (unchanged.has(path) ? [] : [i]));
    await loadChanged(
      context,
      changedAt.map((i) => files[i]!),
      unchanged,
    );
    // Only once loaded, with the files each changed entry now imports: a sync that failed
    // must read its files again. An unchanged entry imports what it did.
    const loaded = entryStamps(
      context.store,
      root,
      changedAt.map((i) => paths[i]!),
      changedAt.map((i) => markdownStamps[i]!),
    );
    context.meta.set(STAMPS, JSON.stringify([...kept, ...loaded.map(({ path, stamp }) => [path, stamp])]));
  }

  async function loadChanged(context: LoaderContext, changed: string[], unchanged: Map<string, string>) {
    if (changed.length > LISTED_AT_MOST || unchanged.size === 0) return everything.load(context);
    // glob() removes the entries it did not meet (GLOB_DELETES_UNMET in
    // src/astro-internals.ts): it is shown all but the unchanged.
    const kept = new Set(unchanged.values());
    const store = { ...context.store, keys: () => context.store.keys().filter((id) => !kept.has(id)) };
    if (changed.length === 0) return store.keys().forEach((id) => store.delete(id));
    return glob({ ...options, pattern: changed.map(escapePath) }).load({ ...context, store });
  }
}

/** Each Markdown file's entry, if the store has one, and the stamp of the file and of what the entry imports. */
function entryStamps(
  store: DataStore,
  root: string,
  paths: readonly string[],
  markdownStamps: readonly string[],
): { path: string; id: string | undefined; stamp: string }[] {
  const entries = new Map(store.values().map((entry) => [entry.filePath, entry]));
  return paths.map((path, i) => {
    const entry = entries.get(path);
    const files = entry ? importedFiles(root, entry) : [];
    return { path, id: entry?.id, stamp: entryStamp(markdownStamps[i]!, files) };
  });
}
