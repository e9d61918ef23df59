import type { APIContext } from "astro";

/** Everything may be crawled; the sitemap index lists every page, the news sitemap the newest articles. */
export function GET({ site }: APIContext) {
  const base = import.meta.env.BASE_URL;
  const sitemaps = ["sitemap-index.xml", "news-sitemap.xml"]
    .map((file) => `Sitemap: ${new URL(`${base}${file}`, site).href}\n`)
    .join("");
  return new Response(`User-agent: *\nAllow: /\n\n${sitemaps}`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
