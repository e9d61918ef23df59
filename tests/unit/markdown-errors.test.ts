import { describe, expect, it } from "vitest";
import rehypeStopOnProblems from "../../src/markdown/rehype-stop-on-problems.ts";
import remarkBasePathLinks from "../../src/markdown/remark-base-path-links.ts";
import remarkImageChecks from "../../src/markdown/remark-image-checks.ts";
import remarkPullQuote from "../../src/markdown/remark-pull-quote.ts";
import remarkRawHtmlAllowlist from "../../src/markdown/remark-raw-html-allowlist.ts";
import remarkSafeUrls from "../../src/markdown/remark-safe-urls.ts";
import remarkTypography from "../../src/markdown/remark-typography.ts";
import remarkUnknownDirectives from "../../src/markdown/remark-unknown-directives.ts";
import * as plugins from "../../src/markdown/plugins.ts";
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

  it("should accept a pull quote that differs from the text only in quotes, case and spaces", async () => {
    const html = await renderMarkdown(
      '"Wir drängen darauf", sagte er.\n\n:::pullquote{by="Joe Biden"}\n„WIR drängen\ndarauf“\n:::',
    );
    expect(html).toContain('role="doc-pullquote"');
  });
});

describe("the plugin modules", () => {
  it("should export the pipeline in order", () => {
    expect(Object.keys(plugins).sort()).toEqual(["checkingRemarkPlugins", "rehypePlugins", "remarkPlugins"]);
    expect(plugins.remarkPlugins.slice(1)).toEqual([
      remarkUnknownDirectives,
      remarkPullQuote,
      remarkImageChecks,
      remarkRawHtmlAllowlist,
      remarkSafeUrls,
      [remarkBasePathLinks, { base: "/" }],
      remarkTypography,
    ]);
    expect(plugins.rehypePlugins.at(-1)).toBe(rehypeStopOnProblems);
  });

  it("should fall back to German for files without a language", async () => {
    expect(await renderMarkdown('"Ja"', {})).toBe("<p>„Ja“</p>");
    expect(await renderMarkdown('"Yes"', { lang: "en" })).toBe("<p>“Yes”</p>");
  });
});
