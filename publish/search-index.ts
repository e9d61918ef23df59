/**
 * The search index: Pagefind reads the built article pages (headline, standfirst and
 * body, marked `data-pagefind-body`) and writes one bundle a period of publication,
 * which the search page merges (docs/decisions/025, 073). With a cache folder kept
 * between builds, only periods whose pages changed are indexed again; the site's
 * `pagefind/` is then byte for byte what indexing every period afresh writes.
 */
import { articlePages, type ArticlePage } from "./search/article-pages.ts";
import { freshBundles, keptBundles } from "./search/bundle-store.ts";
import { indexPeriod } from "./search/index-period.ts";
import { pagefindVersion } from "./search/pagefind-program.ts";
import { periodsOf } from "./search/periods.ts";
import { placeBundles, type PlacedBundle } from "./search/place-bundles.ts";

export interface SearchIndexOptions {
  /** Bundles kept between builds (`npm run build`: `.astro/cache/kiosk-search`); without it, every period is indexed. */
  cacheDir?: string | undefined;
  /** Stops the indexing: a build that stopped has no use for its index. */
  signal?: AbortSignal | undefined;
}

export interface SearchIndexReport {
  pages: number;
  periods: number;
  /** Periods Pagefind indexed in this build; the others were reused. */
  indexed: number;
}

/** Index a built site in place. */
export async function indexSearch(
  siteDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const store = options.cacheDir ? await keptBundles(options.cacheDir) : await freshBundles();
  try {
    const pages = await articlePages(siteDir, store.pagesFile);
    const version = await pagefindVersion();
    const placed: PlacedBundle[] = [];
    let indexed = 0;
    // One period at a time: the indexer's memory is then that of the largest period.
    for (const [period, inPeriod] of newestFirst(pages)) {
      options.signal?.throwIfAborted();
      const { dir, reused } = await indexPeriod(siteDir, inPeriod, store, version, options.signal);
      if (!reused) indexed += 1;
      placed.push({ period, dir });
    }
    await placeBundles(siteDir, placed);
    return { pages: pages.length, periods: placed.length, indexed };
  } finally {
    await store.close();
  }
}

/** Index a built site in place; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<number> {
  return (await indexSearch(siteDir, options)).pages;
}

/** The pages of each period, the period of the newest article first. */
function newestFirst(pages: readonly ArticlePage[]): [string, ArticlePage[]][] {
  const periods = periodsOf(pages.map(({ published }) => published));
  const newest = new Map<string, string>();
  const groups = Map.groupBy(pages, (page, i) => {
    const period = periods[i]!;
    if (!(page.published <= (newest.get(period) ?? ""))) newest.set(period, page.published);
    return period;
  });
  return [...groups].sort(([a], [b]) => (newest.get(a)! < newest.get(b)! ? 1 : -1));
}
