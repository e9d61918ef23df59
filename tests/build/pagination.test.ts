import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { corpusSlug, writeCorpus } from "../support/corpus.ts";
import { readPage, select, selectAll } from "../support/html.ts";

const BASE = "/nachrichten/";

describe("a corpus of 45 articles under /nachrichten/", () => {
  let site: BuildResult;
  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), "kiosk-45-"));
    await writeCorpus(content, 45, 1);
    site = await buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_BASE: BASE });
    expect(site.exitCode, site.output).toBe(0);
  });

  /** Teaser links, previous/next and the current page of one list page. */
  async function listPage(file: string) {
    const page = await readPage(site.dist, file);
    const nav = select("nav[data-kiosk=pagination]", page);
    return {
      teasers: selectAll("[data-kiosk=teaser] h2 a", page).map((a) => a.properties["href"]),
      label: nav?.properties["ariaLabel"],
      prev: select("a[rel=prev]", page)?.properties["href"],
      next: select("a[rel=next]", page)?.properties["href"],
      current: nav && select("a[aria-current=page]", nav)?.properties["href"],
      numbers: nav ? selectAll("a:not([rel])", nav).map((a) => a.properties["href"]) : [],
    };
  }

  const articles = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => `${BASE}artikel/${corpusSlug(from + index)}/`);

  it("should cut the front page into 3 pages of 20, 20 and 5 articles, newest first", async () => {
    const pages = await Promise.all(["index.html", "seite/2/index.html", "seite/3/index.html"].map(listPage));
    expect(pages.map((page) => page.teasers)).toEqual([articles(1, 20), articles(21, 40), articles(41, 45)]);
    expect(existsSync(join(site.dist, "seite/4"))).toBe(false);
    expect(existsSync(join(site.dist, "seite/1"))).toBe(false);
  });

  it("should link the front pages both ways, in an accessible pagination nav", async () => {
    const [first, second, third] = await Promise.all(
      ["index.html", "seite/2/index.html", "seite/3/index.html"].map(listPage),
    );
    const all = [BASE, `${BASE}seite/2/`, `${BASE}seite/3/`];
    expect(first).toMatchObject({
      label: "Seiten",
      prev: undefined,
      next: all[1],
      current: all[0],
      numbers: all,
    });
    expect(second).toMatchObject({
      label: "Seiten",
      prev: all[0],
      next: all[2],
      current: all[1],
      numbers: all,
    });
    expect(third).toMatchObject({
      label: "Seiten",
      prev: all[1],
      next: undefined,
      current: all[2],
      numbers: all,
    });
  });

  it("should paginate a topic with more than 20 articles the same way", async () => {
    const first = await listPage("themen/hafen/index.html");
    const second = await listPage("themen/hafen/seite/2/index.html");
    expect(first.teasers).toHaveLength(20);
    expect(second.teasers).toHaveLength(3);
    expect(first.next).toBe(`${BASE}themen/hafen/seite/2/`);
    expect(second.prev).toBe(`${BASE}themen/hafen/`);
    expect([...first.teasers, ...second.teasers]).toEqual(
      Array.from({ length: 23 }, (_, index) => `${BASE}artikel/${corpusSlug(2 * index + 1)}/`),
    );
  });

  it("should show no pagination on a topic that fits one page", async () => {
    const page = await listPage("themen/wirtschaft/index.html");
    expect(page.teasers).toHaveLength(9);
    expect(page.label).toBeUndefined();
    expect(existsSync(join(site.dist, "themen/wirtschaft/seite"))).toBe(false);
  });
});
