import XMLBuilder from "fast-xml-builder";
import type { FeedChannel, FeedItem } from "./json-feed.ts";

const NAMESPACES = {
  "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "@_xmlns:atom": "http://www.w3.org/2005/Atom",
  "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "@_xmlns:dcterms": "http://purl.org/dc/terms/",
  "@_xmlns:media": "http://search.yahoo.com/mrss/",
};

/**
 * RSS 2.0 with the full article and its correction notes in `content:encoded`. RSS 2.0
 * has no date of change: `pubDate` stays the first publication, and the last change is
 * `dcterms:modified`, a Dublin Core term made for any resource (decision 071). Each
 * item's image is a Media RSS `media:content`, which gives its size and, unlike
 * `enclosure`, needs no byte length; the channel's `image` is the logo, its size left
 * out, since RSS caps it below the logo's (decision 101). Every text goes in as a value
 * the XML builder escapes, never as markup, so no article text can break the XML or be
 * read back changed.
 *
 * @example rssFeed(channel, []).startsWith('<?xml version="1.0" encoding="UTF-8"?>') // true
 */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    rss: {
      "@_version": "2.0",
      ...NAMESPACES,
      channel: {
        title: channel.title,
        description: channel.description,
        link: channel.homePageUrl,
        language: channel.language,
        image: { url: channel.icon, title: channel.title, link: channel.homePageUrl },
        "atom:link": { "@_href": channel.feedUrl, "@_rel": "self", "@_type": "application/rss+xml" },
        item: items.map(rssItem),
      },
    },
  });
}

function rssItem(item: FeedItem): Record<string, unknown> {
  const { url, type, width, height } = item.image;
  return {
    title: item.title,
    link: item.url,
    guid: { "#text": item.url, "@_isPermaLink": "true" },
    description: item.summary,
    pubDate: item.published.toUTCString(),
    "content:encoded": item.html,
    "dc:creator": creators(item),
    ...(item.modified && { "dcterms:modified": item.modified.toISOString() }),
    category: [...item.topics],
    "media:content": {
      "@_url": url,
      "@_medium": "image",
      "@_type": type,
      "@_width": width,
      "@_height": height,
    },
  };
}

/** Dublin Core names each author in a `dc:creator` of their own; wire copy, its agency. */
function creators({ authors = [], source }: FeedItem): string[] {
  if (authors.length > 0) return authors.map(({ name }) => name);
  return source === undefined ? [] : [source];
}
