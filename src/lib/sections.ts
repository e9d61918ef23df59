/**
 * The sections (Ressorts) of the navigation. A newsroom names its own; Kiosk's demo,
 * which has no settings, shows the topics its newest articles use most, so it reads like
 * a newspaper too.
 */
import { slugify } from "./slug.ts";

/** A section: the topic as written and its URL segment. */
export interface Section {
  name: string;
  slug: string;
}

/** How many of the newest articles the derived sections are counted from. */
export const DERIVED_SECTIONS_POOL = 100;

/** How many sections are derived. */
export const DERIVED_SECTIONS = 5;

/**
 * The sections a newsroom named, in its order, with their URL segments.
 *
 * @example namedSections(["Außenpolitik"]) // [{ name: "Außenpolitik", slug: "aussenpolitik" }]
 */
export function namedSections(names: readonly string[]): Section[] {
  return names.map((name) => ({ name, slug: slugify(name) }));
}

/**
 * Up to five topics most used by the newest articles (`topicLists`, newest first); ties
 * go to the topic used most recently. A topic keeps the spelling of its newest use.
 *
 * @example derivedSections([["Sport"], ["Kultur", "Sport"]]) // Sport, then Kultur
 */
export function derivedSections(topicLists: readonly (readonly string[])[]): Section[] {
  const counts = new Map<string, Section & { uses: number; newest: number }>();
  topicLists.slice(0, DERIVED_SECTIONS_POOL).forEach((topics, index) => {
    const slugs = new Set<string>();
    for (const name of topics) {
      const slug = slugify(name);
      if (slugs.has(slug)) continue; // listed twice in one article
      slugs.add(slug);
      const known = counts.get(slug);
      if (known) known.uses += 1;
      else counts.set(slug, { name, slug, uses: 1, newest: index });
    }
  });
  return [...counts.values()]
    .sort((a, b) => b.uses - a.uses || a.newest - b.newest)
    .slice(0, DERIVED_SECTIONS)
    .map(({ name, slug }) => ({ name, slug }));
}

/**
 * The navigation's sections: those the settings name; for Kiosk's demo, which names
 * none, those its newest articles use most (`newestTopics`, newest first); else none.
 *
 * @example siteSectionList({ sections: ["Sport"], demo: false }, () => []) // [{ name: "Sport", slug: "sport" }]
 */
export function siteSectionList(
  { sections, demo }: { sections?: readonly string[] | undefined; demo: boolean },
  newestTopics: () => readonly (readonly string[])[],
): Section[] {
  if (sections) return namedSections(sections);
  return demo ? derivedSections(newestTopics()) : [];
}
