/**
 * `robots.txt` (RFC 9309): every crawler may read the site but those named to keep out,
 * and the sitemaps are named.
 *
 * @example robotsTxt({ base: "/", keepOut: ["GPTBot"], sitemaps: ["https://x.example/sitemap-index.xml"] })
 * // "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap-index.xml\n"
 */
export function robotsTxt({
  base,
  keepOut,
  sitemaps,
}: {
  /** The path the site is served under: what the crawlers kept out may not read. */
  base: string;
  /** User-agent tokens of crawlers kept out. */
  keepOut: readonly string[];
  /** Absolute addresses of the sitemaps. */
  sitemaps: readonly string[];
}): string {
  // One group for all kept out: a crawler obeys the group naming it, not `*`'s.
  const groups = [
    ...(keepOut.length > 0
      ? [`${keepOut.map((agent) => `User-agent: ${agent}\n`).join("")}Disallow: ${base}\n`]
      : []),
    "User-agent: *\nAllow: /\n",
    sitemaps.map((url) => `Sitemap: ${url}\n`).join(""),
  ];
  return groups.filter(Boolean).join("\n");
}
