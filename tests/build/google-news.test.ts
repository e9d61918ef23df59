/**
 * What Google News and Discover read: the news sitemap and robots.txt, the robots meta
 * of article pages, and lead images at 1,200 px (docs/decisions/072-news-sitemap.md).
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { buildSite } from "../support/build-site.ts";
import { publishedAndDrafts, type FixtureArticle } from "../support/fixture-articles.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { readPage, select, selectAll } from "../support/html.ts";
import { readNewsSitemap, type NewsSitemapEntry } from "../support/news-sitemap.ts";

const dist = inject("publishingDist");
const HOME = "https://kiosk.example/nachrichten/";
const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

let published: FixtureArticle[];
let drafts: FixtureArticle[];
beforeAll(async () => {
  ({ published, drafts } = await publishedAndDrafts(PUBLISHING.KIOSK_CONTENT_DIR));
});

describe("/news-sitemap.xml", () => {
  let xml: string;
  let sitemap: ReturnType<typeof readNewsSitemap>;
  let entries: NewsSitemapEntry[];
  beforeAll(async () => {
    xml = await readFile(join(dist, "news-sitemap.xml"), "utf8");
    sitemap = readNewsSitemap(xml);
    entries = sitemap.entries;
  });

  it("should be valid XML: a sitemap urlset with Google's news namespace", () => {
    expect(sitemap.namespaces).toEqual({
      sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
      news: "http://www.google.com/schemas/sitemap-news/0.9",
    });
  });

  it("should list exactly the published articles of the two days before the build, newest first", () => {
    // The build ran before this test; the fixture's articles are from 2024, so this is
    // most likely none: then no stale article may be listed either.
    const now = Date.now();
    const fresh = published.filter((article) => article.date.getTime() >= now - TWO_DAYS);
    expect(entries.map((entry) => entry.loc)).toEqual(fresh.map(({ slug }) => `${HOME}artikel/${slug}/`));
    for (const entry of entries) {
      const date = Date.parse(entry["news:news"]["news:publication_date"]);
      expect(date).toBeGreaterThanOrEqual(now - TWO_DAYS - 60 * 60 * 1000);
      expect(date).toBeLessThanOrEqual(now);
      expect(entry["news:news"]["news:publication"]["news:name"]).toBe("Kiosk");
      expect(existsSync(join(dist, entry.loc.slice(HOME.length), "index.html")), entry.loc).toBe(true);
    }
    for (const draft of drafts) expect(xml).not.toContain(draft.slug);
  });

  it("should be named in robots.txt beside the sitemap index", async () => {
    const robots = await readFile(join(dist, "robots.txt"), "utf8");
    expect(robots.match(/^Sitemap: .*$/gm)).toEqual([
      `Sitemap: ${HOME}sitemap-index.xml`,
      `Sitemap: ${HOME}news-sitemap.xml`,
    ]);
  });
});

describe("/news-sitemap.xml of a build with articles of the last hours", () => {
  const HOUR = 60 * 60 * 1000;
  const TITLE = `Frisch & neu: </script> "Zitat"`;
  let entries: NewsSitemapEntry[];
  let fresh: Date;
  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), "kiosk-news-"));
    fresh = new Date(Math.floor((Date.now() - HOUR) / 1000) * 1000);
    const write = (slug: string, fields: string) =>
      writeFile(
        join(content, `${slug}.md`),
        `---\n${fields}\ndek: Ein Vorspann.\nsource: Test\n---\n\nText.\n`,
      );
    await write("frisch", `title: '${TITLE.replace(/'/g, "''")}'\ndate: ${fresh.toISOString()}\nlang: en`);
    await write("vor-drei-tagen", `title: Alt\ndate: ${new Date(Date.now() - 72 * HOUR).toISOString()}`);
    await write(
      "frischer-entwurf",
      `title: Entwurf\ndate: ${new Date(Date.now() - HOUR).toISOString()}\ndraft: true`,
    );
    const site = await buildSite({
      KIOSK_CONTENT_DIR: content,
      KIOSK_SITE: "https://kiosk.example",
      KIOSK_BASE: "/nachrichten/",
    });
    expect(site.exitCode, site.output).toBe(0);
    entries = readNewsSitemap(await readFile(join(site.dist, "news-sitemap.xml"), "utf8")).entries;
  });

  it("should list the fresh article with every field, and neither the stale one nor the fresh draft", () => {
    expect(entries).toEqual([
      {
        loc: `${HOME}artikel/frisch/`,
        "news:news": {
          "news:publication": { "news:name": "Kiosk", "news:language": "en" },
          "news:publication_date": fresh.toISOString(),
          "news:title": TITLE,
        },
      },
    ]);
  });
});

describe("article pages for Google Discover", () => {
  it("should allow large image previews on every article page", async () => {
    for (const article of published) {
      const page = await readPage(dist, `artikel/${article.slug}/index.html`);
      expect(
        selectAll('meta[name="robots"]', page).map((meta) => meta.properties["content"]),
        article.slug,
      ).toEqual(["max-image-preview:large"]);
    }
  });

  it("should offer a lead image at 1,200 px when its source is that wide", async () => {
    const fixture = inject("articlesTwoDist");
    const source = await jpegWidth(join(ROOT, "tests/fixtures/articles-two/hafen-hamburg.jpg"));
    expect(source).toBeGreaterThanOrEqual(1200);
    const page = await readPage(fixture, "artikel/hafen-hamburg-containerumschlag/index.html");
    const srcset = String(select("[data-kiosk=article-image] img", page)!.properties["srcSet"]);
    const candidates = srcset.split(",").map((candidate) => candidate.trim().split(/\s+/));
    const widths = candidates.map(([, descriptor]) => Number(descriptor!.replace(/w$/, "")));
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(1200);
    for (const [url] of candidates) expect(existsSync(join(fixture, url!)), url).toBe(true);
  });
});

/** A baseline or progressive JPEG's width, from its start-of-frame marker. */
async function jpegWidth(file: string): Promise<number> {
  const bytes = await readFile(file);
  expect(bytes.readUInt16BE(0)).toBe(0xffd8);
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes.readUInt16BE(offset);
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
      return bytes.readUInt16BE(offset + 7);
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  throw new Error(`${file}: no start-of-frame marker`);
}
