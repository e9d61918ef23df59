/**
 * Text that would break the formats it lands in (control characters in XML feeds) or
 * hold up the check and the share cards (outsized fields) is refused with its field
 * and line, before any pattern reads it.
 */
import { describe, expect, it } from "vitest";
import { FIELD_SIZE_LIMIT, SETTINGS_SIZE_LIMIT, TEXT_LIMITS } from "../../src/lib/input-limits.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { readPublication } from "../../src/settings/publication.ts";
import { textProblem } from "../../src/lib/unsafe-text.ts";
import { readAuthorFrontmatter, readFrontmatter } from "../../src/schemas/frontmatter.ts";

const GOOD = ["title: Titel", "dek: Vorspann.", "date: 2023-12-20", "source: Reuters"];

function articleProblems(...fields: string[]): string[] {
  const lines = [
    ...GOOD.filter((good) => !fields.some((field) => field.split(":")[0] === good.split(":")[0])),
    ...fields,
  ];
  return readFrontmatter("a.md", `---\n${lines.join("\n")}\n---\n\nText.\n`).problems.map(formatProblem);
}

const SETTINGS = {
  name: "Abendblatt",
  description: "Nachrichten am Abend.",
  legal: {
    publisher: "Abendblatt GmbH",
    address: "Hafenstraße 1",
    email: "redaktion@abendblatt.example",
    responsible: "Erika Muster",
  },
};

function settingsProblems(settings: unknown): string[] {
  const source = JSON.stringify(settings);
  return readPublication("p.yaml", source, { image: () => "is not there", pages: new Set() }).problems.map(
    formatProblem,
  );
}

describe("control characters", () => {
  // XML 1.0 has none of these among its characters: an RSS feed with one is not well-formed.
  it.each([0x00, 0x07, 0x1b, 0x0d, 0x7f, 0x85, 0x9f, 0xfffe, 0xffff, 0xd800])(
    "should refuse U+%s in any field",
    (codePoint) => {
      const code = codePoint.toString(16).toUpperCase().padStart(4, "0");
      expect(textProblem(`a${String.fromCharCode(codePoint)}b`, 100)).toBe(
        `holds the control character U+${code} at character 2: remove it`,
      );
    },
  );

  it("should keep tabs, line feeds and every other character", () => {
    expect(textProblem("a\tb\nc „ä“ – 😀 \u00A0", 100)).toBeUndefined();
  });

  it("should refuse them in headlines, topics, keys and corrections, written as YAML escapes", () => {
    expect(articleProblems('title: "Titel\\x07"')).toEqual([
      "a.md:5: title: holds the control character U+0007 at character 6: remove it",
    ]);
    expect(articleProblems('topics: [Politik, "Sport\\e"]')).toEqual([
      "a.md:6: topics.1: holds the control character U+001B at character 6: remove it",
    ]);
    expect(articleProblems('"kicker\\0": x')).toEqual([
      expect.stringMatching(/^a\.md:6: kicker\0: holds the control character U\+0000/),
    ]);
    expect(
      articleProblems("corrections:", "  - date: 2023-12-21T10:00:00+01:00", '    text: "Falsch\\u0085"'),
    ).toEqual(["a.md:8: corrections.0.text: holds the control character U+0085 at character 7: remove it"]);
  });

  it("should refuse them in an author's name and the publication's settings", () => {
    const author = readAuthorFrontmatter("anna.md", '---\nname: "Anna\\x08"\nrole: Reporterin\n---\n');
    expect(author.problems.map(formatProblem)).toEqual([
      "anna.md:2: name: holds the control character U+0008 at character 5: remove it",
    ]);
    expect(settingsProblems({ ...SETTINGS, name: "Abend\u0007blatt" })).toEqual([
      "p.yaml:1: name: holds the control character U+0007 at character 6: remove it",
    ]);
  });
});

describe("sizes", () => {
  it("should warn of a long headline and refuse one past the hard limit", () => {
    const long = "Wort ".repeat(30).trim();
    expect(articleProblems(`title: ${long}`)).toEqual([]);
    const tooLong = "W".repeat(TEXT_LIMITS.headline + 1);
    expect(articleProblems(`title: ${tooLong}`)).toEqual([
      `a.md:5: title: is ${TEXT_LIMITS.headline + 1} characters long; at most ${TEXT_LIMITS.headline} are allowed`,
    ]);
  });

  it("should refuse any field past the largest size before the schema reads it", () => {
    const huge = "x".repeat(FIELD_SIZE_LIMIT + 1);
    expect(articleProblems(`gibt-es-nicht: ${huge}`)).toEqual([
      `a.md:6: gibt-es-nicht: is ${FIELD_SIZE_LIMIT + 1} characters long; at most ${FIELD_SIZE_LIMIT} are allowed`,
    ]);
  });

  it("should refuse outsized settings files and fields before any pattern reads them", () => {
    const name = "N".repeat(5_000);
    expect(settingsProblems({ ...SETTINGS, name })).toEqual([
      `p.yaml:1: name: is 5000 characters long; at most ${TEXT_LIMITS.name} are allowed`,
    ]);
    // Shaped to make a backtracking e-mail pattern try every split of it.
    const email = `a@${"a.".repeat(30_000)} `;
    const legal = { ...SETTINGS.legal, email };
    expect(settingsProblems({ ...SETTINGS, legal })).toEqual([
      `p.yaml:1: legal.email: is ${email.length} characters long; at most ${TEXT_LIMITS.line} are allowed`,
    ]);
    const file = { ...SETTINGS, description: "d".repeat(SETTINGS_SIZE_LIMIT) };
    expect(settingsProblems(file)).toEqual([
      expect.stringMatching(/^p\.yaml:1: settings: the file is \d+ characters long/),
    ]);
  });

  it("should still read e-mail and web addresses within the limits", () => {
    expect(settingsProblems({ ...SETTINGS, sameAs: ["https://social.example/@abendblatt"] })).toEqual([]);
    expect(settingsProblems({ ...SETTINGS, legal: { ...SETTINGS.legal, email: "a@b" } })).toEqual([
      'p.yaml:1: legal.email: must be an e-mail address, found "a@b"',
    ]);
    expect(settingsProblems({ ...SETTINGS, sameAs: ["http://x.example", "https://localhost"] })).toEqual([
      'p.yaml:1: sameAs.0: must be an https:// address, found "http://x.example"',
      'p.yaml:1: sameAs.1: must be an https:// address, found "https://localhost"',
    ]);
  });
});
