import { numberedPagePath, PAGE_SIZE } from "./pagination.ts";
import { stablePages } from "./stable-pages.ts";
import { pagePath } from "./urls.ts";

/** One page of a list: what it shows and where its newer and older articles are. */
export interface ListPage<T> {
  /** The number of a numbered page; none for the list's own page. */
  number?: number;
  items: T[];
  newer?: string;
  older?: string;
}

/**
 * The pages of the list at `segments` (a topic, an author): its own page with the newest
 * `PAGE_SIZE` items, and, when there are more, numbered pages counted from the oldest
 * (`stablePages`), so a new item re-renders the list's own page and its last numbered page.
 *
 * @example listPages("/", ["themen", "eu"], ["b", "a"])[0] // { items: ["b", "a"] }
 */
export function listPages<T>(
  base: string,
  segments: readonly string[],
  newestFirst: readonly T[],
): ListPage<T>[] {
  const own: ListPage<T> = { items: newestFirst.slice(0, PAGE_SIZE) };
  if (newestFirst.length <= PAGE_SIZE) return [own];
  const path = (page: number) => numberedPagePath(base, segments, page);
  const numbered = stablePages(newestFirst, PAGE_SIZE);
  // The numbered page holding the newest article the list's own page no longer shows.
  own.older = path(Math.floor((newestFirst.length - PAGE_SIZE - 1) / PAGE_SIZE) + 1);
  return [
    own,
    ...numbered.map(({ number, items, older, newer }) => ({
      number,
      items,
      newer: newer ? path(newer) : pagePath(base, ...segments),
      ...(older && { older: path(older) }),
    })),
  ];
}
