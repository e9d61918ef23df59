/**
 * Empty files that stand for published pages in the folder Astro builds into. Astro's
 * incremental build skips a page it may reuse when any file is at its path, and never
 * reads that file (src/astro-internals.ts); a page it renders again is written over
 * its placeholder. Each placeholder is a new file of the build's own, so no write of
 * Astro's can reach a published page, whatever function it writes with
 * (docs/decisions/109).
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  type Stats,
} from "node:fs";
import { dirname, join, relative } from "node:path";

/** A placeholder's time stamp: the epoch, which no file Astro writes can have. */
const UNTOUCHED = 0;

/**
 * An empty placeholder in `to` for each of `files` (relative paths) that `from` has, and
 * nothing else: a placeholder a publish left untouched is kept, so that a publish after
 * it makes new ones only for the pages it rendered. Anything else in `to` is removed,
 * never opened for writing. Returns the files with a placeholder.
 */
export function makePlaceholders(from: string, to: string, files: Iterable<string>): string[] {
  const wanted = new Set<string>();
  for (const file of files)
    if (statSync(join(from, file), { throwIfNoEntry: false })?.isFile()) wanted.add(file);
  const kept = new Set<string>();
  const entries = lstatSync(to, { throwIfNoEntry: false })
    ? readdirSync(to, { recursive: true, withFileTypes: true })
    : [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(to, path);
    if (wanted.has(file) && isUntouchedPlaceholder(lstatSync(path))) kept.add(file);
    else unlinkSync(path);
  }
  const folders = new Set<string>();
  for (const file of wanted) {
    if (kept.has(file)) continue;
    const target = join(to, file);
    if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    // "wx": a file already there is an error, never opened for writing.
    closeSync(openSync(target, "wx"));
    utimesSync(target, UNTOUCHED, UNTOUCHED);
  }
  return [...wanted];
}

/** Whether a file is a placeholder Astro left as it was: its page was reused. */
export function isUntouchedPlaceholder(file: Stats): boolean {
  return file.isFile() && file.size === 0 && file.mtimeMs === UNTOUCHED;
}
