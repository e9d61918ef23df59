import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SEGMENTS } from "../../src/consts.ts";
import { pageShareImagePath } from "../../src/lib/urls.ts";
import { treeFiles } from "../support/build-site.ts";
import { PUBLISHING } from "../support/global-setup.ts";

/**
 * The shared sites between them: the demo; a base path, authors and pages of the
 * newsroom's own (publishing); a name, an English interface and pages (publication);
 * named sections, several days of archive and, in the smallest, sections without an
 * article yet (the generated newsrooms).
 */
const SITES = () => [
  { name: "the demo", dist: inject("siteDist"), base: "/" },
  { name: "the publishing fixture", dist: inject("publishingDist"), base: PUBLISHING.KIOSK_BASE },
  { name: "the publication fixture", dist: inject("publicationDist"), base: "/" },
  ...inject("newsrooms").map(({ articles, dist }) => ({
    name: `the newsroom of ${articles} articles`,
    dist,
    base: "/",
  })),
];

/** Every built HTML page that is not an article or the 404 page, by its address under `base`. */
async function otherPages(dist: string, base: string): Promise<string[]> {
  return (await treeFiles(dist))
    .filter((file) => file === "index.html" || file.endsWith("/index.html"))
    .filter((file) => !file.startsWith(`${SEGMENTS.article}/`))
    .map((file) => `${base}${file.slice(0, -"index.html".length)}`);
}

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The file of a page's card in the built site. */
const cardFile = (dist: string, base: string, page: string) =>
  join(dist, decodeURIComponent(pageShareImagePath(page).slice(base.length)));

describe("the share cards of pages that are not articles", () => {
  it.each(SITES().map((site) => [site.name, site] as const))(
    "should give every page of %s a 1200×630 card in its folder or its list's",
    async (_, { dist, base }) => {
      const pages = await otherPages(dist, base);
      // The kinds of page the site has, so that a missing kind cannot pass unseen.
      expect(pages).toContain(base);
      expect(pages).toContain(`${base}${SEGMENTS.topics}/`);
      expect(pages).toContain(`${base}${SEGMENTS.archive}/`);
      expect(pages).toContain(`${base}impressum/`);
      const missing: string[] = [];
      for (const page of pages) {
        try {
          expect(await pngSize(cardFile(dist, base, page))).toEqual([1200, 630]);
        } catch {
          missing.push(page);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it("should have pages of every kind among the sites", async () => {
    const pages = (await Promise.all(SITES().map(({ dist, base }) => otherPages(dist, base)))).flat();
    for (const kind of [/\/themen\/[^/]+\/$/, /\/autoren\/[^/]+\/$/, /\/archiv\/\d{4}\/\d{2}\/\d{2}\/$/])
      expect(
        pages.some((page) => kind.test(page)),
        String(kind),
      ).toBe(true);
    expect(pages).toContain("/korrekturen/");
    expect(pages).toContain("/suche/");
    expect(pages).toContain("/datenschutz/");
  });

  it("should draw each page's own title: two topics, two cards", async () => {
    const dist = inject("frontDist");
    const topics = (await otherPages(dist, "/")).filter((page) => /^\/themen\/[^/]+\/$/.test(page));
    expect(topics.length).toBeGreaterThanOrEqual(2);
    const [first, second] = await Promise.all(
      topics.slice(0, 2).map((page) => readFile(cardFile(dist, "/", page))),
    );
    expect(first!.equals(second!)).toBe(false);
  });
});
