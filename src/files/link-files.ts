/**
 * A folder made to hold hard links to chosen files of another folder on the same disk,
 * keeping the links it already holds. A build fills its output folder from the folder of
 * the site it replaced, whose unchanged files are links to the published ones: it then
 * links and removes what changed, not every file of the archive (docs/decisions/084).
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, rmdirSync, unlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** The files under `from`, relative to it, whose top-level entry's name `wanted` accepts. */
export function filesUnder(from: string, wanted: (name: string) => boolean = () => true): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!wanted(entry.name)) continue;
    if (!entry.isDirectory()) files.push(entry.name);
    else
      for (const inside of readdirSync(join(from, entry.name), { recursive: true, withFileTypes: true }))
        if (!inside.isDirectory()) files.push(relative(from, join(inside.parentPath, inside.name)));
  }
  return files;
}

/**
 * Make each of `files` (relative paths) in `to` a hard link to the same file in `from`,
 * keeping a link that is one already; nothing else in `to` is touched. Returns the files
 * linked; a file missing from `from` is left out.
 */
export function linkFiles(from: string, to: string, files: Iterable<string>): string[] {
  const linked: string[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    const [source, target] = [join(from, file), join(to, file)];
    const [a, b] = [
      lstatSync(source, { throwIfNoEntry: false }),
      lstatSync(target, { throwIfNoEntry: false }),
    ];
    if (a === undefined) {
      if (b !== undefined) unlinkSync(target);
      continue;
    }
    if (b !== undefined && a.ino === b.ino && a.dev === b.dev) {
      linked.push(file);
      continue;
    }
    if (b !== undefined) unlinkSync(target);
    else if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    linkSync(source, target);
    linked.push(file);
  }
  return linked;
}

/**
 * Make `to` hold hard links to `files` of `from` and nothing else: links it holds to the
 * same files are kept, anything else in it is removed with the folders that leaves empty.
 */
export function mirrorFiles(from: string, to: string, files: readonly string[]): void {
  const wanted = new Set(files);
  const kept = new Set<string>();
  const folders: string[] = [];
  const entries = lstatSync(to, { throwIfNoEntry: false })
    ? readdirSync(to, { recursive: true, withFileTypes: true })
    : [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (wanted.has(relative(to, path)))
      for (let folder = dirname(path); folder !== to && !kept.has(folder); folder = dirname(folder))
        kept.add(folder);
    else unlinkSync(path);
  }
  // A folder's path is longer than its parent's: the inner ones go first.
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (!kept.has(folder)) rmdirSync(folder);
  linkFiles(from, to, files);
}
