import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { feedItems } from "../data/feed.ts";
import type { FeedItem } from "../lib/json-feed.ts";
import { FEED_LANGUAGES } from "../lib/json-feed.ts";
import { interfaceLanguage, t } from "../lib/strings.ts";

/**
 * RSS 2.0 with the full article and its correction notes in `content:encoded`. RSS 2.0
 * has no date of change: `pubDate` stays the first publication, and the last change is
 * `dcterms:modified`, a Dublin Core term made for any resource (decision 071).
 */
export async function GET({ site }: APIContext) {
  const home = new URL(import.meta.env.BASE_URL, site);
  const self = new URL("rss.xml", home).href;
  const items = await feedItems(site!);
  return rss({
    title: t("site.name"),
    description: t("site.tagline"),
    site: home.href,
    xmlns: {
      atom: "http://www.w3.org/2005/Atom",
      dc: "http://purl.org/dc/elements/1.1/",
      dcterms: "http://purl.org/dc/terms/",
    },
    customData: `<language>${FEED_LANGUAGES[interfaceLanguage()]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: item.html,
      categories: [...item.topics],
      customData:
        creators(item)
          .map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)
          .join("") +
        (item.modified ? `<dcterms:modified>${item.modified.toISOString()}</dcterms:modified>` : ""),
    })),
  });
}

/** Dublin Core names each author in a `dc:creator` of their own; wire copy, its agency. */
function creators({ authors = [], source }: FeedItem): string[] {
  if (authors.length > 0) return authors.map(({ name }) => name);
  return source === undefined ? [] : [source];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
