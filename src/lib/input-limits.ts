/**
 * How much an article may ask of the check and the build. Markdown and YAML parsers
 * slow down far faster than their input grows on some shapes (deep nesting, long
 * blocks); an article past these limits is refused with its own `file:line` problem
 * before it is parsed, so one pathological file cannot hold up or crash the others.
 * Real articles stay far below them; docs/decisions/065 has the measurements.
 */

/** Largest article file, in bytes (1 MiB). */
export const ARTICLE_SIZE_LIMIT = 1024 * 1024;

/** Deepest nesting of lists and block quotes in the body, and of collections in the frontmatter. */
export const NESTING_DEPTH_LIMIT = 32;

/** Longest block of the body without a blank line (a paragraph, a list, a table), in characters. */
export const BLOCK_SIZE_LIMIT = 64 * 1024;
