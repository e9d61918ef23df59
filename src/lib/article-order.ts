/** What the order of articles goes by: the slug and the publication date. */
export interface Dated {
  id: string;
  date: Date;
}

/**
 * Newest first; articles of one moment by slug, so that every list, and every numbered
 * page of it, holds the same articles whoever reads them.
 *
 * @example [{ id: "a", date: new Date("2024-01-01") }, { id: "b", date: new Date("2024-01-02") }].sort(newestFirst).map(({ id }) => id) // ["b", "a"]
 */
export function newestFirst(a: Dated, b: Dated): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}
