/**
 * Frontmatter is editor text and lands in HTML, attributes, JSON-LD and feeds; wherever
 * it lands it stays text (README, "Security"; docs/decisions/024 for the head metadata
 * and JSON-LD, 020 for the feeds).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { READER_SETTINGS_SCRIPT } from "../../src/lib/reader-settings-script.ts";
import { buildSite } from "../support/build-site.ts";
import { htmlFiles, readPage, select, selectAll, textOf, toString } from "../support/html.ts";

const HEADLINE = "</script><script>alert(1)</script>";
const STANDFIRST = '"><svg onload=alert(1)>';
/** `type`s of a script element that browsers run (others are data blocks). */
const RUNS = ["", "text/javascript", "application/javascript", "module"];
/** The feeds, which carry each article's headline and standfirst (README, "Publishing and discovery"). */
const FEEDS = { rss: "rss.xml", json: "feed.json" };
const ARTICLES = {
  headline: "artikel/skript-in-ueberschrift/index.html",
  standfirst: "artikel/svg-im-vorspann/index.html",
};
/** Head metadata that carries the headline, and the standfirst (docs/decisions/024). */
const HEADLINE_META = [
  'meta[property="og:title"]',
  'meta[property="og:image:alt"]',
  'meta[name="twitter:title"]',
  'meta[name="twitter:image:alt"]',
];
const STANDFIRST_META = [
  'meta[name="description"]',
  'meta[property="og:description"]',
  'meta[name="twitter:description"]',
];

/** Every string in parsed XML or JSON, for feeds and other data files. */
function strings(data: unknown): string[] {
  if (typeof data === "string") return [data];
  if (data && typeof data === "object") return Object.values(data).flatMap(strings);
  return [];
}

describe("frontmatter that tries to inject markup", () => {
  let dist: string;
  beforeAll(async () => {
    const site = await buildSite({ KIOSK_CONTENT_DIR: "tests/fixtures/hostile-frontmatter" });
    if (site.exitCode !== 0)
      throw new Error(`The hostile-frontmatter fixtures do not build:\n${site.output}`);
    dist = site.dist;
  });

  it("should build pages that hold no element or attribute it tried to inject", async () => {
    const injected: string[] = [];
    for (const file of await htmlFiles(dist)) {
      visit(await readPage(dist, file), "element", (element: Element) => {
        if (element.tagName === "svg") injected.push(`${file}: <svg>`);
        for (const name of Object.keys(element.properties)) {
          if (/^on/i.test(name)) injected.push(`${file}: <${element.tagName} ${name}>`);
        }
        if (element.tagName !== "script") return;
        const type = String(element.properties["type"] ?? "");
        // JSON-LD must stay data; any script that runs must be a file of the site or the reader settings.
        if (type === "application/ld+json") JSON.parse(toString(element));
        const settings = !element.properties["src"] && toString(element) === READER_SETTINGS_SCRIPT;
        if (RUNS.includes(type) && !settings && (!element.properties["src"] || toString(element).trim())) {
          injected.push(`${file}: inline script`);
        }
      });
    }
    expect(injected).toEqual([]);
  });

  it("should show the text as it was written wherever it lands in HTML", async () => {
    const headlinePage = await readPage(dist, ARTICLES.headline);
    expect(textOf(headlinePage, "h1")).toEqual([HEADLINE]);
    expect(textOf(headlinePage, "title")[0]).toContain(HEADLINE);
    expect(textOf(headlinePage, "[data-kiosk=dateline]")).toEqual(["</script><script>alert(2)</script>"]);
    for (const data of selectAll('script[type="application/ld+json"]', headlinePage)) {
      expect(strings(JSON.parse(toString(data)))).toContain(HEADLINE);
    }

    const standfirstPage = await readPage(dist, ARTICLES.standfirst);
    expect(textOf(standfirstPage, "[data-kiosk=standfirst]")).toEqual([STANDFIRST]);
    expect(select("meta[name=description]", standfirstPage)!.properties["content"]).toBe(STANDFIRST);
    expect(textOf(standfirstPage, "[data-kiosk=source]")[0]).toContain('"><svg onload=alert(2)>');

    // Head metadata (description, Open Graph, Twitter) carries it whole, never cut.
    for (const [page, text, selectors] of [
      [headlinePage, HEADLINE, HEADLINE_META],
      [standfirstPage, STANDFIRST, STANDFIRST_META],
    ] as const) {
      for (const selector of selectors) {
        expect(
          selectAll(selector, page).map((meta) => meta.properties["content"]),
          selector,
        ).toEqual([text]);
      }
    }

    const front = await readPage(dist, "index.html");
    expect(textOf(front, "[data-kiosk=teaser] h2")).toContain(HEADLINE);
    expect(textOf(front, "[data-kiosk=teaser] p")).toContain(STANDFIRST);
  });

  it("should carry the text as it was written into every feed", async () => {
    const read = (file: string) => readFile(join(dist, file), "utf8");
    // Unescaped markup would parse as elements and break these strings apart.
    const rss = new XMLParser({ isArray: (name) => name === "item" }).parse(await read(FEEDS.rss)) as {
      rss: { channel: { item: { link: string; title: string; description: string }[] } };
    };
    const json = JSON.parse(await read(FEEDS.json)) as {
      items: { url: string; title: string; summary: string }[];
    };
    const items = [
      ...rss.rss.channel.item.map(({ link, title, description }) => ({
        feed: FEEDS.rss,
        link,
        title,
        description,
      })),
      ...json.items.map(({ url, title, summary }) => ({
        feed: FEEDS.json,
        link: url,
        title,
        description: summary,
      })),
    ];
    for (const [path, field, text] of [
      [ARTICLES.headline, "title", HEADLINE],
      [ARTICLES.standfirst, "description", STANDFIRST],
    ] as const) {
      const link = path.replace(/index\.html$/, "");
      const found = items.filter((item) => item.link.endsWith(`/${link}`));
      expect(
        found.map((item) => item.feed),
        link,
      ).toEqual([FEEDS.rss, FEEDS.json]);
      for (const item of found) expect(item[field], `${item.feed}: ${link}`).toBe(text);
    }
  });

  it("should write the feeds and every other data file as valid XML or JSON", async () => {
    const files = (await readdir(dist, { recursive: true })).filter((file) => /\.(xml|json)$/.test(file));
    expect(files).toEqual(expect.arrayContaining(Object.values(FEEDS)));
    for (const file of files) {
      const text = await readFile(join(dist, file), "utf8");
      if (file.endsWith(".json")) expect(() => JSON.parse(text), file).not.toThrow();
      else expect(XMLValidator.validate(text), file).toBe(true);
    }
  });
});
