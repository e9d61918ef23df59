import { DERIVED_SECTIONS_POOL, siteSections as sectionsOf, type Section } from "../lib/sections.ts";
import { publication } from "../lib/load-publication.ts";
import { topicPath } from "../lib/urls.ts";
import { publishedArticles } from "./articles.ts";

/** A section of the navigation, with the address of its topic page. */
export interface SiteSection extends Section {
  href: string;
}

let sections: Promise<SiteSection[]> | undefined;

/** The site's sections (see `siteSections`), worked out once: every page's header shows them. */
export function siteSections(): Promise<SiteSection[]> {
  sections ??= publishedArticles().then((articles) =>
    sectionsOf(
      publication().sections,
      articles.slice(0, DERIVED_SECTIONS_POOL).map(({ data }) => data.topics),
    ).map((section) => ({ ...section, href: topicPath(import.meta.env.BASE_URL, section.slug) })),
  );
  return sections;
}
