import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/problem.ts";
import { NESTING_DEPTH_LIMIT } from "../../src/lib/input-limits.ts";
import { readFrontmatter } from "../../src/schemas/frontmatter.ts";

const GOOD = ["title: Titel", "dek: Vorspann.", "date: 2023-12-20", "source: Reuters"];

function read(fields: string[], body = "Text.") {
  return readFrontmatter("a.md", `---\n${fields.join("\n")}\n---\n\n${body}\n`);
}

describe("readFrontmatter", () => {
  it("should give the fields, the schema's values, the body on its lines and the line of each key", () => {
    const frontmatter = read([...GOOD, "image:", "  src: ./bild.jpg", "  alt: Ein Bild"]);
    expect(frontmatter.problems).toEqual([]);
    expect(frontmatter.data).toMatchObject({ title: "Titel", date: "2023-12-20" });
    expect(frontmatter.article).toMatchObject({ title: "Titel", draft: false, topics: [] });
    expect(frontmatter.article?.date.toISOString()).toBe("2023-12-20T00:00:00.000Z");
    expect(frontmatter.body.split("\n")[10]).toBe("Text.");
    expect(frontmatter.bodyLine).toBe(10);
    expect(frontmatter.lineOf(["source"])).toBe(5);
    expect(frontmatter.lineOf(["image", "alt"])).toBe(8);
    expect(frontmatter.lineOf(["gibt-es-nicht"])).toBe(1);
  });

  it("should give the line of a list entry's key and read corrections as dates", () => {
    const frontmatter = read([
      ...GOOD,
      "corrections:",
      "  - date: 2023-12-21T10:00:00+01:00",
      "    text: Erste.",
      "  - text: Zweite.",
      "    date: 2023-12-22T08:00:00Z",
    ]);
    expect(frontmatter.problems).toEqual([]);
    expect(frontmatter.lineOf(["corrections"])).toBe(6);
    expect(frontmatter.lineOf(["corrections", 0, "text"])).toBe(8);
    expect(frontmatter.lineOf(["corrections", 1])).toBe(9);
    expect(frontmatter.lineOf(["corrections", 1, "date"])).toBe(10);
    expect(frontmatter.lineOf(["corrections", 5, "date"])).toBe(6);
    expect(frontmatter.article?.corrections.map(({ date }) => date.toISOString())).toEqual([
      "2023-12-21T09:00:00.000Z",
      "2023-12-22T08:00:00.000Z",
    ]);
    expect(read(GOOD).article?.corrections).toEqual([]);
  });

  it.each([
    ["draft: true", true],
    ["draft: false", false],
  ])("should read %s as a boolean", (field, draft) => {
    expect(read([...GOOD, field]).article?.draft).toBe(draft);
  });

  // YAML 1.2's core schema and js-yaml would both read these as booleans.
  it.each(["True", "TRUE", "False", "yes", "1"])("should refuse draft: %s as not true or false", (value) => {
    const frontmatter = read([...GOOD, `draft: ${value}`]);
    expect(frontmatter.article).toBeUndefined();
    expect(frontmatter.problems.map(formatProblem)).toEqual([
      "a.md:6: draft: must be true or false, written in lower case",
    ]);
  });

  it("should refuse a file without frontmatter, and broken YAML at its line", () => {
    expect(readFrontmatter("a.md", "Nur Text.").problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.md:1: frontmatter: missing/),
    ]);
    const broken = read([...GOOD, "topics: [a, b"]);
    expect(broken.data).toBeUndefined();
    expect(broken.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.md:\d+: frontmatter: invalid YAML/),
    ]);
  });

  it("should refuse aliases that expand into a flood of values, at the first alias", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [index, name] of [..."bcdefgh"].entries()) {
      const previous = "abcdefgh"[index];
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    }
    const frontmatter = read([...GOOD, ...bomb]);
    expect(frontmatter.data).toBeUndefined();
    expect(frontmatter.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.md:7: frontmatter: cannot be read: .*write the values out/),
    ]);
  });

  it("should keep a few aliases", () => {
    const frontmatter = read([...GOOD.slice(1), "title: &t Titel", "dateline: *t"]);
    expect(frontmatter.problems).toEqual([]);
    expect(frontmatter.article?.dateline).toBe("Titel");
  });

  it(`should refuse collections nested deeper than ${NESTING_DEPTH_LIMIT}, unparsed, at the line`, () => {
    const depth = NESTING_DEPTH_LIMIT;
    const deep = `topics: ${"[".repeat(depth)}x${"]".repeat(depth)}`;
    const frontmatter = read([...GOOD, deep]);
    expect(frontmatter.problems.map(formatProblem)).toEqual([
      `a.md:6: frontmatter: is nested ${depth + 1} levels deep here; Kiosk reads at most ${depth}`,
    ]);
    // One level less is read, and left to the schema.
    const shallower = `topics: ${"[".repeat(depth - 1)}x${"]".repeat(depth - 1)}`;
    expect(read([...GOOD, shallower]).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.md:6: topics\.0: /),
    ]);
  });
});

describe("readFrontmatter: source and authors", () => {
  const WITHOUT_SOURCE = GOOD.filter((field) => !field.startsWith("source:"));
  const problems = (fields: string[]) => read(fields).problems.map(formatProblem);

  it("should take authors instead of a source, and both together", () => {
    expect(problems([...WITHOUT_SOURCE, "authors: [anna-beispiel]"])).toEqual([]);
    expect(problems([...GOOD, "authors: [anna-beispiel, max-muster]"])).toEqual([]);
  });

  it("should refuse an article with neither, and an author named twice, at their lines", () => {
    expect(problems(WITHOUT_SOURCE)).toEqual([
      "a.md:1: source: is required unless the article has authors: write the agency or desk, or authors: [slug]",
    ]);
    expect(
      problems([...GOOD, "authors:", "  - anna-beispiel", "  - Anna Beispiel", "  - anna-beispiel"]),
    ).toEqual([
      "a.md:8: authors.1: must be the name of an author file without .md, e.g. anna-beispiel",
      "a.md:6: authors: names an author twice: name each once",
    ]);
    expect(problems([...GOOD, "authors: [anna-beispiel, anna-beispiel]"])).toEqual([
      "a.md:6: authors: names an author twice: name each once",
    ]);
  });
});
