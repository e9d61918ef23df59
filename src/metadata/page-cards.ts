/**
 * The share cards of every page that is not an article: which pages the site has and
 * the title each shows in its `<h1>`, worked out from the files as `src/data/` works them
 * out for Astro, so the drawing process, which runs beside Astro, draws a card for
 * every page Astro builds (docs/decisions/102).
 */
import { archivePeriods, periodLabel } from "../lib/date-archive.ts";
import type { Language } from "../settings/publication.ts";
import { namedSections } from "../lib/sections.ts";
import { slugify } from "../lib/slug.ts";
import { strings } from "../interface/strings.ts";
import {
  archivePath,
  authorPath,
  correctionsPath,
  pagePath,
  searchPath,
  topicPath,
  topicsPath,
} from "../lib/urls.ts";

/** What a page's share card shows, and the page it belongs to. */
export interface PageCard {
  /** The page's address under `base`; its card is at `pageShareImagePath(path)`. */
  path: string;
  /** The kind of page, above the title; none on the front page. */
  kicker?: string | undefined;
  title: string;
  /** A line under the title: the front page's description. */
  subline?: string | undefined;
}

/** What the pages are made from, as the settings and content files give it. */
export interface PageCardSources {
  base: string;
  language: Language;
  /** The newsroom's clock, which the archive's days follow. */
  timeZone: string;
  name: string;
  description: string;
  /** The sections the settings name; each has a topic page, with or without articles. */
  sections?: readonly string[] | undefined;
  /** The published articles (drafts left out), in any order. */
  articles: readonly { slug: string; topics: readonly string[]; date: Date }[];
  /** Every author file: its slug and the name it gives. */
  authors: readonly { slug: string; name: string }[];
  /** The Markdown pages beside the settings: slug and title. */
  pages: readonly { slug: string; title: string }[];
}

/**
 * The longest description the front page's card shows under the name: two lines of the
 * card's smaller type. A longer one is left to the page's own description.
 */
export const FRONT_SUBLINE_LIMIT = 120;

/** Pages the site makes from its settings unless `pages/` holds one by their slug. */
const MADE_PAGES = { impressum: "impressum.title", datenschutz: "privacy.title" } as const;

/**
 * The card of every page Astro builds that is not an article or a list's numbered page:
 * the front page, `/themen/` and every topic (a named section without articles too),
 * every author, `/archiv/` and each year, month and day with articles, the
 * corrections, the search and every page at `/<slug>/`.
 *
 * @example pageCards({ base: "/", language: "de", timeZone: "Europe/Berlin", name: "Kiosk", description: "", articles: [], authors: [], pages: [] })[0] // { path: "/", title: "Kiosk" }
 */
export function pageCards(sources: PageCardSources): PageCard[] {
  const { base, language, name, description } = sources;
  const say = strings[language];
  const front: PageCard = {
    path: base,
    title: name,
    ...(description && description.length <= FRONT_SUBLINE_LIMIT && { subline: description }),
  };
  const overview = (path: string, title: string): PageCard => ({ path, kicker: say["nav.overview"], title });
  const about = (path: string, title: string): PageCard => ({ path, kicker: say["footer.links"], title });
  const archive = ([1, 2, 3] as const).flatMap((depth) =>
    archivePeriods(sources.articles, ({ date }) => date, depth, sources.timeZone).map(
      ({ period }): PageCard => ({
        path: archivePath(base, ...period),
        kicker: say["archive.title"],
        title: periodLabel(period, language),
      }),
    ),
  );
  return [
    front,
    overview(topicsPath(base), say["topics.title"]),
    ...topics(sources.articles, sources.sections).map(({ slug, name: topic }): PageCard => ({
      path: topicPath(base, slug),
      kicker: say["topic.label"],
      title: topic,
    })),
    ...sources.authors.map(({ slug, name: author }): PageCard => ({
      path: authorPath(base, slug),
      kicker: say["author.label"],
      title: author,
    })),
    overview(archivePath(base), say["archive.title"]),
    ...archive,
    about(correctionsPath(base), say["corrections.title"]),
    overview(searchPath(base), say["search.title"]),
    ...sitePages(sources.pages, language).map(({ slug, title }) => about(pagePath(base, slug), title)),
  ];
}

/**
 * Every topic page's slug and name, then each named section no article has used yet.
 * Two spellings of one slug stop the build (`src/data/topics.ts`), so any article's
 * spelling is the page's.
 */
function topics(
  articles: PageCardSources["articles"],
  sections: readonly string[] | undefined,
): { slug: string; name: string }[] {
  const bySlug = new Map<string, string>();
  for (const { topics: names } of articles)
    for (const name of names) {
      const slug = slugify(name);
      if (slug && !bySlug.has(slug)) bySlug.set(slug, name);
    }
  for (const section of namedSections(sections ?? []))
    if (section.slug && !bySlug.has(section.slug)) bySlug.set(section.slug, section.name);
  return [...bySlug].map(([slug, name]) => ({ slug, name }));
}

/** The pages at `/<slug>/`: those of `pages/`, and the made Impressum and Datenschutzerklärung unless written there. */
function sitePages(pages: PageCardSources["pages"], language: Language): { slug: string; title: string }[] {
  const made = Object.entries(MADE_PAGES)
    .filter(([slug]) => !pages.some((page) => page.slug === slug))
    .map(([slug, key]) => ({ slug, title: strings[language][key] }));
  return [...pages, ...made];
}
