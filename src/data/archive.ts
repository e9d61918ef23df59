import { archivePeriods, periodLabel, type ArchivePeriod } from "../lib/date-archive.ts";
import { periodNeighbours } from "../lib/period-neighbours.ts";
import { interfaceLanguage } from "../interface/strings.ts";
import { publication } from "../settings/load-publication.ts";
import { archivePath } from "../lib/urls.ts";
import { publishedArticles, type Article } from "./articles.ts";
import { pageKey } from "./page-keys.ts";

const byDate = (article: Article) => article.data.date;

const periodsByDepth = new Map<number, Promise<ArchivePeriod<Article>[]>>();

/** The published articles by year, month or day, newest first (see `archivePeriods`), made once. */
export function articlesBy(depth: 1 | 2 | 3): Promise<ArchivePeriod<Article>[]> {
  let periods = periodsByDepth.get(depth);
  if (!periods) {
    periods = publishedArticles().then((articles) =>
      archivePeriods(articles, byDate, depth, publication().timeZone),
    );
    periodsByDepth.set(depth, periods);
  }
  return periods;
}

/** One period's entry on the archive page above it: its name, link and count. */
export function periodEntry({ period, items }: ArchivePeriod<Article>) {
  return {
    label: periodLabel(period, interfaceLanguage()),
    href: archivePath(import.meta.env.BASE_URL, ...period),
    count: items.length,
  };
}

/** The articles each period one level below `depth` holds, by the parent period. */
async function countsBelow(depth: 1 | 2): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { period, items } of await articlesBy((depth + 1) as 2 | 3)) {
    const parent = period.slice(0, depth).join("/");
    const children = counts.get(parent) ?? new Map<string, number>();
    children.set(period[depth]!, items.length);
    counts.set(parent, children);
  }
  return counts;
}

/** How many articles each month of `year` holds, by the month's two-digit number. */
export async function monthCounts(year: string): Promise<ReadonlyMap<string, number>> {
  return (await countsBelow(1)).get(year) ?? new Map();
}

/**
 * The archive pages of one depth (a page per year, month or day) with what each shows:
 * the articles of each period one level down (a year's months, a month's days) or, for a
 * day, its articles; and the periods of that depth either side with articles. Keys cover
 * all of it, so a new day renders its neighbours again and nothing else.
 */
export async function archivePages(depth: 1 | 2 | 3) {
  const below = depth < 3 ? await countsBelow(depth as 1 | 2) : new Map<string, Map<string, number>>();
  const periods = await articlesBy(depth);
  const all = periods.map(({ period }) => period);
  return Promise.all(
    periods.map(async ({ period, items }) => {
      const counts: ReadonlyMap<string, number> = below.get(period.join("/")) ?? new Map();
      const neighbours = periodNeighbours(all, period);
      return {
        period,
        items,
        counts,
        neighbours,
        cacheKey: await pageKey(depth === 3 ? items : [], [...counts], neighbours),
      };
    }),
  );
}
