import { access, copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { imageSizeFromFile } from "image-size/fromFile";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_MANIFEST } from "../../src/astro-internals.ts";
import { ASTRO_CACHE } from "../../src/kept-stores.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { buildSite } from "../support/build-site.ts";
import { corpusSlug, writeCorpus } from "../support/corpus.ts";
import { readPage, select, selectAll, toString } from "../support/html.ts";
import { subresources, transferSize } from "../support/page-weight.ts";

const IMAGE = join(ROOT, "tests/fixtures/articles-two/hafen-hamburg.jpg");
const ALT = "Containerschiffe am Kai, davor ein Schlepper";
/** Odd articles of the corpus are about the harbour: its topic page lists them, newest first. */
const HARBOUR = "themen/hafen/index.html";
const WITHOUT_IMAGE = "ohne-bild";

describe("thumbnails in teasers", () => {
  let root: string;
  let dist: string;
  let harbour: Root;
  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), "kiosk-thumbnails-"));
    await writeCorpus(content, 6, 1, [`image:\n  src: ./hafen.jpg\n  alt: ${ALT}`]);
    await copyFile(IMAGE, join(content, "hafen.jpg"));
    await writeFile(
      join(content, `${WITHOUT_IMAGE}.md`),
      "---\ntitle: Eine Meldung ohne Bild\ndek: Ohne Bild.\ndate: 2024-11-01T08:00:00Z\n" +
        "source: Kiosk-Testredaktion\ntopics: [Hafen]\n---\n\nText.\n",
    );
    const site = await buildSite({ KIOSK_CONTENT_DIR: content });
    expect(site.exitCode, site.output).toBe(0);
    root = site.root;
    dist = site.dist;
    harbour = await readPage(dist, HARBOUR);
  });

  const teasers = () => selectAll("[data-kiosk=teaser]", harbour);
  const linkOf = (teaser: Element) => String(select(".teaser-title a", teaser)?.properties["href"]);

  it("should show the lead image's thumbnail, with its alt text, in the teasers of articles that have one", () => {
    expect(teasers().map(linkOf)).toEqual(
      [1, 3, 5].map((n) => `/artikel/${corpusSlug(n)}/`).concat(`/artikel/${WITHOUT_IMAGE}/`),
    );
    expect(teasers().map((teaser) => selectAll("img", teaser).map((img) => img.properties["alt"]))).toEqual([
      [ALT],
      [ALT],
      [ALT],
      [],
    ]);
  });

  it("should leave the headline the teaser's one link, the picture outside it", () => {
    for (const teaser of teasers()) {
      expect(
        selectAll("a", teaser).map((link) => toString(link)),
        linkOf(teaser),
      ).toEqual([toString(select(".teaser-title", teaser)!)]);
      expect(selectAll("a img", teaser)).toEqual([]);
    }
  });

  it("should give each thumbnail its size, responsive candidates from the site, and load only the first at once", async () => {
    const source = await imageSizeFromFile(IMAGE);
    const images = selectAll("[data-kiosk=teaser] img", harbour);
    expect(images.map((img) => img.properties["loading"])).toEqual(["eager", "lazy", "lazy"]);
    for (const img of images) {
      const { width, height, srcSet, sizes, fetchPriority } = img.properties;
      // Width and height hold the picture's place before it loads: no layout shift.
      expect(Number(width) / Number(height)).toBeCloseTo(source.width / source.height, 2);
      expect(String(sizes)).not.toBe("");
      expect(fetchPriority).toBeUndefined();
      const candidates = String(srcSet)
        .split(",")
        .map((candidate) => candidate.trim().split(/\s+/));
      expect(candidates.length).toBeGreaterThan(1);
      for (const [url, descriptor] of candidates) {
        expect(descriptor).toMatch(/^\d+w$/);
        await access(join(dist, url!));
      }
    }
  });

  it("should load thumbnails after the first paint, the front's within its budget", async () => {
    for (const file of [HARBOUR, "index.html"]) {
      const page = await readPage(dist, file);
      const { blocking, later } = subresources(page);
      expect(blocking, file).toEqual([]);
      const thumbnails = selectAll("[data-kiosk=teaser] img", page).map((img) =>
        String(img.properties["src"]).slice(1),
      );
      expect(thumbnails.length, file).toBeGreaterThan(0);
      expect(later, file).toEqual(expect.arrayContaining(thumbnails));
    }
    expect(await transferSize(dist, "index.html")).toBeLessThanOrEqual(20 * 1024);
  });

  it("should leave the photos' images out of Astro's record of the pages, one string that bounds the archive", async () => {
    const record = JSON.parse(await readFile(join(root, ASTRO_CACHE, PAGE_MANIFEST.file), "utf8")) as {
      routes: Record<string, { paths: Record<string, { staticImages?: { finalPath: string }[] }> }>;
    };
    const pages = Object.values(record.routes).flatMap((route) => Object.values(route.paths));
    // The front page, the topic's page, the day's page and each article's page show the photo.
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap((page) => page.staticImages ?? []).map((image) => image.finalPath)).toEqual([]);
  });
});
