/** The seed article, under the base path. */
export const SEED_ARTICLE = "artikel/haniyeh-gespraeche-waffenruhe-aegypten/";

/**
 * The pages of the real site that every browser check visits, relative to the base
 * path. A new kind of page joins every check by being added here.
 */
export const SITE_PAGES = [
  { name: "front", path: "", lang: "de" },
  { name: "article", path: SEED_ARTICLE, lang: "de" },
  { name: "topics", path: "themen/", lang: "de" },
  { name: "topic", path: "themen/nahost/", lang: "de" },
  { name: "archive", path: "archiv/", lang: "de" },
  { name: "archive year", path: "archiv/2023/", lang: "de" },
  { name: "archive month", path: "archiv/2023/12/", lang: "de" },
  { name: "archive day", path: "archiv/2023/12/20/", lang: "de" },
  { name: "search", path: "suche/", lang: "de" },
  { name: "corrections", path: "korrekturen/", lang: "de" },
  { name: "impressum", path: "impressum/", lang: "de" },
  { name: "datenschutz", path: "datenschutz/", lang: "de" },
  { name: "404", path: "gibt-es-nicht/", lang: "de" },
] as const;

export type SitePage = (typeof SITE_PAGES)[number];
