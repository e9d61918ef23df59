import type { APIContext } from "astro";
import { AI_CRAWLERS } from "../data/ai-crawlers.ts";
import { publication } from "../data/publication.ts";
import { robotsTxt } from "../metadata/robots-txt.ts";

/**
 * Search engines may crawl everything; AI-training crawlers are kept out while mining is
 * reserved. The sitemap index lists every page, the news sitemap the newest articles.
 */
export function GET({ site }: APIContext) {
  const base = import.meta.env.BASE_URL;
  const text = robotsTxt({
    base,
    keepOut: publication.tdm === "reserved" ? AI_CRAWLERS : [],
    sitemaps: ["sitemap-index.xml", "news-sitemap.xml"].map((file) => new URL(`${base}${file}`, site).href),
  });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
