import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One `<url>` of a news sitemap, as the XML parser gives it. */
export interface NewsSitemapEntry {
  loc: string;
  "news:news": {
    "news:publication": { "news:name": string; "news:language": string };
    "news:publication_date": string;
    "news:title": string;
  };
}

/** A news sitemap read by an XML parser: its namespaces and entries; invalid XML throws. */
export function readNewsSitemap(xml: string): {
  namespaces: { sitemap: unknown; news: unknown };
  entries: NewsSitemapEntry[];
} {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`news sitemap is not valid XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === "url",
  });
  const urlset = parser.parse(xml).urlset as Record<string, unknown>;
  return {
    namespaces: { sitemap: urlset["@_xmlns"], news: urlset["@_xmlns:news"] },
    entries: (urlset["url"] as NewsSitemapEntry[] | undefined) ?? [],
  };
}
