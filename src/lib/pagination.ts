import { SEGMENTS } from "../consts.ts";
import { pagePath } from "./urls.ts";

/** Articles on a list's own page and on each of its numbered pages. */
export const PAGE_SIZE = 20;

/**
 * Numbered page `n` of the list at `segments`; numbers count from the oldest articles
 * (see `stablePages`).
 *
 * @example numberedPagePath("/nachrichten/", ["themen", "nahost"], 2) // "/nachrichten/themen/nahost/seite/2/"
 */
export function numberedPagePath(base: string, segments: readonly string[], page: number): string {
  return pagePath(base, ...segments, SEGMENTS.page, String(page));
}
