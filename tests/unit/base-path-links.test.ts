import { describe, expect, it } from "vitest";
import * as basePath from "../../src/markdown/remark-base-path-links.ts";
import { renderMarkdown } from "../support/markdown.ts";

describe("links from the site root under a base path", () => {
  it("should put the base path in front of links written from the root, and leave others alone", async () => {
    const markdown =
      "[a](/artikel/hafen/) [b](/nachrichten/artikel/hafen/) [c](../hafen/) [d](https://example.org/x) " +
      "[e](//example.org/y) [f][ref]\n\n[ref]: /themen/hamburg/";
    const html = await renderMarkdown(
      markdown,
      {},
      { remark: [[basePath.default, { base: "/nachrichten/" }]] },
    );
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      "/nachrichten/artikel/hafen/",
      "/nachrichten/artikel/hafen/",
      "../hafen/",
      "https://example.org/x",
      "//example.org/y",
      "/nachrichten/themen/hamburg/",
    ]);
    expect(await renderMarkdown("[a](/artikel/hafen/)", {}, { remark: [basePath.default] })).toBe(
      '<p><a href="/artikel/hafen/">a</a></p>',
    );
    expect(Object.keys(basePath).sort()).toEqual(["default", "withBase"]);
  });
});
