import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleChecker } from "../../src/check/check-article.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import rehypeStopOnProblems from "../../src/markdown/rehype-stop-on-problems.ts";
import * as rawHtml from "../../src/markdown/remark-raw-html-allowlist.ts";
import * as safeUrls from "../../src/markdown/remark-safe-urls.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { renderMarkdown } from "../support/markdown.ts";

describe("raw HTML in an article body", () => {
  it.each([
    ["a script element", "Text.\n\n<script>alert(1)</script>", "artikel.md:3: html: <script> is not allowed"],
    ["a style element", "<style>body{display:none}</style>", "artikel.md:1: html: <style> is not allowed"],
    [
      "an image with onerror",
      'Ein <img src="x" onerror="alert(1)"> Bild.',
      "artikel.md:1: html: <img> is not",
    ],
    ["an iframe", "Text.\n\n\n<iframe src=x></iframe>", "artikel.md:4: html: <iframe> is not allowed"],
    ["an object", '<object data="x.swf"></object>', "artikel.md:1: html: <object> is not allowed"],
    ["a form", '<form action="/x"><input></form>', "artikel.md:1: html: <form> is not allowed"],
    ["a link in HTML", 'Siehe <a href="https://x.org">hier</a>.', "artikel.md:1: html: <a> is not allowed"],
    [
      "an event handler on an allowed element",
      'Er <span onclick="alert(1)">sagte</span> nichts.',
      "artikel.md:1: html: <span onclick>: event-handler attributes are not allowed",
    ],
    [
      "a style attribute",
      'Das <b style="color:red">Wort</b>.',
      "artikel.md:1: html: <b style>: the attribute is not allowed: <b> takes no attributes",
    ],
    [
      "a span attribute beyond lang and dir",
      '<span lang="en" class="x">news</span>',
      "artikel.md:1: html: <span class>: the attribute is not allowed: <span> takes only lang, dir",
    ],
    [
      "a language that is no language tag",
      '<span lang="english please">news</span>',
      'artikel.md:1: html: <span lang>: "english please" is not a language tag',
    ],
    ["an unknown direction", '<span dir="up">x</span>', 'artikel.md:1: html: <span dir>: "up" must be ltr'],
    [
      "a time that is not a date",
      'Am <time datetime="gestern">Montag</time>.',
      'artikel.md:1: html: <time datetime>: expected an ISO date (2023-12-20) or date-time with offset (2023-12-20T09:30:00+01:00), found "gestern"',
    ],
    ["a block element", "<div>\nText\n</div>", "artikel.md:1: html: <div> is not allowed"],
    ["a lone closing tag", "Text </div> weiter.", "artikel.md:1: html: </div> is not allowed"],
    [
      "a script after a comment that ends early",
      "<!-- x --!><script>alert(1)</script>",
      "artikel.md:1: html: <script> is not allowed",
    ],
    ["a doctype", "<!DOCTYPE html>", "artikel.md:1: html: a doctype is not allowed"],
    [
      "an upper-case script inside a block",
      "<p>\nText\n<SCRIPT>alert(1)</SCRIPT>\n</p>",
      "artikel.md:3: html: <script> is not allowed",
    ],
  ])("should stop on %s, naming file and line", async (_name, markdown, message) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(message);
  });

  it("should check opening and closing tags that Markdown splits into separate nodes", async () => {
    await expect(renderMarkdown("Vor <em>dem</em> Text <u>unterstrichen</u>.")).rejects.toThrow(
      /artikel\.md:1: html: <u> is not allowed/,
    );
    // The closing tag of an element already refused in the same node adds nothing.
    expect(rawHtml.checkFragment("<u>x</u>")).toHaveLength(1);
    expect(rawHtml.checkFragment("</u>")).toHaveLength(1);
  });

  it("should accept the allowlisted inline elements with their attributes", async () => {
    const markdown = [
      'Die <abbr>UN</abbr> und <span lang="en" dir="ltr">breaking news</span>:',
      "<b>b</b> <i>i</i> <em>em</em> <strong>s</strong> <cite>c</cite> <mark>m</mark>",
      "<small>k</small> H<sub>2</sub>O m<sup>2</sup> Zeile<br>Umbruch<br/>",
      '<time datetime="2023-12-20">20. Dezember</time> <time datetime="2023-12-20T09:30:00+01:00">9.30 Uhr</time>',
      "<!-- Notiz der Redaktion -->",
    ].join("\n");
    await expect(renderMarkdown(markdown)).resolves.toContain("Die UN und breaking news");
  });

  it("should report every refused tag of a block, each on its own line", () => {
    expect(rawHtml.checkFragment('<div>\n<span onload="x">\n<iframe></iframe>\n</div>')).toEqual([
      { line: 1, message: expect.stringMatching(/^<div> is not allowed: raw HTML may only use <abbr>, /) },
      { line: 2, message: "<span onload>: event-handler attributes are not allowed" },
      { line: 3, message: expect.stringMatching(/^<iframe> is not allowed/) },
    ]);
  });
});

describe("link and image addresses in an article body", () => {
  it.each([
    [
      "a javascript: link",
      "[x](javascript:alert(1))",
      'artikel.md:1: link: "javascript:" links are not allowed',
    ],
    [
      "a hidden javascript: link",
      "[x](java&#9;script:alert(1))",
      'link: "javascript:" links are not allowed',
    ],
    ["a vbscript: link", "[x](VBScript:msgbox)", 'artikel.md:1: link: "vbscript:" links are not allowed'],
    ["a data: link", "[x](data:text/html,hallo)", 'artikel.md:1: link: "data:" links are not allowed'],
    [
      "an autolink",
      "Text.\n\n<javascript:alert(1)>",
      'artikel.md:3: link: "javascript:" links are not allowed',
    ],
    [
      "a reference definition",
      "[x][ref]\n\n[ref]: javascript:alert(1)",
      'artikel.md:3: link: "javascript:" links are not allowed',
    ],
    [
      "a data: image",
      "![x](data:image/png;base64,AAAA)",
      'artikel.md:1: image: "data:" images are not allowed',
    ],
    [
      "an image from another server",
      "![x](https://tracker.example/p.gif)",
      'artikel.md:1: image: "https://tracker.example/p.gif" is not a file next to the article',
    ],
    ["an image at the site root", "![x](/bild.jpg)", 'image: "/bild.jpg" is not a file next to the article'],
  ])("should stop on %s", async (_name, markdown, message) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(message);
  });

  it("should accept web, mail, phone, relative and fragment links and images beside the article", async () => {
    const markdown =
      "[a](https://example.org/) [b](http://example.org) [c](mailto:redaktion@example.org) " +
      "[d](tel:+4930123) [e](../andere-meldung/) [f](#absatz) <https://example.org/auto>\n\n" +
      "![Hafen](./hafen.jpg) ![Karte](bilder/karte.png)";
    // Only this plugin: whether the image files exist is remark-image-checks' business.
    const html = await renderMarkdown(
      markdown,
      {},
      { remark: [safeUrls.default], rehype: [rehypeStopOnProblems] },
    );
    expect(html).toContain('href="mailto:redaktion@example.org"');
    expect(html).toContain('src="bilder/karte.png"');
  });
});

describe("the hostile fixture articles", () => {
  const folder = join(ROOT, "tests/fixtures/hostile-markdown");
  it.each([
    ["skript-element.md", "skript-element.md:10: html: <script> is not allowed"],
    ["bild-onerror.md", "bild-onerror.md:10: html: <img> is not allowed"],
    ["iframe-einbettung.md", "iframe-einbettung.md:12: html: <iframe> is not allowed"],
    ["javascript-link.md", 'javascript-link.md:10: link: "javascript:" links are not allowed'],
  ])("should refuse %s with one problem naming its line", async (name, message) => {
    const problems = await articleChecker()(name, await readFile(join(folder, name)));
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining(message)]);
  });

  it("should have a case for every hostile fixture file", async () => {
    expect((await readdir(folder)).sort()).toEqual([
      "bild-onerror.md",
      "iframe-einbettung.md",
      "javascript-link.md",
      "skript-element.md",
    ]);
  });
});

describe("the hostile-content plugin modules", () => {
  it("should export the plugin and its check", () => {
    expect(Object.keys(rawHtml).sort()).toEqual(["checkFragment", "default"]);
    expect(Object.keys(safeUrls).sort()).toEqual(["default", "imageProblem", "linkProblem"]);
  });
});
