import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { corpusSlug, writeCorpus } from "../support/corpus.ts";

/**
 * Feeds and sitemaps stay within their bounds however large the archive grows: each
 * feed holds the newest 50 articles (`FEED_SIZE` in src/data/feed.ts), and no sitemap
 * file lists more than the protocol's 50,000 URLs. To see the split without building
 * 50,000 pages, this test's copy of the project sets the limit to 10 in its
 * `astro.config.mjs` (the one line it changes) and builds a corpus of 55 articles.
 */
const FEED_SIZE = 50;
const ARTICLES = FEED_SIZE + 5;
const LIMIT = "entryLimit: 50_000,";
const SMALL_LIMIT = 10;
const HOME = "https://kiosk.example/";

const parser = new XMLParser();
let site: BuildResult;

beforeAll(async () => {
  const root = await copyProject();
  const config = await readFile(join(root, "astro.config.mjs"), "utf8");
  expect(config.split(LIMIT), `astro.config.mjs sets ${LIMIT} once`).toHaveLength(2);
  await writeFile(join(root, "astro.config.mjs"), config.replace(LIMIT, `entryLimit: ${SMALL_LIMIT},`));
  const content = await mkdtemp(join(tmpdir(), `kiosk-${ARTICLES}-`));
  await writeCorpus(content, ARTICLES, 1);
  site = await buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_SITE: HOME.slice(0, -1) }, root);
  expect(site.exitCode, site.output).toBe(0);
});

/** The file in dist/ that a URL of the site names. */
const fileFor = (url: string) => join(site.dist, url.slice(HOME.length));

describe("sitemaps split at the limit", () => {
  let files: string[];
  let listed: string[][];
  beforeAll(async () => {
    const index = parser.parse(await readFile(join(site.dist, "sitemap-index.xml"), "utf8"));
    files = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    listed = await Promise.all(
      files.map(async (file) => {
        const set = parser.parse(await readFile(fileFor(file), "utf8"));
        return [set.urlset.url].flat().map((entry: { loc: string }) => entry.loc);
      }),
    );
  });

  it("should list every sitemap file of dist/ in the index, and only those", async () => {
    const written = (await readdir(site.dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    expect(files.map((file) => file.slice(HOME.length)).toSorted()).toEqual(written.toSorted());
  });

  it(`should fill files of ${SMALL_LIMIT} URLs and put the rest in the last one`, () => {
    expect(files.length).toBeGreaterThan(1);
    expect(files).toHaveLength(Math.ceil(listed.flat().length / SMALL_LIMIT));
    for (const urls of listed.slice(0, -1)) expect(urls).toHaveLength(SMALL_LIMIT);
    expect(listed.at(-1)!.length).toBeLessThanOrEqual(SMALL_LIMIT);
  });

  it("should list every page of dist/ in exactly one file", async () => {
    const pages = (await readdir(site.dist, { recursive: true }))
      .filter((path) => path === "index.html" || path.endsWith("/index.html"))
      .map((path) => `${HOME}${path.slice(0, -"index.html".length)}`);
    const urls = listed.flat();
    expect(urls.toSorted()).toEqual(pages.toSorted());
    expect(new Set(urls).size).toBe(urls.length);
    for (let n = 1; n <= ARTICLES; n++) expect(urls).toContain(`${HOME}artikel/${corpusSlug(n)}/`);
  });
});

describe(`feeds of ${ARTICLES} articles`, () => {
  const newest = Array.from({ length: FEED_SIZE }, (_, i) => `${HOME}artikel/${corpusSlug(i + 1)}/`);

  it(`should hold the newest ${FEED_SIZE} in /rss.xml, newest first`, async () => {
    const rss = parser.parse(await readFile(join(site.dist, "rss.xml"), "utf8"));
    expect([rss.rss.channel.item].flat().map((item: { link: string }) => item.link)).toEqual(newest);
  });

  it(`should hold the newest ${FEED_SIZE} in /feed.json, newest first`, async () => {
    const feed = JSON.parse(await readFile(join(site.dist, "feed.json"), "utf8"));
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(newest);
  });
});
