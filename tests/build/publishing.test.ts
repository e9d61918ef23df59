import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { READER_SETTINGS_SCRIPT } from "../../src/lib/reader-settings-script.ts";
import { publishedAndDrafts, type FixtureArticle } from "../support/fixture-articles.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

const dist = inject("publishingDist");
const HOME = "https://kiosk.example/nachrichten/";
const HOSTILE = "titel-mit-script";

let published: FixtureArticle[];
let drafts: FixtureArticle[];
beforeAll(async () => {
  ({ published, drafts } = await publishedAndDrafts(PUBLISHING.KIOSK_CONTENT_DIR));
});

/** Every file of the built site, relative to it. */
async function siteFiles(): Promise<string[]> {
  return (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1));
}

/** The file in `dist/` that a URL of the site is served from. */
function fileFor(url: string): string {
  expect(url.startsWith(HOME), url).toBe(true);
  const path = decodeURIComponent(url.slice(HOME.length));
  return join(dist, path === "" || path.endsWith("/") ? `${path}index.html` : path);
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("article head metadata", () => {
  it("should give every article its canonical URL, Open Graph, Twitter card and one NewsArticle", async () => {
    for (const article of published) {
      const page = await readPage(dist, `artikel/${article.slug}/index.html`);
      const url = `${HOME}artikel/${article.slug}/`;
      const meta = (key: string) =>
        selectAll(`meta[property="${key}"], meta[name="${key}"]`, page).map((element) =>
          String(element.properties["content"]),
        );
      expect(select("link[rel=canonical]", page)!.properties["href"]).toBe(url);
      expect(textOf(page, "title")).toEqual([article.title]);
      expect(meta("og:type")).toEqual(["article"]);
      expect(meta("og:title")).toEqual([article.title]);
      expect(meta("og:url")).toEqual([url]);
      expect(meta("og:image")).toEqual([`${url}vorschau.png`]);
      expect(meta("og:locale")).toHaveLength(1);
      expect(meta("description")).toEqual(meta("og:description"));
      expect(meta("article:published_time").map(Date.parse)).toEqual([article.date.getTime()]);
      expect(meta("article:modified_time")).toHaveLength(1);
      expect(meta("article:section")).toEqual(article.topics.slice(0, 1));
      expect(meta("article:tag")).toEqual(article.topics);
      expect(meta("twitter:card")).toEqual(["summary_large_image"]);
      expect(meta("twitter:image")).toEqual(meta("og:image"));

      const scripts = selectAll('script[type="application/ld+json"]', page);
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse(toString(scripts[0]!));
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: article.title,
        inLanguage: expect.stringMatching(/^(de|en)$/),
        isAccessibleForFree: true,
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        image: [{ url: `${url}vorschau.png`, width: 1200, height: 630 }],
        publisher: {
          "@type": "NewsMediaOrganization",
          name: "Kiosk",
          logo: { url: `${HOME}logo.png` },
          masthead: `${HOME}impressum/`,
        },
        description: meta("description")[0],
      });
      // Wire copy's agency is one Organization; authors are a list of each Person.
      for (const author of [ld.author].flat()) {
        expect(author).toMatchObject({
          "@type": expect.stringMatching(/^(Organization|Person)$/),
          name: expect.any(String),
        });
      }
      for (const key of ["datePublished", "dateModified"]) {
        // A date alone stays a date: JSON-LD invents no time for it.
        expect(ld[key]).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d))?$/);
      }
      expect(Date.parse(ld.datePublished)).toBe(article.date.getTime());
      expect(ld.articleSection).toBe(article.topics[0]);
      expect(ld.keywords).toEqual(article.topics);
    }
  });

  it("should keep a headline with </script> and quotes inside one intact JSON-LD block", async () => {
    // Parsed as a browser parses it (parse5): the reader settings, one script element for the JSON-LD, the speculation rules.
    const page = await readPage(dist, `artikel/${HOSTILE}/index.html`);
    expect(
      selectAll("script:not([src])", page).map((script) => script.properties["type"] ?? toString(script)),
    ).toEqual([READER_SETTINGS_SCRIPT, "application/ld+json", "speculationrules"]);
    expect(selectAll("script[src]", page).map((script) => script.properties["src"])).toEqual([
      "/nachrichten/reader.js",
      "/nachrichten/share.js",
    ]);
    expect(select("meta[property='og:title']", page)!.properties["content"]).toBe(
      '</script><script>alert(1)</script> "Zitat" & <!-- Kommentar',
    );
    const ld = JSON.parse(toString(select("script[type='application/ld+json']", page)!));
    expect(ld.headline).toBe('</script><script>alert(1)</script> "Zitat" & <!-- Kommentar');
    expect(ld.author.name).toBe('Agentur "</script>"');
    expect(textOf(page, "h1")).toEqual([ld.headline]);
  });
});

describe("share images", () => {
  it("should write a 1200×630 PNG for every published article and a 512×512 logo", async () => {
    for (const article of published) {
      expect(await pngSize(join(dist, `artikel/${article.slug}/vorschau.png`))).toEqual([1200, 630]);
    }
    expect(await pngSize(join(dist, "logo.png"))).toEqual([512, 512]);
  });
});

describe("sitemap and robots.txt", () => {
  let urls: string[];
  beforeAll(async () => {
    const parser = new XMLParser();
    const index = parser.parse(await readFile(join(dist, "sitemap-index.xml"), "utf8"));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    urls = [];
    for (const sitemap of sitemaps) {
      const set = parser.parse(await readFile(fileFor(sitemap), "utf8"));
      urls.push(...[set.urlset.url].flat().map((entry: { loc: string }) => entry.loc));
    }
  });

  it("should list every published article and no draft", () => {
    for (const article of published) expect(urls).toContain(`${HOME}artikel/${article.slug}/`);
    for (const draft of drafts) expect(urls.join("\n")).not.toContain(draft.slug);
  });

  it("should list only URLs that exist in dist/", () => {
    for (const url of urls) expect(existsSync(fileFor(url)), url).toBe(true);
  });

  it("should name the sitemap index in robots.txt", async () => {
    const robots = await readFile(join(dist, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${HOME}sitemap-index\\.xml$`, "m"));
  });
});

describe("drafts", () => {
  it("should appear in no page, feed, sitemap or other text file", async () => {
    const texts = (await siteFiles()).filter((file) => /\.(html|xml|json|txt)$/.test(file));
    expect(texts.length).toBeGreaterThan(10);
    for (const file of texts) {
      const text = await readFile(join(dist, file), "utf8");
      for (const draft of drafts) {
        expect(text, file).not.toContain(draft.slug);
        expect(text, file).not.toContain("Zauberbohne");
        expect(text, file).not.toContain("Entwurfsthema");
      }
    }
    expect(existsSync(join(dist, "themen/entwurfsthema"))).toBe(false);
  });
});

describe("links under KIOSK_BASE", () => {
  it("should point every link, script and stylesheet of every page into /nachrichten/", async () => {
    const pages = (await siteFiles()).filter((file) => file.endsWith(".html"));
    for (const file of pages) {
      const page = await readPage(dist, file);
      for (const element of selectAll("a[href], link[href], script[src], img[src]", page)) {
        const href = String(element.properties["href"] ?? element.properties["src"]);
        // The Impressum's and Datenschutzerklärung's contact address leads to the newsroom, not into the site.
        const legalPage = file.startsWith("impressum/") || file.startsWith("datenschutz/");
        if (legalPage && href.startsWith("mailto:") && !href.includes("?")) continue;
        // An author's profiles elsewhere, from their author file.
        if (file.startsWith("autoren/") && /^https:\/\/(?!kiosk\.example\/)/.test(href)) continue;
        // The share link mails the page's own address.
        const url = href.startsWith("mailto:") ? String(new URL(href).searchParams.get("body")) : href;
        expect(url, `${file}: ${href}`).toMatch(
          /^(\/nachrichten\/|https:\/\/kiosk\.example\/nachrichten\/|#)/,
        );
        expect(url, `${file}: ${href}`).toMatch(/(\/|\.[a-z]+|#[\w-]+)$/);
      }
    }
  });
});

describe("topics and related articles", () => {
  it("should list every topic with its count and link each topic page", async () => {
    const index = await readPage(dist, "themen/index.html");
    const entries = selectAll("[data-kiosk=topic-index] li", index).map((item) => toString(item));
    expect(entries).toEqual([
      "</script>Sicherheit (1 Artikel)",
      "EU (2 Artikel)",
      "Haushalt (1 Artikel)",
      "Verkehr (1 Artikel)",
      "Wirtschaft (2 Artikel)",
    ]);
    const eu = await readPage(dist, "themen/eu/index.html");
    expect(textOf(eu, "[data-kiosk=teaser] h2")).toEqual([
      "Containerriese läuft Hamburg an",
      "EU-Gipfel ringt um den Haushalt",
    ]);
    expect(existsSync(join(dist, "themen/script-sicherheit/index.html"))).toBe(true);
  });

  it("should end an article with earlier related articles that share its topics", async () => {
    const later = await readPage(dist, "artikel/hafen-containerriese/index.html");
    expect(selectAll("[data-kiosk=related] a", later).map((a) => a.properties["href"])).toEqual([
      "/nachrichten/artikel/eu-gipfel-haushalt/",
      "/nachrichten/artikel/port-report-english/",
    ]);
    // The earlier article does not list the later one: its page stays as it was published.
    const page = await readPage(dist, "artikel/eu-gipfel-haushalt/index.html");
    expect(selectAll("[data-kiosk=related] a", page)).toEqual([]);
    expect(selectAll("[data-kiosk=article-topics] a", page).map((a) => a.properties["href"])).toEqual([
      "/nachrichten/themen/eu/",
      "/nachrichten/themen/haushalt/",
    ]);
  });
});
