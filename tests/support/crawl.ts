import { XMLParser } from "fast-xml-parser";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** Attributes that make a browser or a reader fetch another address. */
const URL_ATTRIBUTES = ["href", "src", "action", "poster"];
/** `<meta>` values that are addresses: share images and the page's own URL. */
const META_URLS = /^(?:og:(?:url|image(?::url|:secure_url)?)|twitter:image)$/;

export interface CrawlOptions {
  /** Public origin the site was built for (`KIOSK_SITE`); its URLs are checked on the server. */
  site?: string;
}

export interface Crawl {
  /** Every address fetched, with its status. */
  statuses: Map<string, number>;
  /** HTML pages that answered 200. */
  pages: string[];
  /** Links that did not answer 200, with the page that holds them. */
  broken: { url: string; status: number; from: string }[];
  /** Addresses on other origins or schemes, not fetched. */
  external: Set<string>;
}

/**
 * Follow every `href`, `src`, `srcset`, form `action` and share-image URL from `starts`,
 * the address a share link mails, and every site URL in XML and JSON files (feeds,
 * sitemaps), across one origin.
 * Fragments are dropped; other origins are listed, never fetched.
 */
export async function crawlSite(starts: string[], options: CrawlOptions = {}): Promise<Crawl> {
  const origin = new URL(starts[0]!).origin;
  const crawl: Crawl = { statuses: new Map(), pages: [], broken: [], external: new Set() };
  const queue: { url: string; from?: string }[] = starts.map((url) => ({ url }));
  const seen = new Set(starts);

  const enqueue = (raw: string, from: string) => {
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      crawl.broken.push({ url: raw, status: 0, from });
      return;
    }
    url.hash = "";
    // A share link mails the page's address: that address is followed instead.
    const mailed = url.protocol === "mailto:" ? url.searchParams.get("body") : null;
    if (mailed && URL.canParse(mailed)) return enqueue(mailed, from);
    if (options.site && url.origin === options.site) url = new URL(url.pathname + url.search, origin);
    if (url.origin !== origin) return void crawl.external.add(url.href);
    if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push({ url: url.href, from });
    }
  };

  for (let next = queue.shift(); next; next = queue.shift()) {
    const response = await fetch(next.url, { redirect: "manual" });
    crawl.statuses.set(next.url, response.status);
    // A start may be a missing page on purpose: its links are followed all the same.
    if (response.status !== 200 && next.from) {
      crawl.broken.push({ url: next.url, status: response.status, from: next.from });
      await response.body?.cancel();
      continue;
    }
    const type = response.headers.get("content-type") ?? "";
    const body = type.startsWith("image/") || !/html|xml|json/.test(type) ? "" : await response.text();
    if (type.startsWith("text/html")) {
      if (response.status === 200) crawl.pages.push(next.url);
      for (const url of htmlUrls(body)) enqueue(url, next.url);
    } else if (/xml|json/.test(type)) {
      const data: unknown = type.includes("json") ? JSON.parse(body) : xmlParser.parse(body);
      for (const url of siteUrls(data, [origin, options.site ?? origin])) enqueue(url, next.url);
    } else {
      await response.body?.cancel();
    }
  }
  return crawl;
}

/**
 * The addresses a page refers to.
 *
 * @example htmlUrls('<img src="a.png" srcset="b.png 2x, c.png 3x">') // ["a.png", "b.png", "c.png"]
 */
export function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html), "element", (element: Element) => {
    const attributes = element.properties;
    for (const name of URL_ATTRIBUTES) {
      const value = attributes[name];
      if (typeof value === "string" && value.trim()) urls.push(value.trim());
    }
    for (const candidate of String(attributes["srcSet"] ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
    const meta = String(attributes["property"] ?? attributes["name"] ?? "");
    if (element.tagName === "meta" && META_URLS.test(meta) && typeof attributes["content"] === "string") {
      urls.push(attributes["content"]);
    }
  });
  return urls;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

/** Every string in parsed XML or JSON that is an absolute URL on one of `origins`. */
function siteUrls(data: unknown, origins: string[]): string[] {
  if (typeof data === "string") {
    return origins.some((origin) => data.startsWith(`${origin}/`)) ? [data] : [];
  }
  if (data && typeof data === "object")
    return Object.values(data).flatMap((value) => siteUrls(value, origins));
  return [];
}
