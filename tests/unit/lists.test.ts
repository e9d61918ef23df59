import { describe, expect, it } from "vitest";
import { listPagePath, pageNumbers, paginate, PAGE_SIZE } from "../../src/lib/pagination.ts";
import { relatedArticles } from "../../src/lib/related-articles.ts";

describe("paginate", () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
    [45, [20, 20, 5]],
  ])("should cut %i items into pages of %j", (count, sizes) => {
    const items = Array.from({ length: count }, (_, index) => index);
    const pages = paginate(items);
    expect(pages.map((page) => page.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(items);
    expect(PAGE_SIZE).toBe(20);
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
