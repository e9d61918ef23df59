import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestPullQuotes } from "../../src/ingest/suggest-pull-quotes.ts";
import { wireToMarkdown } from "../../src/ingest/wire-to-markdown.ts";
import { decodeWireText, splitWireText } from "../../src/ingest/wire-text.ts";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { renderMarkdown } from "../support/markdown.ts";

const encode = (text: string) => new TextEncoder().encode(text);

describe("decodeWireText", () => {
  it("should drop a BOM and turn Windows line endings into \\n", () => {
    expect(decodeWireText(encode("\uFEFFEins\r\n\r\nZwei\rDrei"))).toBe("Eins\n\nZwei\nDrei");
  });

  it.each([
    ["empty input", encode(" \n\t\n"), "is empty"],
    ["binary input", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "is binary"],
    ["control characters", encode("Text\u0007mit Klingel"), "is binary"],
    ["Latin-1 input", Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]), "is not valid UTF-8"],
  ])("should refuse %s", (_name, bytes, message) => {
    expect(() => decodeWireText(bytes)).toThrow(message);
  });
});

describe("splitWireText", () => {
  it("should find paragraphs between blank lines and capital subheads", () => {
    expect(
      splitWireText("Erster Absatz,\nzweite Zeile.\n \nBIDEN SAGT, ER DRÄNGT\n\n\nUSA und EU einig."),
    ).toEqual([
      { type: "paragraph", text: "Erster Absatz,\nzweite Zeile." },
      { type: "subhead", text: "BIDEN SAGT, ER DRÄNGT" },
      { type: "paragraph", text: "USA und EU einig." },
    ]);
  });

  it.each(["A", "2023", "90 %", "Die USA"])("should not take %j for a subhead", (line) => {
    expect(splitWireText(line)).toEqual([{ type: "paragraph", text: line }]);
  });
});

describe("suggestPullQuotes", () => {
  it.each([
    [
      '"Dies sind sehr ernsthafte Gespräche", sagte der Sprecher des Weißen Hauses, John Kirby, am Mittwoch.',
      [{ words: "Dies sind sehr ernsthafte Gespräche", by: "der Sprecher des Weißen Hauses, John Kirby" }],
    ],
    [
      'US-Präsident Joe Biden sagte am Mittwoch, er rechne nicht damit, fügte aber hinzu: "Wir drängen darauf."',
      [{ words: "Wir drängen darauf.", by: "US-Präsident Joe Biden" }],
    ],
    [
      '"Wer glaubt, dass wir aufhören, irrt", sagte er am Mittwoch.',
      [{ words: "Wer glaubt, dass wir aufhören, irrt", by: "" }],
    ],
    ['ein Ende der "wahllosen Bombardierung", wie Biden es nannte', []],
  ])("should offer the direct speech of %j", (paragraph, expected) => {
    expect(suggestPullQuotes(paragraph)).toEqual(expected);
  });
});

/** What a reader sees of each block: rendered text, typography undone. */
function readerText(html: string): string[] {
  return selectAll("p, h2", fromHtml(html, { fragment: true })).map((node) => comparable(toString(node)));
}

/** The typography Kiosk sets on purpose (quotes, ellipsis, dashes) and HTML's whitespace. */
function comparable(text: string): string {
  return normaliseText(text.replace(/---/g, "—").replace(/--/g, "–"));
}

async function ingestAndRender(text: string): Promise<string[]> {
  const markdown = wireToMarkdown(splitWireText(text), {
    date: "2024-01-10",
    title: "T",
    dek: "D",
    source: "S",
  });
  return readerText(await renderMarkdown(markdown.replace(/^---[\s\S]*?\n---\n/, "")));
}

describe("wire text through ingest and render", () => {
  it("should let every Markdown-significant character through unchanged (property, 300 cases)", async () => {
    const significant = [
      "*",
      "_",
      "`",
      "#",
      ">",
      "1.",
      "-",
      "+",
      "[",
      "]",
      "<",
      ">",
      "&",
      "\\",
      "|",
      "~",
      "!",
      "(",
      ")",
      ":",
      '"',
      "'",
      "=",
      "{",
      "}",
      "&amp;",
      "<b>",
      "1)",
      "***",
      "<!--",
      "http://x.de",
    ];
    const word = fc.oneof(
      fc.constantFrom("Gaza", "Waffenruhe", "Ägypten", "sagte", "1.200", "90", "%", "Straße"),
      fc.constantFrom(...significant),
      fc.string({ unit: fc.constantFrom(...significant, "a", "Z", "ü", "1"), minLength: 1, maxLength: 6 }),
    );
    const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
    const text = fc.array(paragraph, { minLength: 1, maxLength: 4 });

    await fc.assert(
      fc.asyncProperty(text, async (paragraphs) => {
        const input = paragraphs.join("\n\n");
        const expected = splitWireText(input).map((block) => comparable(block.text));
        expect(await ingestAndRender(input)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20231220 },
    );
  });
});
