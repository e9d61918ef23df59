import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/lib/pagination.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { writeCorpus } from "../support/corpus.ts";
import { readPage, select, selectAll } from "../support/html.ts";

const BASE = "/nachrichten/";
/**
 * More articles than the front page shows, over several days, and a topic (every other
 * article) with numbered pages; the expectations come from the built pages and the
 * articles' files, not from this.
 */
const COUNT = 2 * PAGE_SIZE + 5;

/** One generated article as its file says: its URL, time and topics. */
interface CorpusArticle {
  url: string;
  time: number;
  topics: string[];
}

describe(`a corpus of ${COUNT} articles under ${BASE}`, () => {
  let site: BuildResult;
  let corpus: CorpusArticle[];
  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), `kiosk-${COUNT}-`));
    await writeCorpus(content, COUNT, 1);
    corpus = await readCorpus(content);
    site = await buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_BASE: BASE });
    expect(site.exitCode, site.output).toBe(0);
  });

  /** The articles, read back from their frontmatter; the tests expect what the files say. */
  async function readCorpus(dir: string): Promise<CorpusArticle[]> {
    const files = (await readdir(dir)).filter((file) => file.endsWith(".md"));
    return Promise.all(
      files.map(async (file) => {
        const text = await readFile(join(dir, file), "utf8");
        const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(text)![1]!;
        return {
          url: `${BASE}artikel/${file.replace(/\.md$/, "")}/`,
          time: Date.parse(field("date")),
          topics: field("topics")
            .replace(/^\[|\]$/g, "")
            .split(", "),
        };
      }),
    );
  }

  /** URLs of the articles a list should show, newest first. */
  const newestFirst = (articles: CorpusArticle[]) =>
    articles.toSorted((a, b) => b.time - a.time).map((article) => article.url);
  const withTopic = (topic: string) => corpus.filter((article) => article.topics.includes(topic));

  /** Teaser links and the newer/older links of one list page. */
  async function listPage(url: string) {
    const page = await readPage(site.dist, `${url.slice(BASE.length)}index.html`);
    const nav = select("nav[data-kiosk=pagination]", page);
    return {
      url,
      teasers: selectAll("[data-kiosk=teaser] h2 a", page).map((a) => String(a.properties["href"])),
      label: nav?.properties["ariaLabel"],
      newer: select("a[rel=prev]", page)?.properties["href"],
      older: select("a[rel=next]", page)?.properties["href"],
    };
  }

  /** Folders `seite/<n>/` under a list: its numbered pages. */
  async function numberedPages(list: string): Promise<string[]> {
    const folder = join(site.dist, list.slice(BASE.length), "seite");
    if (!existsSync(folder)) return [];
    return (await readdir(folder)).map((page) => `${list}seite/${page}/`).sort();
  }

  /** The links of an archive page's index (years, months or days). */
  /** The links of an archive page's own index: the years' list, a year's months, a month's calendar. */
  async function archiveLinks(url: string, index: string): Promise<string[]> {
    const page = await readPage(site.dist, `${url.slice(BASE.length)}index.html`);
    return selectAll(`[data-kiosk=${index}] a`, page).map((a) => String(a.properties["href"]));
  }

  /** The calendar day of a time in the newsroom's zone, as an archive URL. */
  const dayUrl = (time: number) => {
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(time);
    return `${BASE}archiv/${day.replaceAll("-", "/")}/`;
  };

  it("should show the newest articles on the front page and lead from it to the archive", async () => {
    const front = await listPage(BASE);
    // The newest leads; every article on the front is one of the newest, once.
    expect(front.teasers[0]).toBe(newestFirst(corpus)[0]);
    expect(new Set(front.teasers).size).toBe(front.teasers.length);
    for (const url of front.teasers) expect(newestFirst(corpus).slice(0, 2 * PAGE_SIZE)).toContain(url);
    expect(front.older).toBe(`${BASE}archiv/`);
    expect(front.label).toBe("Seiten");
    expect(existsSync(join(site.dist, "seite"))).toBe(false);
  });

  it("should reach every article once through the archive's years, months and days", async () => {
    const days: string[] = [];
    for (const year of await archiveLinks(`${BASE}archiv/`, "archive-index"))
      for (const month of await archiveLinks(year, "month-grid"))
        days.push(...(await archiveLinks(month, "calendar")));
    const listed = new Map<string, string>();
    for (const day of days) {
      const { teasers } = await listPage(day);
      expect(teasers.length, day).toBeGreaterThan(0);
      for (const url of teasers) {
        expect(listed.has(url), `${url} listed twice`).toBe(false);
        listed.set(url, day);
      }
      // Newest first within the day.
      expect(teasers).toEqual(newestFirst(corpus.filter((article) => teasers.includes(article.url))));
    }
    expect([...listed.keys()].sort()).toEqual(corpus.map((article) => article.url).sort());
    for (const article of corpus) expect(listed.get(article.url), article.url).toBe(dayUrl(article.time));
    expect(new Set(days).size, "a day linked twice").toBe(days.length);
  });

  it("should count a topic's numbered pages from its oldest articles, linked both ways", async () => {
    const hafen = newestFirst(withTopic("Hafen"));
    expect(hafen.length, "the topic should need numbered pages").toBeGreaterThan(PAGE_SIZE);
    const list = `${BASE}themen/hafen/`;
    const own = await listPage(list);
    expect(own.teasers).toEqual(hafen.slice(0, PAGE_SIZE));
    const numbered = await numberedPages(list);
    expect(numbered).toEqual(
      Array.from(
        { length: Math.ceil(hafen.length / PAGE_SIZE) },
        (_, index) => `${list}seite/${index + 1}/`,
      ).sort(),
    );
    // Page 1 holds the oldest articles, and keeps them however many follow.
    const oldestFirst = hafen.toReversed();
    const pages = await Promise.all(numbered.map(listPage));
    pages.forEach((page, index) => {
      expect(page.teasers, page.url).toEqual(
        oldestFirst.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE).reverse(),
      );
      expect(page.older, page.url).toBe(numbered[index - 1]);
      expect(page.newer, page.url).toBe(numbered[index + 1] ?? list);
    });
    // The own page leads to the numbered page of the first article it leaves out.
    const next = pages.find((page) => page.url === own.older)!;
    expect(next.teasers).toContain(hafen[PAGE_SIZE]);
  });

  it("should show no pagination on a topic that fits one page", async () => {
    const wirtschaft = withTopic("Wirtschaft");
    expect(wirtschaft.length, "the topic should fit one page").toBeLessThanOrEqual(PAGE_SIZE);
    const page = await listPage(`${BASE}themen/wirtschaft/`);
    expect(page.teasers).toEqual(newestFirst(wirtschaft));
    expect(page.label).toBeUndefined();
    expect(await numberedPages(`${BASE}themen/wirtschaft/`)).toEqual([]);
  });
});
