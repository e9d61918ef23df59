import { collectionPageJsonLd } from "../metadata/site-json-ld.ts";
import { interfaceLanguage } from "../interface/strings.ts";
import { articlePath } from "../lib/urls.ts";
import type { Article } from "./articles.ts";

/** The `CollectionPage` of the list page at `url`, with the articles it shows. */
export function collectionPage(
  url: URL,
  name: string,
  description: string,
  articles: readonly Article[] = [],
): Record<string, unknown> {
  const base = import.meta.env.BASE_URL;
  // The site's pages share the page's origin.
  const absolute = (path: string) => new URL(path, url).href;
  return collectionPageJsonLd({
    url: url.href,
    name,
    description,
    lang: interfaceLanguage(),
    home: absolute(base),
    items: articles.map(({ id, data }) => ({ url: absolute(articlePath(base, id)), name: data.title })),
  });
}
