import type { APIContext } from "astro";
import { feedItems } from "../data/feed.ts";
import { siteIcon } from "../data/publication.ts";
import { FEED_LANGUAGES, jsonFeed } from "../lib/json-feed.ts";
import { interfaceLanguage, t } from "../lib/strings.ts";

/** JSON Feed 1.1, the same articles as `/rss.xml`. */
export async function GET({ site }: APIContext) {
  const home = new URL(import.meta.env.BASE_URL, site);
  const feed = jsonFeed(
    {
      title: t("site.name"),
      description: t("site.tagline"),
      homePageUrl: home.href,
      feedUrl: new URL("feed.json", home).href,
      language: FEED_LANGUAGES[interfaceLanguage()],
      favicon: new URL(siteIcon(home.pathname).href, home).href,
    },
    await feedItems(site!),
  );
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
