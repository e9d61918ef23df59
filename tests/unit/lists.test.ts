import { describe, expect, it } from "vitest";
import { numberedPagePath } from "../../src/lib/pagination.ts";
import { relatedArticles } from "../../src/lib/related-articles.ts";

describe("numberedPagePath", () => {
  it.each([
    ["/", ["themen", "nahost"], 1, "/themen/nahost/seite/1/"],
    ["/nachrichten/", ["autoren", "anna"], 12, "/nachrichten/autoren/anna/seite/12/"],
  ])("should put page %s %j %i under …/seite/", (base, segments, page, path) => {
    expect(numberedPagePath(base, segments, page)).toBe(path);
  });
});

describe("relatedArticles", () => {
  const article = (id: string, topics: string[], time: number) => ({ id, topics, time });
  const ids = (map: Map<string, { id: string }[]>, id: string) => map.get(id)?.map((other) => other.id);

  it("should prefer more shared topics, then the nearest earlier in time, and never the article itself", () => {
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
    // Only earlier articles: the oldest has none.
    expect(ids(related, "c")).toEqual([]);
    expect(ids(related, "e")).toEqual(["c"]);
  });

  it("should leave every article's related list as it was when newer articles appear", () => {
    const topics = [["eu"], ["eu", "haushalt"], ["sport"], ["haushalt"], ["eu", "sport"]];
    const all = Array.from({ length: 60 }, (_, index) => article(`n${index}`, topics[index % 5]!, index * 7));
    const before = relatedArticles(all.slice(0, 40));
    const after = relatedArticles(all);
    for (const { id } of all.slice(0, 40)) expect(ids(after, id), id).toEqual(ids(before, id));
  });

  it("should stay within the nearest neighbours of a large topic", () => {
    const many = Array.from({ length: 1000 }, (_, index) => article(`n${index}`, ["eu"], index));
    const related = relatedArticles(many);
    expect(ids(related, "n500")).toEqual(["n499", "n498", "n497"]);
    expect(ids(related, "n0")).toEqual([]);
  });
});
