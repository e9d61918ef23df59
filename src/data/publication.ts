import { getCollection, render, type CollectionEntry } from "astro:content";
import { loadPublication, pageSlugs } from "../settings/load-publication.ts";
import { formatProblem } from "../lib/problem.ts";
import type { PublisherFacts } from "../metadata/news-article.ts";
import { t } from "../interface/strings.ts";
import { correctionsPath, pagePath } from "../lib/urls.ts";

const loaded = loadPublication();
// `npm run check` runs before every build and lists these; a page built past them
// would carry the demo's name or an Impressum without the legal details.
if (loaded.problems.length > 0) {
  throw new Error(
    `The publication settings have problems:\n${loaded.problems.map(formatProblem).join("\n")}`,
  );
}

/** The newsroom's settings (`content/publication.yaml`), or Kiosk's demo without them. */
export const publication = loaded.publication;

/** The absolute path of the logo file, when the settings name one. */
export const logoPath = loaded.logoPath;

/** The slug of the Impressum, which every site has: a page of its own or one made from the legal details. */
export const IMPRESSUM = "impressum";

/** The slug of the Datenschutzerklärung, which every site has: a page of its own or one made from the settings. */
export const PRIVACY = "datenschutz";

/** Pages made from the settings unless `pages/` holds one by the slug. */
const MADE_PAGES = [IMPRESSUM, PRIVACY];

export type Page = CollectionEntry<"pages">;

/** A page at `/<slug>/`: Markdown from `pages/`, or one made from the settings (no entry). */
export interface SitePage {
  slug: string;
  entry?: Page | undefined;
}

let listed: Promise<SitePage[]> | undefined;

/** Every page at `/<slug>/`, in slug order; the Impressum and Datenschutzerklärung always among them. Read once: every footer asks. */
export function sitePages(): Promise<SitePage[]> {
  listed ??= listPages();
  return listed;
}

async function listPages(): Promise<SitePage[]> {
  // Without a pages folder Astro would warn of an empty collection on every page.
  const entries = pageSlugs(loaded.pagesDir).size > 0 ? await getCollection("pages") : [];
  const pages: SitePage[] = entries.map((entry) => ({ slug: entry.id, entry }));
  for (const made of MADE_PAGES) if (!pages.some(({ slug }) => slug === made)) pages.push({ slug: made });
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A page's text, rendered when the collection was synced. */
export function renderPage(page: Page): ReturnType<typeof render> {
  if (!page.rendered) {
    throw new Error(`${page.filePath ?? page.id}: the text could not be rendered (see the error above)`);
  }
  return render(page);
}

/** The address of the logo file, as the `[ext]` route publishes it. */
export function logoUrl(base: string): string | undefined {
  return publication.logo && `${base}site-logo.${publication.logo.type}`;
}

/** The browser tab's icon: the publication's logo, or Kiosk's favicon. */
export function siteIcon(base: string): { href: string; type: string } {
  const logo = logoUrl(base);
  if (!logo || !publication.logo) return { href: `${base}favicon.svg`, type: "image/svg+xml" };
  return { href: logo, type: publication.logo.type === "svg" ? "image/svg+xml" : "image/png" };
}

/** The address of a page by slug: the corrections list or a page at `/<slug>/`. */
function pageUrl(base: string, slug: string): string {
  return slug === "korrekturen" ? correctionsPath(base) : pagePath(base, slug);
}

/** A page's title: its own, or the made page's. */
export function pageTitle({ slug, entry }: SitePage): string {
  return (
    entry?.data.title ??
    (slug === PRIVACY ? t("privacy.title") : slug === IMPRESSUM ? t("impressum.title") : slug)
  );
}

/** The footer's links: the Impressum, the Datenschutzerklärung, the corrections, every other page by its title, the feeds. */
export async function footerLinks(base: string): Promise<{ href: string; label: string }[]> {
  const pages = await sitePages();
  const link = (page: SitePage) => ({ href: pageUrl(base, page.slug), label: pageTitle(page) });
  const made = MADE_PAGES.map((slug) => link(pages.find((page) => page.slug === slug)!));
  const others = pages.filter(({ slug }) => !MADE_PAGES.includes(slug)).map(link);
  return [
    ...made,
    { href: correctionsPath(base), label: t("corrections.title") },
    ...others,
    { href: `${base}rss.xml`, label: t("feed.rss") },
    { href: `${base}feed.json`, label: t("feed.json") },
  ];
}

/**
 * The publisher as JSON-LD describes it, with absolute URLs under `home`. The Impressum,
 * which every site has, is its masthead unless the settings name another page.
 */
export function publisherFacts(home: URL): PublisherFacts {
  const base = home.pathname;
  const absolute = (path: string) => new URL(path, home).href;
  const roles = { ...publication.pages, masthead: publication.pages.masthead ?? IMPRESSUM };
  const pages = Object.fromEntries(
    Object.entries(roles).flatMap(([role, slug]) => (slug ? [[role, absolute(pageUrl(base, slug))]] : [])),
  );
  return {
    name: publication.name,
    url: home.href,
    logo: absolute(`${base}logo.png`),
    sameAs: publication.sameAs,
    ...pages,
  };
}
