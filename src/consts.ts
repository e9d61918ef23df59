/**
 * Names that URLs and the search index share between pages, plugins and the build; the
 * page files in `src/pages/` carry the same names as folders, which Astro requires.
 */

/** URL segments, relative to the base path (README, "Publishing and discovery"). */
export const SEGMENTS = {
  /** `/artikel/<slug>/`: an article, never moved once published. */
  article: "artikel",
  /** `/themen/` and `/themen/<topic>/`. */
  topics: "themen",
  /** `…/seite/<n>/`: page n of a list, counted from its oldest articles. */
  page: "seite",
  /** `/archiv/<yyyy>/<mm>/<dd>/`: the articles of one day; `/archiv/`, a year, a month list what they hold. */
  archive: "archiv",
  /** `/suche/`. */
  search: "suche",
  /** `/korrekturen/`: every correction of every published article, newest first. */
  corrections: "korrekturen",
  /** `/autoren/<slug>/`: an author and their newest articles; older ones on `…/seite/<n>/`. */
  authors: "autoren",
  /** `/artikel/<slug>/vorschau.png`: the article's share image. */
  shareImage: "vorschau.png",
} as const;

/** `/suche/?q=…`: the search page opens with the results for the query in this parameter. */
export const SEARCH_QUERY = "q";

/** Pagefind filter keys, set on article pages and offered on the search page. */
export const SEARCH_FILTERS = {
  topic: "Thema",
} as const;

/**
 * Pagefind metadata keys set on article pages. Pagefind searches metadata too: the header
 * is metadata, so that excerpts come from the text alone. The headline needs no key of
 * Kiosk's: Pagefind takes the page's `h1` as its `title`, which it weights most.
 */
export const SEARCH_META = {
  /** Shown above the headline in a result. */
  kicker: "dachzeile",
  /** Searched, not shown. */
  standfirst: "vorspann",
  /** Shown under the headline. */
  date: "datum",
} as const;
