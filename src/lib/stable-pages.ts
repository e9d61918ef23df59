/** One numbered page of a list whose pages stay put as the list grows. */
export interface StablePage<T> {
  /** 1 is the oldest page. */
  number: number;
  /** Newest first, as every list reads. */
  items: T[];
  /** The page of older items, if any. */
  older?: number;
  /** The page of newer items, if any. */
  newer?: number;
}

/**
 * Pages counted from the oldest item, so that a new item changes only the last page
 * (and, when that page is full, adds one): page `n` holds the same items however
 * many newer ones follow. The list's own page shows the newest `size` items.
 *
 * @example stablePages(["c", "b", "a"], 2).map(({ items }) => items) // [["b", "a"], ["c"]]
 */
export function stablePages<T>(newestFirst: readonly T[], size: number): StablePage<T>[] {
  const oldestFirst = [...newestFirst].reverse();
  const count = Math.ceil(oldestFirst.length / size);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    items: oldestFirst.slice(index * size, (index + 1) * size).reverse(),
    ...(index > 0 && { older: index }),
    ...(index + 1 < count && { newer: index + 2 }),
  }));
}
