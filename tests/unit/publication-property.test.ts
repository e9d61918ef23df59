/**
 * Generated publication settings through the one reader the check and the build share:
 * it never throws, and settings it accepts carry no text a page or feed cannot hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEXT_LIMITS } from "../../src/lib/input-limits.ts";
import { readPublication, type PublicationFiles } from "../../src/settings/publication.ts";
import { stringsIn, textProblem } from "../../src/lib/unsafe-text.ts";

const files: PublicationFiles = { image: () => "is not there", pages: new Set(["grundsaetze"]) };

/** Values as a careless or hostile editor writes them, in YAML. */
const VALUES = [
  "Abendblatt",
  "'Abendblatt'",
  '"Abend\\x07blatt"',
  '"Abend\\u0085"',
  '"\\uFFFE"',
  "True",
  "0b101",
  "1989-11-09",
  "~",
  "[a, b]",
  "{a: 1}",
  "&x Abendblatt",
  "*x",
  "|\n  Zeile 1\n  Zeile 2",
  `'${"x".repeat(5_000)}'`,
  "redaktion@abendblatt.example",
  `a@${"a.".repeat(2_000)}`,
  "https://social.example/@a",
  "javascript:alert(1)",
  "'#1d4e89'",
  "'#ffffff'",
  "de",
  "en",
  "fr",
];
/** A field's valid value most of the time, else any of `VALUES`. */
const value = (valid: string) =>
  fc.oneof(
    { arbitrary: fc.constant(valid), weight: 3 },
    { arbitrary: fc.constantFrom(...VALUES), weight: 1 },
  );
const settings = fc
  .record({
    name: value("Abendblatt"),
    description: value("Nachrichten am Abend."),
    language: value("de"),
    sameAs: fc.array(value("https://social.example/@abendblatt"), { maxLength: 3 }),
    legal: fc.record({
      publisher: value("Abendblatt GmbH"),
      address: value("|\n  Hafenstraße 1\n  20457 Hamburg"),
      email: value("redaktion@abendblatt.example"),
      responsible: value("Erika Muster"),
      phone: value("'+49 40 123'"),
    }),
    accent: fc.record({ light: value("'#1d4e89'"), dark: value("'#9cc4ff'") }),
    pages: fc.record({ masthead: value("grundsaetze") }),
  })
  .map((record) => yamlOf(record, ""));

/** Settings as YAML lines, values written as the editor spelled them. */
function yamlOf(record: Record<string, unknown>, indent: string): string {
  return Object.entries(record)
    .map(([key, item]) => {
      if (Array.isArray(item))
        return `${indent}${key}:\n${item.map((entry) => `${indent}  - ${String(entry).replaceAll("\n", `\n${indent}    `)}`).join("\n")}`;
      if (typeof item === "object" && item)
        return `${indent}${key}:\n${yamlOf(item as Record<string, unknown>, `${indent}  `)}`;
      return `${indent}${key}: ${String(item).replaceAll("\n", `\n${indent}  `)}`;
    })
    .join("\n");
}

describe("publication settings, generated", () => {
  it("should read every input without throwing, and accept only text pages and feeds can carry", () => {
    let accepted = 0;
    fc.assert(
      fc.property(settings, (source) => {
        const { publication, problems } = readPublication("p.yaml", source, files);
        if (problems.some(({ severity }) => severity === "error")) return;
        accepted++;
        for (const [path, text] of stringsIn(publication)) {
          expect(textProblem(text, TEXT_LIMITS.url), `${path.join(".")} of\n${source}`).toBeUndefined();
        }
        expect(publication.name.length).toBeLessThanOrEqual(TEXT_LIMITS.name);
      }),
      { numRuns: 3_000 },
    );
    // Not a property that holds by refusing everything.
    expect(accepted).toBeGreaterThan(50);
  });
});
