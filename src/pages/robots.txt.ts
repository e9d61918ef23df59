import type { APIContext } from "astro";

/** Everything may be crawled; the sitemap index lists every page. */
export function GET({ site }: APIContext) {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
