import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
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
/** The feeds that carry headlines and standfirsts (DESIGN.md, "URLs"). */
const FEEDS = ["rss.xml", "feed.json"];
const ARTICLES = {
  headline: "artikel/skript-in-ueberschrift/index.html",
  standfirst: "artikel/svg-im-vorspann/index.html",
};

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
    for (const [page, text] of [
      [headlinePage, HEADLINE],
      [standfirstPage, STANDFIRST],
    ] as const) {
      const contents = selectAll("meta[content]", page).map((meta) => String(meta.properties["content"]));
      for (const content of contents.filter((content) => content.includes("alert(1)"))) {
        expect(content).toContain(text);
      }
    }

    const front = await readPage(dist, "index.html");
    expect(textOf(front, "[data-kiosk=teaser] h2")).toContain(HEADLINE);
    expect(textOf(front, "[data-kiosk=teaser] p")).toContain(STANDFIRST);
  });

  it("should carry the text as it was written into every feed", async () => {
    const files = (await readdir(dist, { recursive: true })).filter((file) => /\.(xml|json)$/.test(file));
    for (const file of files) {
      const text = await readFile(join(dist, file), "utf8");
      const data: unknown = file.endsWith(".json") ? JSON.parse(text) : new XMLParser().parse(text);
      // Unescaped markup would parse as elements and break these strings apart.
      if (FEEDS.includes(file))
        expect(strings(data), file).toEqual(expect.arrayContaining([HEADLINE, STANDFIRST]));
    }
  });
});
