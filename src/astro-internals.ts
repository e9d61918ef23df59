/**
 * What Kiosk relies on in Astro that is not Astro's public API, each with the file of
 * the installed Astro it comes from (relative to Astro's package folder). A test reads
 * those files and fails when they no longer match (tests/unit/astro-internals.test.ts).
 */
import type { AstroLoggerMessage } from "astro";

/**
 * Astro's log of a page its incremental build reused rather than rendered:
 * `generatePathWithPrerenderer` logs the page's file after `├─` without ending the line,
 * then ends it with an unformatted message: ` (cached)` (` (restored)` for a page copied
 * back from its cache; the render time from `logRenderTime` for a rendered one), in
 * colour when Astro colours its output.
 */
export const REUSED_PAGE = {
  source: "dist/core/build/generate.js",
  function: "generatePathWithPrerenderer",
  renderTime: "logRenderTime",
  start: "├─",
  end: "(cached)",
  unformatted: "SKIP_FORMAT",
} as const;

/** Colour codes, which Astro may put around any part of a message. */
const COLOUR = String.raw`(?:\x1b\[[\d;]*m)*`;
const REUSED_PAGE_END = new RegExp(`^ ${COLOUR}${RegExp.escape(REUSED_PAGE.end)}${COLOUR}$`);

/** Whether Astro's message opens a page's line, which a later one ends. */
export function isPageStart({ message, newLine }: AstroLoggerMessage): boolean {
  return !newLine && message.includes(REUSED_PAGE.start);
}

/** Whether Astro's message may end a page's line (or is one of its other unformatted ones). */
export function mayEndPage({ label }: AstroLoggerMessage): boolean {
  return label === REUSED_PAGE.unformatted;
}

/** Whether Astro's message ends a page's line with the page reused. */
export function isReusedPageEnd(event: AstroLoggerMessage): boolean {
  return mayEndPage(event) && REUSED_PAGE_END.test(event.message);
}
