import { describe, expect, it } from "vitest";
import { articleChecker } from "../../src/check/check-article.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { ARTICLE_SIZE_LIMIT, BLOCK_SIZE_LIMIT, NESTING_DEPTH_LIMIT } from "../../src/lib/input-limits.ts";
import { largestBlock } from "../../src/lib/largest-block.ts";
import { markdownNestingDepth, yamlNestingDepth } from "../../src/lib/nesting-depth.ts";

const HEAD = "---\ntitle: Titel\ndek: Vorspann.\ndate: 2023-12-20\nsource: Reuters\n---\n\n";
/** The line of the body's first line in `HEAD + body`. */
const FIRST = 8;

async function problemsOf(body: string, checker = articleChecker()): Promise<string[]> {
  return (await checker("a.md", new TextEncoder().encode(HEAD + body))).map(formatProblem);
}

/** A list nested `depth` deep, one item a level. */
const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- Punkt`).join("\n");

describe("markdownNestingDepth", () => {
  it.each([
    ["Text.", 0, 0],
    ["- a", 1, 1],
    ["Text.\n\n- a\n  - b\n    - c", 3, 5],
    ["> a\n> > b\n> > > c", 3, 3],
    [">>>> d", 4, 1],
    ["1. a\n   2) b\n- > * c", 3, 3],
    ["- [ ] Aufgabe\n  + b", 2, 2],
    ["\t- a\n\t\t- b", 5, 2],
    ["        eingerückter Code ohne Marke", 0, 0],
    ["2023. Das Jahr", 1, 1],
    ["1234567890. Zu viele Ziffern für eine Liste", 0, 0],
    ["-Bindestrich ohne Leerzeichen", 0, 0],
  ])("should count %j as %i deep at line %i", (text, depth, line) => {
    expect(markdownNestingDepth(text)).toEqual({ depth, line });
  });

  it("should read a thousand levels at once", () => {
    expect(markdownNestingDepth(nestedList(1000))).toEqual({ depth: 1000, line: 1000 });
  });
});

describe("yamlNestingDepth", () => {
  it.each([
    ["title: A", 1, 1],
    ["title: A\nimage:\n  src: b.jpg\n  alt: c", 2, 3],
    ["topics: [a, b]", 2, 1],
    ["corrections:\n  - date: 2023-12-21\n    text: x", 3, 2],
    ["a: [[[x]]]\nb: 1", 4, 1],
    ["a: [\n  [\n    [x]]]", 4, 3],
    ["- - - x", 4, 1],
    ["# [[[[ Kommentar\ntitle: A", 1, 2],
  ])("should count %j as %i deep at line %i", (text, depth, line) => {
    expect(yamlNestingDepth(text)).toEqual({ depth, line });
  });
});

describe("largestBlock", () => {
  it.each([
    ["", 0, 0],
    ["Eins.", 1, 5],
    ["Eins.\n\nZwei\nDrei\n\nVier", 3, 10],
    ["a\n   \nbb\n\t\nccc", 3, 3],
  ])("should find in %j the block at line %i, %i characters", (text, line, length) => {
    expect(largestBlock(text)).toEqual({ line, length });
  });
});

describe("the article check's input limits", () => {
  it(`should refuse a file over ${ARTICLE_SIZE_LIMIT} bytes unread`, async () => {
    const body = "Satz. ".repeat(ARTICLE_SIZE_LIMIT / 6);
    const size = new TextEncoder().encode(HEAD + body).length;
    expect(size).toBeGreaterThan(ARTICLE_SIZE_LIMIT);
    expect(await problemsOf(body)).toEqual([
      `a.md:1: file: is ${size} bytes; an article may have at most ${ARTICLE_SIZE_LIMIT}: split it into several`,
    ]);
  });

  it(`should read a file of exactly ${ARTICLE_SIZE_LIMIT} bytes`, async () => {
    // One long block, refused by its own limit without parsing, keeps this test quick.
    const body = "x".repeat(ARTICLE_SIZE_LIMIT - new TextEncoder().encode(HEAD).length);
    expect(await problemsOf(body)).toEqual([expect.stringMatching(/^a\.md:8: body: a block of /)]);
  });

  it(`should refuse lists and quotes nested deeper than ${NESTING_DEPTH_LIMIT}, at the deepest line`, async () => {
    const depth = NESTING_DEPTH_LIMIT + 1;
    expect(await problemsOf(nestedList(depth))).toEqual([
      `a.md:${FIRST + depth - 1}: body: lists and block quotes are nested ${depth} levels deep here; Kiosk reads at most ${NESTING_DEPTH_LIMIT}`,
    ]);
    expect(await problemsOf(`${"> ".repeat(depth)}Zitat`)).toEqual([
      expect.stringMatching(new RegExp(`^a\\.md:${FIRST}: body: .* nested ${depth} levels`)),
    ]);
    expect(await problemsOf(nestedList(NESTING_DEPTH_LIMIT))).toEqual([]);
  });

  it(`should refuse a block of more than ${BLOCK_SIZE_LIMIT} characters, at its first line`, async () => {
    const words = (length: number) => "Wort ".repeat(Math.ceil(length / 5)).slice(0, length - 1) + ".";
    expect(await problemsOf(`Vorher.\n\n${words(BLOCK_SIZE_LIMIT + 1)}`)).toEqual([
      `a.md:${FIRST + 2}: body: a block of ${BLOCK_SIZE_LIMIT + 1} characters without a blank line starts here; Kiosk reads at most ${BLOCK_SIZE_LIMIT}: put blank lines between paragraphs`,
    ]);
    expect(await problemsOf(`Vorher.\n\n${words(BLOCK_SIZE_LIMIT)}`)).toEqual([]);
  });

  it("should report the frontmatter's problems with the body's", async () => {
    const bytes = new TextEncoder().encode(`---\ntitle: Titel\n---\n\n${nestedList(40)}`);
    expect((await articleChecker()("a.md", bytes)).map(formatProblem)).toEqual([
      "a.md:1: dek: is required",
      "a.md:1: date: is required",
      "a.md:1: source: is required unless the article has authors: write the agency or desk, or authors: [slug]",
      expect.stringMatching(/^a\.md:44: body: lists and block quotes are nested 40 levels/),
    ]);
  });

  it("should turn anything thrown while checking a file into that file's problem", async () => {
    const failing = {
      has: () => {
        throw new Error("Datenträger nicht lesbar");
      },
    } as unknown as ReadonlySet<string>;
    const checker = articleChecker({ slugs: failing });
    expect(await problemsOf("[Link](/artikel/anderer/)", checker)).toEqual([
      "a.md:1: file: could not be checked: Datenträger nicht lesbar",
    ]);
  });
});
