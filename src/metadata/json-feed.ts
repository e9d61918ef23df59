import type { ArticleAuthor } from "./news-article.ts";
import type { ShareImage } from "./share-photo.ts";

/** One article in a feed, already in absolute URLs and feed-safe HTML. */
export interface FeedItem {
  url: string;
  title: string;
  /** The standfirst. */
  summary: string;
  html: string;
  published: Date;
  /** The last change: the later of `updated` and the newest correction; none when neither. */
  modified?: Date | undefined;
  /** The agency or desk the story comes from. */
  source?: string | undefined;
  /** Who wrote it, each with their author page; none for wire copy. */
  authors?: readonly ArticleAuthor[];
  topics: readonly string[];
  lang: string;
  /** The image the article is shared with: its lead photo, else its drawn card. */
  image: ShareImage;
}

/** The feed as a whole. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the front page. */
  homePageUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  language: string;
  /** Absolute URL of the publication's square logo, large enough for a timeline. */
  icon: string;
  /** Absolute URL of the site icon, for a reader's list of sources. */
  favicon: string;
}

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1): the page URL is each
 * item's `id`, as it is the RSS guid.
 *
 * @example jsonFeed(channel, [])["version"] // "https://jsonfeed.org/version/1.1"
 */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    language: channel.language,
    icon: channel.icon,
    favicon: channel.favicon,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      image: item.image.url,
      date_published: item.published.toISOString(),
      ...(item.modified && { date_modified: item.modified.toISOString() }),
      ...feedAuthors(item),
      tags: [...item.topics],
      language: item.lang,
    })),
  };
}

/** The people who wrote an item, with their pages; wire copy names its agency instead. */
function feedAuthors({ authors = [], source }: FeedItem): { authors?: { name: string; url?: string }[] } {
  if (authors.length > 0) return { authors: authors.map(({ name, url }) => ({ name, url })) };
  return source === undefined ? {} : { authors: [{ name: source }] };
}

/** The feeds' language tag (RFC 5646, as RSS and JSON Feed write it) for each interface language. */
export const FEED_LANGUAGES = { de: "de-DE", en: "en-GB" } as const;
