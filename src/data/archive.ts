import { archivePeriods, periodLabel, type ArchivePeriod } from "../lib/date-archive.ts";
import { interfaceLanguage } from "../lib/strings.ts";
import { publication } from "../lib/load-publication.ts";
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

/**
 * The archive pages of one depth (a page per year, month or day) with what each lists:
 * the periods one level down, or, for a day, its articles. Keys cover what each shows,
 * so only the periods a change falls in are rendered again.
 */
export async function archivePages(depth: 1 | 2 | 3) {
  const below = Map.groupBy(depth < 3 ? await articlesBy((depth + 1) as 2 | 3) : [], ({ period }) =>
    period.slice(0, depth).join("/"),
  );
  return Promise.all(
    (await articlesBy(depth)).map(async ({ period, items }) => {
      const entries = (below.get(period.join("/")) ?? []).map(periodEntry);
      return {
        period,
        label: periodLabel(period, interfaceLanguage()),
        items,
        entries,
        cacheKey: depth === 3 ? await pageKey(items) : await pageKey([], entries),
      };
    }),
  );
}
