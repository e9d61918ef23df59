import { DERIVED_SECTIONS_POOL, siteSectionList, type Section } from "../lib/sections.ts";
import { publication } from "../settings/load-publication.ts";
import { topicPath } from "../lib/urls.ts";
import { publishedArticles } from "./articles.ts";

/** A section of the navigation, with the address of its topic page. */
export interface SiteSection extends Section {
  href: string;
}

let sections: Promise<SiteSection[]> | undefined;

/**
 * The sections the settings name; none for a newsroom that names none, derived from the
 * newest articles for the demo. Worked out once: every page's header shows them.
 */
export function siteSections(): Promise<SiteSection[]> {
  sections ??= listSections().then((list) =>
    list.map((section) => ({ ...section, href: topicPath(import.meta.env.BASE_URL, section.slug) })),
  );
  return sections;
}

async function listSections(): Promise<Section[]> {
  const newest = (await publishedArticles()).slice(0, DERIVED_SECTIONS_POOL);
  return siteSectionList(publication(), () => newest.map(({ data }) => data.topics));
}
