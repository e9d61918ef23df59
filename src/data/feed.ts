import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { correctionNotesHtml, lastModified } from "../interface/corrections.ts";
import { feedHtml } from "../metadata/feed-html.ts";
import { feedInstant } from "../lib/german-date.ts";
import { publication } from "../settings/load-publication.ts";
import { FEED_LANGUAGES, type FeedChannel, type FeedItem } from "../metadata/json-feed.ts";
import { interfaceLanguage, t } from "../interface/strings.ts";
import { articlePath, authorPath } from "../lib/urls.ts";
import { articleShareImages } from "./article-share-images.ts";
import { publishedArticles, renderArticle } from "./articles.ts";
import { authorsOf } from "./authors.ts";
import { publisherFacts, siteIcon } from "./publication.ts";

/** Articles in each feed, newest first. */
export const FEED_SIZE = 50;

let items: Promise<FeedItem[]> | undefined;

/** The feed at `file` beside the front page: the publication's name, tagline, language, logo and icon. */
export function feedChannel(site: URL, file: string): FeedChannel {
  const home = new URL(import.meta.env.BASE_URL, site);
  return {
    title: t("site.name"),
    description: t("site.tagline"),
    homePageUrl: home.href,
    feedUrl: new URL(file, home).href,
    language: FEED_LANGUAGES[interfaceLanguage()],
    icon: publisherFacts(home).logo,
    favicon: new URL(siteIcon(home.pathname).href, home).href,
  };
}

/**
 * The newest articles with their full HTML and, after it, their correction notes as
 * the page shows them, rendered once for both feeds. `site` is the origin; paths carry
 * the base.
 */
export function feedItems(site: URL): Promise<FeedItem[]> {
  items ??= renderItems(site);
  return items;
}

async function renderItems(site: URL): Promise<FeedItem[]> {
  const container = await AstroContainer.create();
  const base = import.meta.env.BASE_URL;
  const home = new URL(base, site);
  const newest = (await publishedArticles()).slice(0, FEED_SIZE);
  const { timeZone } = publication();
  return Promise.all(
    newest.map(async (article) => {
      const { title, dek, date, corrections, source, topics, lang } = article.data;
      const url = new URL(articlePath(base, article.id), site).href;
      const modified = lastModified(article.data);
      const { Content } = await renderArticle(article);
      return {
        url,
        title,
        summary: dek,
        html: feedHtml(await container.renderToString(Content), url) + correctionNotesHtml(corrections, lang),
        // Feeds give every date a time: a date alone starts its day on the newsroom's clock.
        published: feedInstant(date, timeZone),
        modified: modified && feedInstant(modified, timeZone),
        source,
        authors: (await authorsOf(article)).map(({ id, data }) => ({
          name: data.name,
          url: new URL(authorPath(base, id), site).href,
        })),
        topics,
        lang,
        image: (await articleShareImages(article, home)).share,
      };
    }),
  );
}
