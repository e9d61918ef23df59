/**
 * A publish's site, put together after Astro has exited: Astro built into a folder of
 * placeholders (src/integrations/published-pages.ts), and a second folder holds links to
 * the published pages. What Astro wrote moves into the second folder, over the link it
 * replaces (a rename: the published file is never opened); a page Astro no longer makes
 * leaves it (docs/decisions/109).
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { isUntouchedPlaceholder } from "../src/files/page-placeholders.ts";

export interface Assembled {
  /** Files Astro wrote, moved. */
  moved: number;
  /** Pages Astro no longer makes, removed. */
  removed: number;
}

/** Remove `page` from `site`, and the folders that leaves empty. */
function removePage(site: string, page: string): void {
  rmSync(join(site, page), { force: true });
  for (let folder = dirname(join(site, page)); folder !== site; folder = dirname(folder)) {
    if (readdirSync(folder).length > 0) break;
    rmdirSync(folder);
  }
}

/**
 * Move every file Astro wrote in `built` to the same path in `site`; a placeholder left
 * untouched keeps the link `site` has, unless its page is not among `pages` (the ones
 * Astro made this time), when the page is removed from `site`. Its file calls are
 * synchronous: they are all the build does then, and much faster so.
 */
export async function assembleOutput(
  built: string,
  site: string,
  pages: ReadonlySet<string>,
): Promise<Assembled> {
  const done: Assembled = { moved: 0, removed: 0 };
  const folders = new Set<string>();
  for (const entry of readdirSync(built, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(built, path);
    if (isUntouchedPlaceholder(lstatSync(path))) {
      if (!pages.has(file)) {
        removePage(site, file);
        done.removed++;
      }
      continue;
    }
    const target = join(site, file);
    if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    renameSync(path, target);
    done.moved++;
  }
  return done;
}
