/**
 * What Kiosk relies on in Astro that is not Astro's public API, each with the file of
 * the installed Astro it comes from (relative to Astro's package folder). A test reads
 * those files and fails when they no longer match (tests/unit/astro-internals.test.ts).
 */
/**
 * Astro's line for a page its incremental build reused rather than rendered:
 * `generatePathWithPrerenderer` logs the page's file after `├─` without ending the line,
 * then ` (cached)` and the newline (` (restored)` for a page copied back from its cache,
 * the render time for a rendered one). Coloured when Astro's stdout is a terminal or
 * FORCE_COLOR is set.
 */
export const REUSED_PAGE = {
  source: "dist/core/build/generate.js",
  function: "generatePathWithPrerenderer",
  start: "├─",
  end: "(cached)",
} as const;

/** Colour codes, which Astro may put around any part of a line. */
const COLOUR = String.raw`(?:\x1b\[[\d;]*m)*`;
const REUSED_PAGE_END = new RegExp(` ${COLOUR}${RegExp.escape(REUSED_PAGE.end)}${COLOUR}$`);

/** Whether a whole line of Astro's output, colours and all, is its line for a reused page. */
export function isReusedPageLine(line: string): boolean {
  return line.includes(REUSED_PAGE.start) && REUSED_PAGE_END.test(line);
}
