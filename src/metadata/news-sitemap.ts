/** One published article as Google News needs it. */
export interface NewsSitemapArticle {
  /** Absolute canonical URL of the article page. */
  url: string;
  /** The headline, as the page shows it. */
  title: string;
  /** First publication (`date`). */
  published: Date;
  /** The article's language, an ISO 639 code (`de`, `en`). */
  lang: string;
}

/** The publication that every entry names. */
export interface NewsPublication {
  name: string;
}

/** Google's rules for a news sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). */
export const NEWS_SITEMAP = {
  namespace: "http://www.google.com/schemas/sitemap-news/0.9",
  /** Only articles published this long before the build, in milliseconds: two days. */
  window: 2 * 24 * 60 * 60 * 1000,
  /** At most this many entries in one sitemap. */
  limit: 1000,
} as const;

/**
 * A Google News sitemap: the articles published in the two days up to `now`, newest
 * first, at most 1,000. Articles dated after `now` wait for a later build. Drafts must
 * not be passed in: the caller hands over published articles only.
 *
 * @example newsSitemap({ name: "Kiosk" }, [], new Date()).includes("sitemap-news/0.9") // true
 */
export function newsSitemap(
  publication: NewsPublication,
  articles: readonly NewsSitemapArticle[],
  now: Date,
): string {
  const latest = now.getTime();
  const earliest = latest - NEWS_SITEMAP.window;
  const entries = articles
    .filter(({ published }) => published.getTime() >= earliest && published.getTime() <= latest)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || compare(a.url, b.url))
    .slice(0, NEWS_SITEMAP.limit)
    .map(
      (article) =>
        `<url><loc>${xmlText(article.url)}</loc><news:news><news:publication>` +
        `<news:name>${xmlText(publication.name)}</news:name>` +
        `<news:language>${xmlText(article.lang)}</news:language></news:publication>` +
        `<news:publication_date>${article.published.toISOString()}</news:publication_date>` +
        `<news:title>${xmlText(article.title)}</news:title></news:news></url>\n`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="${NEWS_SITEMAP.namespace}">\n` +
    entries.join("") +
    `</urlset>\n`
  );
}

/** Code-unit order, the same in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters XML 1.0 allows nowhere, not even escaped: C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element: `&`, `<` and `>` escaped (`>` for `]]>`), characters XML cannot carry dropped. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
