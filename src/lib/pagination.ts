import { SEGMENTS } from "../consts.ts";
import { pagePath } from "./urls.ts";

/** Articles on one page of the front page or a topic. */
export const PAGE_SIZE = 20;

/**
 * Items cut into pages of `size`; always at least one page, so an empty site still has
 * a front page.
 *
 * @example paginate([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Page `n` of a list at `segments`: the list itself for page 1, `…/seite/n/` after.
 *
 * @example listPagePath("/", [], 2) // "/seite/2/"
 * @example listPagePath("/nachrichten/", ["themen", "nahost"], 1) // "/nachrichten/themen/nahost/"
 */
export function listPagePath(base: string, segments: readonly string[], page: number): string {
  return page === 1 ? pagePath(base, ...segments) : pagePath(base, ...segments, SEGMENTS.page, String(page));
}

/**
 * The page numbers a pagination shows: first, last, and two either side of the
 * current one; `null` where numbers are left out.
 *
 * @example pageNumbers(6, 20) // [1, null, 4, 5, 6, 7, 8, null, 20]
 * @example pageNumbers(2, 3) // [1, 2, 3]
 */
export function pageNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const page of shown) {
    const previous = numbers.at(-1);
    // A gap of one page shows that page rather than an ellipsis standing for it.
    if (typeof previous === "number" && page - previous === 2) numbers.push(previous + 1);
    else if (typeof previous === "number" && page - previous > 2) numbers.push(null);
    numbers.push(page);
  }
  return numbers;
}
