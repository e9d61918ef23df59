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
 * Enough articles for three front pages and a topic (every other article) of two; the
 * expectations below come from the built pages and the articles' files, not from this.
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

  /** Teaser links, previous/next and the current page of one list page. */
  async function listPage(url: string) {
    const page = await readPage(site.dist, `${url.slice(BASE.length)}index.html`);
    const nav = select("nav[data-kiosk=pagination]", page);
    return {
      url,
      teasers: selectAll("[data-kiosk=teaser] h2 a", page).map((a) => String(a.properties["href"])),
      label: nav?.properties["ariaLabel"],
      prev: select("a[rel=prev]", page)?.properties["href"],
      next: select("a[rel=next]", page)?.properties["href"],
      current: nav && select("a[aria-current=page]", nav)?.properties["href"],
      numbers: nav ? selectAll("a:not([rel])", nav).map((a) => String(a.properties["href"])) : [],
    };
  }

  /** Every page of a list, from its first page along the `rel=next` links. */
  async function listPages(first: string) {
    const pages = [await listPage(first)];
    for (let next = pages[0]!.next; next; next = pages.at(-1)!.next) {
      expect(pages.length, "a list should end").toBeLessThan(COUNT + 1);
      pages.push(await listPage(String(next)));
    }
    return pages;
  }

  /** Folders `seite/<n>/` under a list: its pages after the first. */
  async function numberedPages(list: string): Promise<string[]> {
    const folder = join(site.dist, list.slice(BASE.length), "seite");
    if (!existsSync(folder)) return [];
    return (await readdir(folder)).map((page) => `${list}seite/${page}/`).sort();
  }

  /**
   * A list shows each of `expected` exactly once, in order, on pages that hold as many
   * as the first one (the list size) but the last, which holds the rest; it has no page
   * besides those its `rel=next` links reach. Returns the list size.
   */
  async function expectPaginated(list: string, expected: string[]) {
    const pages = await listPages(list);
    const size = pages[0]!.teasers.length;
    expect(pages.flatMap((page) => page.teasers)).toEqual(expected);
    expect(pages.length, "the list should be long enough to need pages").toBeGreaterThan(1);
    for (const page of pages.slice(0, -1)) expect(page.teasers, page.url).toHaveLength(size);
    expect(pages.at(-1)!.teasers.length).toBeGreaterThan(0);
    expect(pages.at(-1)!.teasers.length).toBeLessThanOrEqual(size);
    expect(await numberedPages(list)).toEqual(
      pages
        .slice(1)
        .map((page) => page.url)
        .sort(),
    );
    return { pages, size };
  }

  it("should show every article exactly once across the front pages, newest first", async () => {
    await expectPaginated(BASE, newestFirst(corpus));
  });

  it("should link the front pages both ways, in an accessible pagination nav", async () => {
    const { pages } = await expectPaginated(BASE, newestFirst(corpus));
    const urls = pages.map((page) => page.url);
    pages.forEach((page, index) => {
      expect(page, page.url).toMatchObject({
        label: "Seiten",
        prev: urls[index - 1],
        next: urls[index + 1],
        current: page.url,
      });
      // First, last and the current page among the numbers, in page order.
      expect(page.numbers, page.url).toEqual(urls.filter((url) => page.numbers.includes(url)));
      for (const url of [urls[0], page.url, urls.at(-1)]) expect(page.numbers, page.url).toContain(url);
    });
  });

  it("should paginate a topic with more articles than a page holds the same way", async () => {
    const front = await listPage(BASE);
    const hafen = withTopic("Hafen");
    expect(hafen.length, "the topic should need more than one page").toBeGreaterThan(front.teasers.length);
    const { pages, size } = await expectPaginated(`${BASE}themen/hafen/`, newestFirst(hafen));
    expect(size).toBe(front.teasers.length);
    expect(pages[1]).toMatchObject({ prev: `${BASE}themen/hafen/`, current: `${BASE}themen/hafen/seite/2/` });
  });

  it("should show no pagination on a topic that fits one page", async () => {
    const front = await listPage(BASE);
    const wirtschaft = withTopic("Wirtschaft");
    expect(wirtschaft.length, "the topic should fit one page").toBeLessThanOrEqual(front.teasers.length);
    const page = await listPage(`${BASE}themen/wirtschaft/`);
    expect(page.teasers).toEqual(newestFirst(wirtschaft));
    expect(page.label).toBeUndefined();
    expect(await numberedPages(`${BASE}themen/wirtschaft/`)).toEqual([]);
  });
});
