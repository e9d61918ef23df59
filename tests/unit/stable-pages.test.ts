import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stablePages } from "../../src/lib/stable-pages.ts";

/** Items 1…count, newest (highest) first, as lists hand them over. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe("stablePages", () => {
  it("should hold every item once, newest first, in pages counted from the oldest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 25 }), (count, size) => {
        const pages = stablePages(newestFirst(count), size);
        expect(pages.map(({ number }) => number)).toEqual(pages.map((_, index) => index + 1));
        expect([...pages].reverse().flatMap(({ items }) => items)).toEqual(newestFirst(count));
        // Every page but the newest is full; the oldest page starts with item 1.
        for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(size);
        if (count > 0) expect(pages[0]!.items.at(-1)).toBe(1);
      }),
    );
  });

  it("should leave every page as it was when newer items arrive", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 25 }),
        (count, added, size) => {
          const before = stablePages(newestFirst(count), size);
          const after = stablePages(newestFirst(count + added), size);
          // Full pages stay exactly as they were, links included, but for the newer link a
          // page gains when it stops being the last.
          const full = before.filter(({ items }) => items.length === size);
          for (const page of full) {
            const now = after[page.number - 1]!;
            expect({ ...now, newer: undefined }).toEqual({ ...page, newer: undefined });
          }
        },
      ),
    );
  });

  it("should link each page to its older and newer neighbour", () => {
    const pages = stablePages(newestFirst(45), 20);
    expect(pages.map(({ older, newer }) => [older, newer])).toEqual([
      [undefined, 2],
      [1, 3],
      [2, undefined],
    ]);
    expect(pages[2]!.items).toEqual([45, 44, 43, 42, 41]);
  });

  it("should give an empty list no numbered pages", () => {
    expect(stablePages([], 20)).toEqual([]);
  });
});
