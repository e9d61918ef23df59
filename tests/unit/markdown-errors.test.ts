import type { PluggableList } from "unified";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articleChecker } from "../../src/check/check-article.ts";
import { siteConfig } from "../../src/settings/site-config.ts";
import { renderMarkdown } from "../support/markdown.ts";

describe("problems in an article body", () => {
  it.each([
    [
      "a pull quote whose words are not in the text",
      'Er sagte: "Wir prüfen alles."\n\n:::pullquote{by="Minister"}\nWir haben alles richtig gemacht.\n:::',
      'artikel.md:3: pullquote: quotes words that are not in the article text: "Wir haben alles richtig gemacht."',
    ],
    [
      "a pull quote without a speaker",
      'Er sagte: "Wir prüfen alles."\n\n:::pullquote{role="Minister"}\nWir prüfen alles.\n:::',
      'artikel.md:3: pullquote: needs the speaker: :::pullquote{by="Name" role="Funktion"}',
    ],
    [
      "an empty pull quote",
      'Text.\n\n:::pullquote{by="Minister"}\n:::',
      "artikel.md:3: pullquote: is empty: write the quoted words between the ::: lines",
    ],
    [
      "a pull quote in the one-line form",
      'Text.\n\n::pullquote[Wir bauen bald eine Autobahn.]{by="Bürgermeister"}',
      'artikel.md:3: pullquote: "::pullquote[…]" is not a pull quote: write :::pullquote{by="Bürgermeister"} on a line of its own, the quoted words on the next lines, then ::: on a line of its own',
    ],
    [
      "a pull quote inside a sentence",
      'Er sagte :pullquote[Wir bauen bald eine Autobahn.]{by="Bürgermeister" role="Stadt"} und ging.',
      'artikel.md:1: pullquote: ":pullquote[…]" is not a pull quote: write :::pullquote{by="Bürgermeister" role="Stadt"} on a line',
    ],
    [
      "a one-line pull quote without attributes",
      "Text.\n\n::pullquote[Wir bauen.]",
      'artikel.md:3: pullquote: "::pullquote[…]" is not a pull quote: write :::pullquote{by="Name"} on a line',
    ],
    [
      "an invented pull quote in a list",
      'Er sagte etwas.\n\n- Punkt\n\n  :::pullquote{by="Minister"}\n  Wir haben alles richtig gemacht.\n  :::',
      'artikel.md:5: pullquote: quotes words that are not in the article text: "Wir haben alles richtig gemacht."',
    ],
    [
      "an invented pull quote in a block quote",
      '> Er sagte etwas.\n>\n> :::pullquote{by="Minister"}\n> Wir haben alles richtig gemacht.\n> :::',
      'artikel.md:3: pullquote: quotes words that are not in the article text: "Wir haben alles richtig gemacht."',
    ],
    [
      "an invented pull quote in a list in a block quote",
      '> - Er sagte etwas.\n>\n>   :::pullquote{by="Minister"}\n>   Erfunden.\n>   :::',
      'artikel.md:3: pullquote: quotes words that are not in the article text: "Erfunden."',
    ],
    [
      "an invented pull quote in another directive",
      'Text.\n\n::::kasten\n:::pullquote{by="Minister"}\nErfunden.\n:::\n::::',
      'artikel.md:4: pullquote: quotes words that are not in the article text: "Erfunden."',
    ],
    [
      "a pull quote vouched for only by a pull quote in a sentence",
      'Er sagte :pullquote[Wir bauen eine Autobahn]{by="B"}.\n\n:::pullquote{by="B"}\nWir bauen eine Autobahn\n:::',
      'artikel.md:3: pullquote: quotes words that are not in the article text: "Wir bauen eine Autobahn"',
    ],
    [
      "an unknown leaf directive",
      'Text.\n\n::video{src="x.mp4"}',
      'artikel.md:3: directive: unknown directive "::video"',
    ],
    [
      "an unknown container directive",
      ":::note\nText.\n:::",
      'artikel.md:1: directive: unknown directive ":::note"',
    ],
    [
      "an unknown text directive with a label",
      "Siehe :abbr[UN]{title=x}.",
      'artikel.md:1: directive: unknown directive ":abbr"',
    ],
  ])("should stop on %s, naming file and line", async (_name, markdown, message) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(message);
  });

  it("should list every problem of a file at once", async () => {
    const markdown = "Text.\n\n::eins\n\n::zwei";
    await expect(renderMarkdown(markdown)).rejects.toThrow(
      /artikel\.md:3: directive: .*"::eins".*\nartikel\.md:5: directive: .*"::zwei"/,
    );
  });

  it("should not let one pull quote vouch for another", async () => {
    const quote = ':::pullquote{by="Minister"}\nWir haben alles richtig gemacht.\n:::';
    await expect(renderMarkdown(`Er sagte etwas.\n\n${quote}\n\n${quote}`)).rejects.toThrow(
      /artikel\.md:3: pullquote: quotes words .*\nartikel\.md:7: pullquote: quotes words /,
    );
  });

  it("should show a pull quote in a list or block quote whose words stand in the text", async () => {
    const text = "Wir prüfen alles.\n\nUnd danach mehr.";
    for (const markdown of [
      `${text}\n\n- Punkt\n\n  :::pullquote{by="Minister"}\n  Wir prüfen alles.\n  :::`,
      `${text}\n\n> :::pullquote{by="Minister"}\n> Wir prüfen alles.\n> :::`,
      // Words across two paragraphs, quoted across two paragraphs.
      `${text}\n\n:::pullquote{by="Minister"}\nalles.\n\nUnd danach\n:::`,
    ]) {
      expect(await renderMarkdown(markdown)).toContain('role="doc-pullquote"');
    }
  });

  it("should leave a colon before the word pullquote in prose as text", async () => {
    expect(await renderMarkdown("Das Thema:pullquote bleibt Text.")).toBe(
      "<p>Das Thema:pullquote bleibt Text.</p>",
    );
  });

  it("should accept a pull quote that differs from the text only in quotes, case and spaces", async () => {
    const html = await renderMarkdown(
      '"Wir drängen darauf", sagte er.\n\n:::pullquote{by="Joe Biden"}\n„WIR drängen\ndarauf“\n:::',
    );
    expect(html).toContain('role="doc-pullquote"');
  });
});

describe("the Markdown pipeline", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** A body with one problem for each check: line 1, 5, 7, 9 and 13. */
  const EVERY_PROBLEM = [
    ":::note\nText.\n:::",
    "[Klick](javascript:alert(1))",
    "<script>alert(1)</script>",
    "![](./fehlt.jpg)",
    'Er sagte: "Ja."\n\n:::pullquote{by="Minister"}\nNein.\n:::',
  ].join("\n\n");

  /** The `line: field: message` lines (after `artikel.md:`) of the error the render stops with. */
  async function buildProblems(markdown: string): Promise<string[]> {
    const error = await renderMarkdown(markdown).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(error, "the render should stop").toBeInstanceOf(Error);
    return (error as Error).message.split("\n").map((line) => line.replace(/^artikel\.md:/, ""));
  }

  it("should run every check and stop once, with all their problems", async () => {
    const found = (await buildProblems(EVERY_PROBLEM)).map((line) => line.split(": ").slice(0, 2).join(":"));
    expect(found.sort()).toEqual(
      ["1:directive", "5:link", "7:html", "9:image", "9:image", "13:pullquote"].sort(),
    );
  });

  it("should find in the article check (npm run check) the problems the build stops on", async () => {
    const frontmatter = [
      "---",
      "title: Titel",
      "dek: Vorspann.",
      "date: 2024-03-05",
      "source: Reuters",
      "---",
      "",
    ];
    const checked = await articleChecker()(
      "artikel.md",
      new TextEncoder().encode(`${frontmatter.join("\n")}\n${EVERY_PROBLEM}\n`),
    );
    const built = await buildProblems(EVERY_PROBLEM);
    // The same fields and messages; lines may count from the top of the file instead of the body.
    const withoutLine = (line: string) => line.replace(/^\d+: /, "");
    expect(checked.map(({ field, message }) => `${field}: ${message}`).sort()).toEqual(
      built.map(withoutLine).sort(),
    );
    const builtLines = new Map(built.map((line) => [withoutLine(line), Number(line.split(":")[0])]));
    const offsets = checked.map(({ field, message, line }) => line - builtLines.get(`${field}: ${message}`)!);
    expect(new Set(offsets).size, "one line offset for all problems").toBe(1);
  });

  it("should put the configured base path in front of links from the site root", async () => {
    const markdown = "[früher](/artikel/x/) und [dort](https://example.org/a/) und [hier](../y/)";
    const links = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    // Whatever KIOSK_BASE this test run has …
    expect(links(await renderMarkdown(markdown))).toEqual([
      `${siteConfig().base}artikel/x/`,
      "https://example.org/a/",
      "../y/",
    ]);
    // … and another one, read afresh.
    vi.stubEnv("KIOSK_BASE", "/zeitung/");
    vi.resetModules();
    const { remarkPlugins, rehypePlugins } = await import("../../src/markdown/plugins.ts");
    const html = await renderMarkdown(
      markdown,
      {},
      {
        remark: remarkPlugins as PluggableList,
        rehype: rehypePlugins as PluggableList,
      },
    );
    expect(links(html)).toEqual(["/zeitung/artikel/x/", "https://example.org/a/", "../y/"]);
  });

  it("should give headings ids and set typography in text, not in code", async () => {
    expect(await renderMarkdown('## Zwischen Titel\n\n"Ja" -- `"Code"`')).toBe(
      '<h2 id="zwischen-titel">Zwischen Titel</h2>\n<p>„Ja“ – <code>"Code"</code></p>',
    );
  });

  it("should fall back to German for files without a language", async () => {
    expect(await renderMarkdown('"Ja"', {})).toBe("<p>„Ja“</p>");
    expect(await renderMarkdown('"Yes"', { lang: "en" })).toBe("<p>“Yes”</p>");
  });
});
