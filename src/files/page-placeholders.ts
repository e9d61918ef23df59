/**
 * Empty files that stand for published pages in the folder Astro builds into. Astro's
 * incremental build skips a page it may reuse when any file is at its path, and never
 * reads that file (src/astro-internals.ts); a page it renders again is written over
 * its placeholder. Each placeholder is a new file of the build's own, so no write of
 * Astro's can reach a published page, whatever function it writes with
 * (docs/decisions/109).
 */
import { closeSync, mkdirSync, openSync, statSync, utimesSync, type Stats } from "node:fs";
import { dirname, join } from "node:path";

/** A placeholder's time stamp: the epoch, which no file Astro writes can have. */
const UNTOUCHED = 0;

/**
 * An empty placeholder in `to` for each of `files` (relative paths) that `from` has;
 * `to` must not have them yet. Returns the files given a placeholder.
 */
export function makePlaceholders(from: string, to: string, files: Iterable<string>): string[] {
  const made: string[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    if (!statSync(join(from, file), { throwIfNoEntry: false })?.isFile()) continue;
    const target = join(to, file);
    if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    // "wx": a file already there is an error, never opened for writing.
    closeSync(openSync(target, "wx"));
    utimesSync(target, UNTOUCHED, UNTOUCHED);
    made.push(file);
  }
  return made;
}

/** Whether a file is a placeholder Astro left as it was: its page was reused. */
export function isUntouchedPlaceholder(file: Stats): boolean {
  return file.isFile() && file.size === 0 && file.mtimeMs === UNTOUCHED;
}
