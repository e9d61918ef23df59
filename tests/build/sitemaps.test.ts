/**
 * The sitemaps as crawlers read them: valid by the sitemap protocol's and Google's
 * schemas (tests/fixtures/sitemap-xsd/, checked with xmllint), and each page's
 * `<lastmod>` the newest change of the articles it shows
 * (docs/decisions/104-sitemap-lastmod.md).
 */
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { runProgram } from "../../tools/run-program.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";

const HOME = "https://kiosk.example/nachrichten/";
const SCHEMAS = join(ROOT, "tests/fixtures/sitemap-xsd");
const HOUR = 60 * 60 * 1000;

/** xmllint's verdict on `file` by `schema`, never fetching anything. */
async function validate(schema: string, file: string): Promise<{ exitCode: number; output: string }> {
  return runProgram("xmllint", ["--nonet", "--noout", "--schema", join(SCHEMAS, schema), file], {
    output: "capture",
    install: "xmllint validates the sitemaps: apt-get install libxml2-utils",
  }).done;
}

/** Every `<url>` of the sitemap files: its `<lastmod>`, by `<loc>`. */
async function lastmods(dist: string): Promise<Map<string, string | undefined>> {
  const parser = new XMLParser();
  const files = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls = await Promise.all(
    files.map(async (file) => [parser.parse(await readFile(join(dist, file), "utf8")).urlset.url].flat()),
  );
  return new Map(urls.flat().map(({ loc, lastmod }: { loc: string; lastmod?: string }) => [loc, lastmod]));
}

let site: BuildResult;
let fresh: Date;

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), "kiosk-sitemaps-"));
  const write = (slug: string, fields: string) =>
    writeFile(
      join(content, `${slug}.md`),
      `---\ntitle: ${slug}\ndek: Ein Vorspann.\nsource: Test\n${fields}\n---\n\nText.\n`,
    );
  // Within the news sitemap's two days, so that it lists an article.
  fresh = new Date(Math.floor((Date.now() - HOUR) / 1000) * 1000);
  await write("frisch", `date: ${fresh.toISOString()}`);
  await write(
    "korrigiert",
    [
      "date: 2024-11-05T08:30:00+01:00",
      "updated: 2024-11-05T16:00:00+01:00",
      "topics: [Hafen]",
      "corrections:",
      "  - date: 2024-11-06T09:15:00+01:00",
      "    text: Die Sperrung gilt ab Dienstag.",
      "  - date: 2024-11-05T12:00:00+01:00",
      "    text: Die Brücke ist 3,6 Kilometer lang.",
    ].join("\n"),
  );
  // 00:30 on 5 November in Berlin, still the 4th in UTC.
  await write(
    "nach-mitternacht",
    "date: 2024-11-04T23:30:00Z\nupdated: 2024-11-05T07:00:00Z\ntopics: [Hafen]",
  );
  await write("aktualisiert", "date: 2024-11-03T10:00:00Z\nupdated: 2024-11-07T18:00:00Z");
  await write("entwurf", "date: 2024-11-08T10:00:00Z\ntopics: [Geheim]\ndraft: true");
  site = await buildSite({
    KIOSK_CONTENT_DIR: content,
    KIOSK_SITE: "https://kiosk.example",
    KIOSK_BASE: "/nachrichten/",
  });
  expect(site.exitCode, site.output).toBe(0);
});

describe("the sitemaps by their schemas", () => {
  it("should validate sitemap-index.xml by the sitemap index schema", async () => {
    const { exitCode, output } = await validate("siteindex.xsd", join(site.dist, "sitemap-index.xml"));
    expect(output).toContain("validates");
    expect(exitCode, output).toBe(0);
  });

  it("should validate every sitemap-N.xml by the sitemap schema", async () => {
    const files = (await readdir(site.dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    expect(files).not.toEqual([]);
    for (const file of files) {
      const { exitCode, output } = await validate("sitemap.xsd", join(site.dist, file));
      expect(exitCode, output).toBe(0);
    }
  });

  it("should validate news-sitemap.xml by the sitemap schema with Google's news extension", async () => {
    const file = join(site.dist, "news-sitemap.xml");
    expect(await readFile(file, "utf8")).toContain(`${HOME}artikel/frisch/`);
    const { exitCode, output } = await validate("news-sitemap.xsd", file);
    expect(exitCode, output).toBe(0);
  });
});

describe("each page's <lastmod>", () => {
  let dates: Map<string, string | undefined>;
  beforeAll(async () => {
    dates = await lastmods(site.dist);
  });

  it("should date an article by its newest change: the latest correction over an earlier update", () => {
    expect(dates.get(`${HOME}artikel/korrigiert/`)).toBe("2024-11-06T08:15:00.000Z");
    expect(dates.get(`${HOME}artikel/aktualisiert/`)).toBe("2024-11-07T18:00:00.000Z");
    expect(dates.get(`${HOME}artikel/frisch/`)).toBe(fresh.toISOString());
    expect(dates.get(`${HOME}korrekturen/`)).toBe("2024-11-06T08:15:00.000Z");
  });

  it("should date a topic page and an archive day by the newest change of the articles they show", () => {
    expect(dates.get(`${HOME}themen/hafen/`)).toBe("2024-11-06T08:15:00.000Z");
    // Berlin's day: the article after midnight is on the 5th, beside the corrected one.
    expect(dates.get(`${HOME}archiv/2024/11/05/`)).toBe("2024-11-06T08:15:00.000Z");
    expect(dates.has(`${HOME}archiv/2024/11/04/`)).toBe(false);
    expect(dates.get(`${HOME}archiv/2024/11/03/`)).toBe("2024-11-07T18:00:00.000Z");
    expect(dates.get(HOME)).toBe(fresh.toISOString());
  });

  it("should give no date to pages that show no article, and list no draft", () => {
    for (const path of ["impressum/", "datenschutz/", "suche/"]) {
      expect(dates.has(`${HOME}${path}`), path).toBe(true);
      expect(dates.get(`${HOME}${path}`), path).toBeUndefined();
    }
    expect([...dates.keys()].filter((url) => /entwurf|geheim/.test(url))).toEqual([]);
  });

  it("should date each sitemap file in the index by its newest page", async () => {
    const index = new XMLParser().parse(await readFile(join(site.dist, "sitemap-index.xml"), "utf8"));
    expect([index.sitemapindex.sitemap].flat().map(({ lastmod }: { lastmod: string }) => lastmod)).toEqual([
      fresh.toISOString(),
    ]);
  });
});
