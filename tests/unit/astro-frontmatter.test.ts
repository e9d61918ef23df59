/**
 * The check reads frontmatter as Astro's collections read it: split where Astro splits
 * it, and every value Astro's YAML reader (js-yaml) reads otherwise than the check's
 * refused with its field and line.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "astro/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/problem.ts";
import { splitFrontmatter } from "../../src/lib/split-frontmatter.ts";
import { articleSchema } from "../../src/schemas/article.ts";
import { readFrontmatter } from "../../src/schemas/frontmatter.ts";
import { ROOT } from "../../tools/project-copy.ts";

/**
 * The installed Astro's reader of Markdown collection entries: what `glob()` hands the
 * collection's schema. Not public API, so read from its file: a test of the installed Astro.
 */
const ENTRY_TYPE = join(ROOT, "node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js");
const { markdownContentEntryType } = (await import(pathToFileURL(ENTRY_TYPE).href)) as {
  markdownContentEntryType: {
    getEntryInfo(entry: { contents: string; fileUrl: URL }): Promise<{ data: unknown; body: string }>;
  };
};

const GOOD = ["title: Titel", "dek: Vorspann.", "date: 2023-12-20", "source: Reuters"];

function problems(source: string): string[] {
  return readFrontmatter("a.md", source).problems.map(formatProblem);
}

describe("splitting frontmatter as Astro does", () => {
  it("should give the frontmatter's lines and where the body begins", () => {
    expect(splitFrontmatter("---\ntitle: A\n---\nText")).toMatchObject({ yamlLine: 1, bodyLine: 4 });
    expect(splitFrontmatter("\n\n---\ntitle: A\n---\nText")).toMatchObject({ yamlLine: 3, bodyLine: 6 });
    expect(splitFrontmatter("Text")).toBeUndefined();
  });

  it("should not end the frontmatter at a --- that does not start a line", () => {
    const source = [
      "---",
      ...GOOD.slice(0, 3),
      "# ---",
      "source: 'TODO: Quelle eintragen'",
      "authors: [nicht-da]",
      "---",
      "",
      "Text.",
    ].join("\n");
    const frontmatter = readFrontmatter("a.md", source);
    expect(frontmatter.data).toMatchObject({ source: "TODO: Quelle eintragen", authors: ["nicht-da"] });
    expect(frontmatter.bodyLine).toBe(9);
    expect(frontmatter.lineOf(["authors"])).toBe(7);
  });

  it("should refuse TOML frontmatter, which Astro reads between +++ lines", () => {
    expect(problems('+++\ntitle = "A"\n+++\nText')).toEqual([
      "a.md:1: frontmatter: must open and close with a --- line: Kiosk reads YAML frontmatter",
    ]);
  });

  it("should count lines from the opening line after leading blank lines", () => {
    expect(problems(`\n\n---\n${[...GOOD.slice(1), "title: True"].join("\n")}\n---\nText`)).toEqual([
      expect.stringMatching(/^a\.md:7: title: is read by Astro as the boolean true/),
    ]);
  });
});

describe("values Astro's YAML reader reads otherwise", () => {
  const read = (field: string) => problems(`---\n${[...GOOD, field].join("\n")}\n---\n\nText.\n`);

  it.each([
    [
      "dateline: True",
      /^a\.md:6: dateline: is read by Astro as the boolean true, by the check as the text "True"/,
    ],
    ["dateline: 0b101", /^a\.md:6: dateline: is read by Astro as the number 5/],
    [
      "topics: [Politik, 1989-11-09]",
      /^a\.md:6: topics\.1: is read by Astro as the date 1989-11-09T00:00:00\.000Z/,
    ],
  ])("should refuse %s with its field and line", (field, message) => {
    expect(read(field)).toEqual([expect.stringMatching(message)]);
  });

  it("should keep values both read alike", () => {
    expect(read('dateline: "True"')).toEqual([]);
    expect(read("topics: ['1989-11-09']")).toEqual([]);
  });
});

/** Frontmatter values that YAML readers are known to read in more than one way. */
const TRICKY_VALUES = [
  "True",
  "TRUE",
  "true",
  "false",
  "yes",
  "on",
  "~",
  "null",
  "Null",
  "",
  "0b101",
  "0o17",
  "017",
  "0x1F",
  "1_000",
  ".5",
  "1e3",
  ".inf",
  "-.Inf",
  ".NaN",
  "1989-11-09",
  "2023-12-20T10:00:00+01:00",
  "2023-12-20 10:00:00",
  "2023-12-20t10:00:00z",
  "0001-01-01",
  '"a\\x07b"',
  "a: b",
  "!!str 5",
  "!!binary aGFsbG8=",
  "!!set {a}",
  "[a, b]",
  "{a: 1}",
  "&x Kairo",
  "*x",
  "'# ---'",
  "'TODO: x'",
  "12:30",
  "1:20:30",
  "<<: {a: 1}",
];
/** Text as editors write it, in the spellings YAML offers. */
const TEXT_VALUES = [
  "Kairo",
  "'Kairo'",
  '"Kairo"',
  "Gaza-Stadt",
  "'quoted'",
  '"\\u00e4"',
  "|\n  Zeile",
  ">-\n  Zeile",
  "Zeile\n  weiter",
  "Wort # Kommentar",
  "'Zitat: \"ja\"'",
  "Ägypten",
];
const DATE_VALUES = ["2023-12-20", "2023-12-21T09:30:00+01:00", "'2023-12-21'", "2023-12-21T09:30:00Z"];
const value = (...own: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...own), weight: 4 },
    { arbitrary: fc.constantFrom(...TRICKY_VALUES), weight: 1 },
  );
const FIELDS = {
  title: value(...TEXT_VALUES),
  dek: value(...TEXT_VALUES),
  source: value(...TEXT_VALUES),
  dateline: value(...TEXT_VALUES),
  draft: value("true", "false"),
  lead: value("true", "false"),
  lang: value("de", "en"),
  date: value(...DATE_VALUES.slice(0, 2)),
  updated: value(...DATE_VALUES.slice(2)),
};
/** Lines between fields that may split frontmatter in one reader and not the other. */
const SEPARATORS = ["# ---", "# ---x", "  ---", "---", "----", "--- # x", "+++", "...", "\r"];

const frontmatterSource = fc
  .tuple(
    fc.array(fc.oneof(...Object.entries(FIELDS).map(([name, v]) => v.map((text) => [name, text] as const))), {
      maxLength: 6,
    }),
    fc.array(value(...TEXT_VALUES), { maxLength: 3 }),
    fc.oneof(
      { arbitrary: fc.constant(""), weight: 4 },
      { arbitrary: fc.constantFrom(...SEPARATORS), weight: 1 },
    ),
    fc.constantFrom("", "\n", " \n", "\uFEFF"),
  )
  .map(([fields, topics, separator, before]) => {
    const lines = [...GOOD.filter((good) => !fields.some(([name]) => good.startsWith(`${name}:`)))];
    for (const [name, text] of fields) lines.push(`${name}: ${text}`);
    lines.splice(1, 0, separator);
    if (topics.length > 0) lines.push("topics:", ...topics.map((topic) => `  - ${topic}`));
    return `${before}---\n${lines.join("\n")}\n---\n\nText.\n`;
  });

describe("the check and Astro's reader side by side", () => {
  const schema = articleSchema(z.string());

  it("should pass only frontmatter that Astro reads to the same values and body", async () => {
    const fileUrl = pathToFileURL(join(ROOT, "a.md"));
    await fc.assert(
      fc.asyncProperty(frontmatterSource, async (contents) => {
        // The check reads the file's text without its byte-order mark; Astro with it.
        const checked = readFrontmatter("a.md", contents.replace(/^\uFEFF/, ""));
        if (checked.problems.some(({ severity }) => severity === "error")) return;
        const entry = await markdownContentEntryType.getEntryInfo({ contents, fileUrl });
        const astro = schema.safeParse(entry.data);
        expect(astro.success).toBe(true);
        expect(astro.data).toEqual(checked.article);
        expect(entry.body).toBe(checked.body.trim());
      }),
      { numRuns: 2_000 },
    );
  });
});
