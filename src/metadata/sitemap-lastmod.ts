/**
 * When each page of the sitemap last changed, worked out from the articles alone with
 * the helpers the pages are laid out by (`listPages`, `archivePeriods`, `frontPage`), so
 * that a page's `<lastmod>` is the newest change of the articles it shows. Pages that
 * show no article (the Impressum, the search) have none: nothing reproducible says when
 * they changed (docs/decisions/104-sitemap-lastmod.md).
 */
import { SEGMENTS } from "../consts.ts";
import { newestFirst } from "../lib/article-order.ts";
import { lastModified, type ArticleChanges } from "../interface/corrections.ts";
import { archivePeriods } from "../lib/date-archive.ts";
import { frontPage } from "../lib/front-page.ts";
import { feedInstant } from "../lib/german-date.ts";
import { listPages } from "../lib/list-pages.ts";
import { numberedPagePath } from "../lib/pagination.ts";
import { slugify } from "../lib/slug.ts";
import { archivePath, articlePath, correctionsPath, pagePath, topicsPath } from "../lib/urls.ts";

/** What the sitemap needs to know of a published article. */
export interface LastmodArticle extends ArticleChanges {
  /** The slug: the file name without `.md`. */
  id: string;
  date: Date;
  topics: readonly string[];
  /** Slugs of author files. */
  authors: readonly string[];
  /** Marked as the front page's lead story. */
  lead: boolean;
}

/** The site the pages belong to. */
export interface LastmodSite {
  base: string;
  /** The newsroom's clock: it sets the archive's days and the start of a date without a time. */
  timeZone: string;
  /** The URL segments of the navigation's sections, in its order (the front's containers). */
  sections: readonly string[];
}

/**
 * Each page's path (under `base`) and when what it shows last changed: an article's
 * latest `updated` or correction, else its `date`; a list's newest such change among
 * the articles it shows; the corrections page's newest correction. Drafts must not be
 * passed in.
 *
 * @example sitemapLastmods([{ id: "a", date: new Date("2024-03-15T08:00Z"), corrections: [], topics: [], authors: [], lead: false }], { base: "/", timeZone: "UTC", sections: [] }).get("/artikel/a/") // 2024-03-15T08:00:00.000Z
 */
export function sitemapLastmods(
  articles: readonly LastmodArticle[],
  { base, timeZone, sections }: LastmodSite,
): Map<string, Date> {
  const newest = articles.toSorted(newestFirst);
  // A date without a time stands for the start of its day on the newsroom's clock.
  const instant = (date: Date) => feedInstant(date, timeZone);
  const changed = new Map(newest.map((article) => [article, instant(lastModified(article) ?? article.date)]));
  const lastmods = new Map<string, Date>();
  const shown = (path: string, items: readonly LastmodArticle[]) => {
    const latest = latestOf(items.map((article) => changed.get(article)!));
    if (latest) lastmods.set(path, latest);
  };

  for (const article of newest) shown(articlePath(base, article.id), [article]);

  const front = frontPage(
    newest.map((article) => ({
      id: article.id,
      topics: article.topics.map(slugify),
      lead: article.lead,
      article,
    })),
    sections,
  );
  shown(
    pagePath(base),
    [front.lead, ...front.top, ...front.sections.flatMap(({ stories }) => stories), ...front.latest]
      .filter((story) => story !== undefined)
      .map(({ article }) => article),
  );

  const lists = (segment: string, keysOf: (article: LastmodArticle) => readonly string[]) => {
    for (const [key, items] of groupBy(newest, keysOf)) {
      const segments = [segment, key];
      for (const { number, items: page } of listPages(base, segments, items)) {
        shown(number ? numberedPagePath(base, segments, number) : pagePath(base, ...segments), page);
      }
    }
  };
  lists(SEGMENTS.topics, ({ topics }) => topics.map(slugify));
  lists(SEGMENTS.authors, ({ authors }) => authors);
  shown(
    topicsPath(base),
    newest.filter(({ topics }) => topics.length > 0),
  );

  shown(archivePath(base), newest);
  for (const depth of [1, 2, 3] as const) {
    for (const { period, items } of archivePeriods(newest, ({ date }) => date, depth, timeZone)) {
      shown(archivePath(base, ...period), items);
    }
  }

  const corrected = latestOf(
    newest.flatMap(({ corrections }) => corrections.map(({ date }) => instant(date))),
  );
  if (corrected) lastmods.set(correctionsPath(base), corrected);
  return lastmods;
}

/** The latest of some moments; undefined for none. */
function latestOf(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (latest, date) => (latest && latest >= date ? latest : date),
    undefined,
  );
}

/** The items under each of their keys, in their order; an item lists a key once however often it names it. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
