import { describe, expect, it } from "vitest";
import { listPagePath, pageNumbers, paginate, PAGE_SIZE } from "../../src/lib/pagination.ts";
import { relatedArticles } from "../../src/lib/related-articles.ts";

describe("paginate", () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

  // Around and across page boundaries, for the list size the pages use and for others.
  it.each([PAGE_SIZE, 1, 3, 7])(
    "should cut any number of items into full pages of %i and one last page with the rest",
    (size) => {
      for (let count = 0; count <= 3 * size + 1; count++) {
        const items = numbers(count);
        const pages = size === PAGE_SIZE ? paginate(items) : paginate(items, size);
        // Every item once, in order.
        expect(pages.flat(), `${count} items`).toEqual(items);
        // As few pages as hold them; an empty list still has its one (empty) page.
        expect(pages, `${count} items`).toHaveLength(Math.max(1, Math.ceil(count / size)));
        for (const page of pages.slice(0, -1)) expect(page, `${count} items`).toHaveLength(size);
        expect(pages.at(-1)!.length, `${count} items`).toBeLessThanOrEqual(size);
        if (count > 0) expect(pages.at(-1)!.length, `${count} items`).toBeGreaterThan(0);
      }
    },
  );

  it("should keep a front page for a site without articles", () => {
    expect(paginate([])).toEqual([[]]);
  });
});

describe("listPagePath", () => {
  it.each([
    ["/", [], 1, "/"],
    ["/", [], 2, "/seite/2/"],
    ["/nachrichten/", [], 3, "/nachrichten/seite/3/"],
    ["/nachrichten/", ["themen", "eu"], 1, "/nachrichten/themen/eu/"],
    ["/", ["themen", "eu"], 2, "/themen/eu/seite/2/"],
  ])("should give %s %j page %i the path %s", (base, segments, page, path) => {
    expect(listPagePath(base, segments, page)).toBe(path);
  });
});

describe("pageNumbers", () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [3, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
    [6, 20, [1, null, 4, 5, 6, 7, 8, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
  ])("should show page %i of %i as %j", (current, total, numbers) => {
    expect(pageNumbers(current, total)).toEqual(numbers);
  });
});

describe("relatedArticles", () => {
  const article = (id: string, topics: string[], time: number) => ({ id, topics, time });
  const ids = (map: Map<string, { id: string }[]>, id: string) => map.get(id)?.map((other) => other.id);

  it("should prefer more shared topics, then the nearest in time, and never the article itself", () => {
    const related = relatedArticles([
      article("a", ["eu", "haushalt"], 100),
      article("b", ["eu"], 99),
      article("c", ["eu", "haushalt"], 10),
      article("d", ["eu"], 98),
      article("e", ["eu"], 50),
      article("f", ["sport"], 100),
    ]);
    expect(ids(related, "a")).toEqual(["c", "b", "d"]);
    expect(ids(related, "f")).toEqual([]);
  });

  it("should stay within the nearest neighbours of a large topic", () => {
    const many = Array.from({ length: 1000 }, (_, index) => article(`n${index}`, ["eu"], index));
    const related = relatedArticles(many);
    expect(ids(related, "n500")).toEqual(["n499", "n501", "n498"]);
    expect(ids(related, "n0")).toEqual(["n1", "n2", "n3"]);
  });
});
