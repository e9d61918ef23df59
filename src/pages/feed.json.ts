import type { APIContext } from "astro";
import { feedChannel, feedItems } from "../data/feed.ts";
import { jsonFeed } from "../metadata/json-feed.ts";

/** JSON Feed 1.1, the same articles as `/rss.xml`. */
export async function GET({ site }: APIContext) {
  const feed = jsonFeed(feedChannel(site!, "feed.json"), await feedItems(site!));
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
