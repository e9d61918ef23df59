import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite } from "../support/build-site.ts";
import { corpusSlug, writeCorpus } from "../support/corpus.ts";
import { readPage, select, selectAll } from "../support/html.ts";

/**
 * An author's pages stay put as their archive grows: the author page shows the newest
 * 20 articles, numbered pages hold 20 each counted from the oldest, and a new article
 * changes only the author page and the last numbered page. One author writes every
 * article of a generated corpus of 45, built once, then again with a 46th.
 */
const ARTICLES = 45;
const AUTHOR = "vielschreiberin";
const PAGE_SIZE = 20;

let root: string;
let content: string;
const env: Record<string, string> = {};
const pages = ["", "seite/1/", "seite/2/", "seite/3/"] as const;
let before: Map<string, string>;

const pageFile = (dist: string, path: string) => join(dist, "autoren", AUTHOR, path, "index.html");
/** The slugs of corpus articles `from` down to `to` (1 is the newest). */
const slugs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => corpusSlug(from + index));

let dist: string;
beforeAll(async () => {
  root = await copyProject();
  const work = await mkdtemp(join(tmpdir(), "kiosk-author-pages-"));
  content = join(work, "articles");
  await writeCorpus(content, ARTICLES, 1, [`authors: [${AUTHOR}]`]);
  await mkdir(join(work, "newsroom", "authors"), { recursive: true });
  await writeFile(
    join(work, "newsroom", "authors", `${AUTHOR}.md`),
    "---\nname: Vera Vielschreiber\nrole: Nachrichtenredakteurin\n---\n",
  );
  Object.assign(env, {
    KIOSK_CONTENT_DIR: content,
    KIOSK_PUBLICATION: join(work, "newsroom", "publication.yaml"),
  });
  const site = await buildSite(env, root);
  expect(site.exitCode, site.output).toBe(0);
  dist = site.dist;
  before = new Map(
    await Promise.all(
      pages.map(async (path) => [path, await readFile(pageFile(dist, path), "utf8")] as const),
    ),
  );
}, 300_000);

describe(`an author of ${ARTICLES} articles`, () => {
  const read = (path: string) => readPage(dist, join("autoren", AUTHOR, path, "index.html"));
  const links = async (path: string) => {
    const nav = select("[data-kiosk=pagination]", await read(path));
    return Object.fromEntries(
      selectAll("a", nav!).map((a) => [String(a.properties["rel"]), String(a.properties["href"])]),
    );
  };

  it(`should show the newest ${PAGE_SIZE} on the author page and link the numbered page after them`, async () => {
    const page = await read("");
    expect(selectAll("[data-kiosk=teaser] h2 a", page).map((a) => String(a.properties["href"]))).toEqual(
      slugs(1, PAGE_SIZE).map((slug) => `/artikel/${slug}/`),
    );
    // Article 21 is the newest the author page leaves out; counted from the oldest it is 25th, on page 2.
    expect(await links("")).toEqual({ next: `/autoren/${AUTHOR}/seite/2/` });
  });

  it("should number the pages from the oldest, each newest first, linked to its neighbours", async () => {
    const teasers = async (path: string) =>
      selectAll("[data-kiosk=teaser] h2 a", await read(path)).map(
        (a) => String(a.properties["href"]).split("/")[2],
      );
    expect(await teasers("seite/1/")).toEqual(slugs(26, 45));
    expect(await teasers("seite/2/")).toEqual(slugs(6, 25));
    expect(await teasers("seite/3/")).toEqual(slugs(1, 5));
    expect(await links("seite/1/")).toEqual({ prev: `/autoren/${AUTHOR}/seite/2/` });
    expect(await links("seite/2/")).toEqual({
      prev: `/autoren/${AUTHOR}/seite/3/`,
      next: `/autoren/${AUTHOR}/seite/1/`,
    });
    expect(await links("seite/3/")).toEqual({
      prev: `/autoren/${AUTHOR}/`,
      next: `/autoren/${AUTHOR}/seite/2/`,
    });
  });

  it("should change only the author page and the last numbered page when a new article is published", async () => {
    const newest = (await readFile(join(content, `${corpusSlug(1)}.md`), "utf8"))
      .replace("2024-11-30T11:00:00Z", "2024-11-30T12:30:00Z")
      .replace("Meldung 1 aus", "Meldung 0 aus");
    expect(newest).toContain("2024-11-30T12:30:00Z");
    await writeFile(join(content, `${corpusSlug(0)}.md`), newest);
    const again = await buildSite(env, root);
    expect(again.exitCode, again.output).toBe(0);
    const changed = [];
    for (const path of pages) {
      if ((await readFile(pageFile(again.dist, path), "utf8")) !== before.get(path)) changed.push(path);
    }
    expect(changed).toEqual(["", "seite/3/"]);
  });
});
