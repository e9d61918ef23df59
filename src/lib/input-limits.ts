/**
 * How much an article may ask of the check and the build. Markdown and YAML parsers
 * slow down far faster than their input grows on some shapes (deep nesting, long
 * blocks); an article past these limits is refused with its own `file:line` problem
 * before it is parsed, so one pathological file cannot hold up or crash the others.
 * Real articles stay far below them; docs/decisions/065 has the measurements.
 */

/** Largest article file, in bytes (1 MiB). */
export const ARTICLE_SIZE_LIMIT = 1024 * 1024;

/** Deepest nesting of lists and block quotes in the body, of collections in the frontmatter, and of elements in an SVG logo. */
export const NESTING_DEPTH_LIMIT = 32;

/** Longest block of the body without a blank line (a paragraph, a list, a table), in characters. */
export const BLOCK_SIZE_LIMIT = 64 * 1024;

/** Longest publication settings file, in bytes. */
export const SETTINGS_SIZE_LIMIT = 64 * 1024;

/**
 * Longest text of any one field, in characters, checked before any pattern or schema
 * reads it; fields have tighter limits of their own (`TEXT_LIMITS`).
 */
export const FIELD_SIZE_LIMIT = 10_000;

/**
 * Longest text of each field, in characters. A headline past `headlineWarning` only
 * warns (feeds and search cut it); past `headline` it is refused.
 */
export const TEXT_LIMITS = {
  headlineWarning: 110,
  headline: 300,
  standfirst: 1_000,
  /** A source, dateline, credit, role, e-mail address or phone number. */
  line: 200,
  /** The kicker (Dachzeile): a few words over the headline, one short line on a phone. */
  kicker: 40,
  /** A section (Ressort) of the navigation: one short word or two, many to a line. */
  section: 40,
  /** A name of a publication, author or topic. */
  name: 120,
  /** An image's alternative text or caption, a correction, a bio, a description. */
  paragraph: 3_000,
  /** A postal address or the person responsible, over a few lines. */
  address: 500,
  /** A web address or file path. */
  url: 2_000,
} as const;

/** Most entries of any list in frontmatter or settings (topics, authors, corrections, profiles). */
export const LIST_SIZE_LIMIT = 100;

/** Most sections (Ressorts) in the navigation: more would no longer read as one row. */
export const SECTIONS_LIMIT = 12;

/**
 * Largest image file (logo, author photo, lead image), in bytes (20 MiB). The image
 * pipeline decodes what the header declares, so its pixels are limited as well.
 */
export const IMAGE_SIZE_LIMIT = 20 * 1024 * 1024;

/** Widest or tallest image, in pixels a side. */
export const IMAGE_SIDE_LIMIT = 16_384;

/** Most pixels of an image, width times height (100 megapixels). */
export const IMAGE_PIXEL_LIMIT = 100_000_000;

/** Largest SVG logo, in bytes (1 MiB): text the check parses in full and the build draws. */
export const SVG_SIZE_LIMIT = 1024 * 1024;
