import { describe, expect, it } from "vitest";
import { listPages } from "../../src/lib/list-pages.ts";
import { PAGE_SIZE } from "../../src/lib/pagination.ts";

/** Items 1…count, newest (highest) first. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe("listPages", () => {
  it("should show a short list on its own page alone", () => {
    expect(listPages("/", ["themen", "eu"], newestFirst(PAGE_SIZE))).toEqual([
      { items: newestFirst(PAGE_SIZE) },
    ]);
  });

  it("should lead from the list's own page to the numbered page of the next older article", () => {
    for (const count of [PAGE_SIZE + 1, 2 * PAGE_SIZE, 2 * PAGE_SIZE + 1, 5 * PAGE_SIZE + 7]) {
      const [own, ...numbered] = listPages("/n/", ["themen", "eu"], newestFirst(count));
      expect(own!.items).toEqual(newestFirst(count).slice(0, PAGE_SIZE));
      // The first article the own page leaves out is on the page it links to.
      const linked = numbered.find(({ number }) => own!.older === `/n/themen/eu/seite/${number}/`)!;
      expect(linked.items).toContain(count - PAGE_SIZE);
    }
  });

  it("should chain the numbered pages from the oldest to the list's own page", () => {
    const [, ...numbered] = listPages("/", ["autoren", "anna"], newestFirst(45));
    expect(numbered.map(({ number, older, newer }) => [number, older, newer])).toEqual([
      [1, undefined, "/autoren/anna/seite/2/"],
      [2, "/autoren/anna/seite/1/", "/autoren/anna/seite/3/"],
      [3, "/autoren/anna/seite/2/", "/autoren/anna/"],
    ]);
    expect(numbered.flatMap(({ items }) => items).sort((a, b) => a - b)).toEqual(newestFirst(45).reverse());
  });
});
