/**
 * The search index: Pagefind reads the built pages (headline, standfirst and body,
 * marked `data-pagefind-body`) and writes its bundle to `pagefind/` in the site.
 * Every page is indexed as German, so English articles are found from the German
 * search page too (docs/decisions/025).
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Pagefind's binary allocates with jemalloc, which by default keeps freed pages for
 * seconds; while the index is written, that is over a gigabyte at 10,000 articles.
 * Handing them back at once costs a few seconds and keeps a large archive under 3 GB
 * (docs/decisions/063). An operator's own setting wins.
 */
const ALLOCATOR = { _RJEM_MALLOC_CONF: "dirty_decay_ms:0,muzzy_decay_ms:0" };

/** Index a built site in place; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  // The Pagefind service inherits this process's environment when it starts.
  for (const [name, value] of Object.entries(ALLOCATOR)) process.env[name] ??= value;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
