import { describe, expect, it } from "vitest";
import { articleChecker } from "../../src/check/check-article.ts";

const checkArticle = articleChecker();
import { formatProblem } from "../../src/lib/problem.ts";

const GOOD = ["title: Titel", "dek: Vorspann.", "date: 2023-12-20", "source: Reuters"];

function article(fields: string[], body = "Text."): Uint8Array {
  return new TextEncoder().encode(`---\n${fields.join("\n")}\n---\n\n${body}\n`);
}

/** A `corrections:` list of date and text pairs, as frontmatter lines. */
function corrections(...pairs: string[]): string[] {
  const lines = ["corrections:"];
  for (let index = 0; index < pairs.length; index += 2) {
    lines.push(`  - date: ${pairs[index]}`, `    text: ${pairs[index + 1]}`);
  }
  return lines;
}

async function problemsOf(bytes: Uint8Array): Promise<string[]> {
  return (await checkArticle("a.md", bytes)).map(formatProblem);
}

describe("checkArticle", () => {
  it("should find nothing wrong with a good article", async () => {
    expect(await problemsOf(article(GOOD))).toEqual([]);
  });

  it.each([
    ["a missing headline", GOOD.slice(1), "a.md:1: title: is required"],
    ["an empty standfirst", [GOOD[0]!, "dek: ' '", ...GOOD.slice(2)], "a.md:3: dek: must not be empty"],
    [
      "an impossible date",
      [...GOOD.slice(0, 2), "date: 2023-02-30", GOOD[3]!],
      "a.md:4: date: 2023-02-30 is not a day of the calendar",
    ],
    [
      "a time zone offset that does not exist",
      [...GOOD.slice(0, 2), "date: 2024-04-08T10:00:00+25:00", GOOD[3]!],
      "a.md:4: date: +25:00 in 2024-04-08T10:00:00+25:00 is not a time zone offset",
    ],
    [
      "an update with offset minutes over 59",
      [...GOOD, "updated: '2023-12-21T09:30:00+01:60'"],
      "a.md:6: updated: +01:60 in 2023-12-21T09:30:00+01:60 is not a time zone offset",
    ],
    ["a draft flag in capitals", [...GOOD, "draft: True"], "a.md:6: draft: must be true or false"],
    [
      "an update before publication",
      [...GOOD, "updated: 2023-12-19"],
      "a.md:6: updated: must not be before date",
    ],
    ["an unknown language", [...GOOD, "lang: fr"], "a.md:6: lang: "],
    ["a misspelt field", [...GOOD, "titel: Titel"], "a.md:1: frontmatter: "],
    ["an image without alt text", [...GOOD, "image:", "  src: ./bild.jpg"], "a.md:6: image.alt: is required"],
    [
      "a correction before publication",
      [
        ...GOOD,
        ...corrections("2023-12-21T10:00:00+01:00", "Richtig.", "2023-12-19T10:00:00+01:00", "Zu früh."),
      ],
      "a.md:9: corrections.1.date: must not be before the article's date",
    ],
    [
      "a correction without text",
      [...GOOD, ...corrections("2023-12-21T10:00:00+01:00", "' '")],
      "a.md:8: corrections.0.text: must not be empty",
    ],
    [
      "a correction with no text field",
      [...GOOD, "corrections:", "  - date: 2023-12-21T10:00:00+01:00"],
      "a.md:7: corrections.0.text: is required",
    ],
    [
      "a correction dated without its time",
      [...GOOD, ...corrections("2023-12-21", "Richtig.")],
      'a.md:7: corrections.0.date: expected an ISO date-time with offset (2023-12-21T10:00:00+01:00), found "2023-12-21"',
    ],
    [
      "a correction at an impossible offset",
      [...GOOD, ...corrections("2023-12-21T10:00:00+15:00", "Richtig.")],
      "a.md:7: corrections.0.date: +15:00 in 2023-12-21T10:00:00+15:00 is not a time zone offset",
    ],
    [
      "a kicker of 41 characters",
      [...GOOD, `kicker: ${"K".repeat(41)}`],
      "a.md:6: kicker: is 41 characters long; at most 40 are allowed",
    ],
    [
      "a kicker over two lines",
      [...GOOD, 'kicker: "Nahost\\nGaza"'],
      "a.md:6: kicker: must be one line: write it without line breaks",
    ],
    [
      "a kicker as a block of lines",
      [...GOOD, "kicker: |", "  Nahost", "  Gaza"],
      "a.md:6: kicker: must be one line: write it without line breaks",
    ],
    [
      "a correction with a misspelt field",
      [...GOOD, ...corrections("2023-12-21T10:00:00+01:00", "Richtig."), "    txt: Falsch."],
      "a.md:7: corrections.0: ",
    ],
  ])("should report %s at its line", async (_name, fields, expected) => {
    const problems = await problemsOf(article(fields));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it("should report every problem of a file", async () => {
    const problems = await problemsOf(
      article(["date: morgen"], "::video\n\n:::pullquote{by=X}\nErfunden\n:::"),
    );
    expect(problems).toEqual([
      "a.md:1: title: is required",
      "a.md:1: dek: is required",
      expect.stringMatching(/^a\.md:2: date: expected an ISO date/),
      "a.md:1: source: is required unless the article has authors: write the agency or desk, or authors: [slug]",
      expect.stringMatching(/^a\.md:5: directive: unknown directive "::video"/),
      expect.stringMatching(/^a\.md:7: pullquote: quotes words that are not in the article text/),
    ]);
  });

  it("should accept a kicker of 40 characters", async () => {
    expect(await problemsOf(article([...GOOD, `kicker: ${"K".repeat(40)}`]))).toEqual([]);
  });

  it("should accept corrections on and after the article's date", async () => {
    const fields = [
      ...GOOD,
      "updated: 2023-12-22",
      ...corrections("2023-12-20T00:00:00Z", "Am Tag.", "2023-12-23T09:30:00+01:00", "Später."),
    ];
    expect(await problemsOf(article(fields))).toEqual([]);
  });

  it("should warn about a headline over 110 characters", async () => {
    const [problem] = await checkArticle("a.md", article([`title: ${"x".repeat(111)}`, ...GOOD.slice(1)]));
    expect(problem).toMatchObject({ line: 2, field: "title", severity: "warning" });
  });

  it("should refuse text that is not UTF-8, naming the line", async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("---\ntitle: Gr"), 0xfc, 0x6e, 0x0a]);
    expect(await problemsOf(latin1)).toEqual(["a.md:2: file: is not valid UTF-8: save it as UTF-8"]);
  });

  it("should refuse a file without frontmatter and broken YAML", async () => {
    expect(await problemsOf(new TextEncoder().encode("Nur Text."))).toEqual([
      expect.stringMatching(/^a\.md:1: frontmatter: missing/),
    ]);
    expect(await problemsOf(article([...GOOD, "topics: [a, b"]))).toEqual([
      expect.stringMatching(/^a\.md:\d+: frontmatter: invalid YAML/),
    ]);
  });
});
