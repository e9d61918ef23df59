import type { APIContext } from "astro";
import { feedChannel, feedItems } from "../data/feed.ts";
import { rssFeed } from "../metadata/rss-feed.ts";

/** RSS 2.0, the same articles as `/feed.json` (src/metadata/rss-feed.ts). */
export async function GET({ site }: APIContext) {
  return new Response(rssFeed(feedChannel(site!, "rss.xml"), await feedItems(site!)), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
