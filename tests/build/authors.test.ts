import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Root } from "hast";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fixtureArticles, type FixtureArticle } from "../support/fixture-articles.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { runIn } from "../support/build-site.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

/**
 * The publishing fixture's authors (tests/fixtures/publishing-newsroom/authors/): Anna
 * Beispiel, with photo, bio and profiles, writes two published articles and a draft;
 * Max Muster, with neither, shares one of hers and has one of his own.
 */
const dist = inject("publishingDist");
const HOME = `${PUBLISHING.KIOSK_SITE}${PUBLISHING.KIOSK_BASE}`;
const ANNA = { slug: "anna-beispiel", name: "Anna Beispiel", role: "Hafenkorrespondentin" };
const MAX = { slug: "max-muster", name: "Max Muster", role: "Europa-Redakteur" };
/** By both, with its desk beside them. */
const SHARED = "hafen-containerriese";
/** By Anna Beispiel alone, without an agency. */
const HERS = "bruecke-gesperrt";
/** Wire copy: an agency and no authors. */
const WIRE = "titel-mit-script";

let articles: FixtureArticle[];
beforeAll(async () => {
  articles = await fixtureArticles(PUBLISHING.KIOSK_CONTENT_DIR);
});

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const articlePage = (slug: string) => readPage(dist, `artikel/${slug}/index.html`);
const authorUrl = (slug: string) => `${PUBLISHING.KIOSK_BASE}autoren/${slug}/`;

/** The NewsArticle JSON-LD of a page. */
function jsonLd(page: Root): Record<string, unknown> {
  return JSON.parse(toString(select('script[type="application/ld+json"]', page)!));
}

describe("the byline", () => {
  it("should name each author as a link to their page, in the article's order, then the desk", async () => {
    const byline = select("[data-kiosk=byline]", await articlePage(SHARED))!;
    expect(squash(toString(byline))).toBe("Von Anna Beispiel und Max Muster, Kiosk-Testredaktion");
    const links = selectAll("a", byline).map((a) => [toString(a), a.properties["href"]]);
    expect(links).toEqual([
      [ANNA.name, authorUrl(ANNA.slug)],
      [MAX.name, authorUrl(MAX.slug)],
    ]);
  });

  it("should name an author without an agency when the article has none", async () => {
    const byline = select("[data-kiosk=byline]", await articlePage(HERS))!;
    expect(squash(toString(byline))).toBe("Von Anna Beispiel");
  });

  it("should keep the agency of wire copy as its byline, without links", async () => {
    const page = await articlePage(WIRE);
    expect(select("[data-kiosk=byline]", page)).toBeUndefined();
    expect(textOf(page, "[data-kiosk=source]")[0]).toContain('Agentur "</script>"');
    expect(selectAll(`a[href^="${PUBLISHING.KIOSK_BASE}autoren/"]`, page)).toEqual([]);
  });
});

describe("the article's JSON-LD", () => {
  it("should make each author a Person with the absolute URL of their page, the desk the source organisation", async () => {
    const ld = jsonLd(await articlePage(SHARED));
    expect(ld["author"]).toEqual([
      { "@type": "Person", name: ANNA.name, url: `${HOME}autoren/${ANNA.slug}/` },
      { "@type": "Person", name: MAX.name, url: `${HOME}autoren/${MAX.slug}/` },
    ]);
    expect(ld["sourceOrganization"]).toEqual({ "@type": "Organization", name: "Kiosk-Testredaktion" });
  });

  it("should give an article by an author alone no source organisation", async () => {
    const ld = jsonLd(await articlePage(HERS));
    expect(ld["author"]).toEqual([
      { "@type": "Person", name: ANNA.name, url: `${HOME}autoren/${ANNA.slug}/` },
    ]);
    expect(ld).not.toHaveProperty("sourceOrganization");
  });

  it("should keep wire copy's agency as an Organization author", async () => {
    const ld = jsonLd(await articlePage(WIRE));
    expect(ld["author"]).toEqual({ "@type": "Organization", name: 'Agentur "</script>"' });
  });
});

describe("the author page", () => {
  let page: Root;
  beforeAll(async () => {
    page = await readPage(dist, `autoren/${ANNA.slug}/index.html`);
  });

  it("should show the author's name, role, bio, photo and profiles", async () => {
    const file = await readFile(
      join(import.meta.dirname, "../fixtures/publishing-newsroom/authors/anna-beispiel.md"),
      "utf8",
    );
    const bio = /^bio: (.*)$/m.exec(file)![1]!;
    expect(textOf(page, "h1").map(squash)).toEqual([ANNA.name]);
    expect(textOf(page, "[data-kiosk=author-role]")).toEqual([ANNA.role]);
    expect(textOf(page, "[data-kiosk=author-bio]")).toEqual([bio]);
    const photo = select("[data-kiosk=author-profile] img", page)!;
    expect(photo.properties["alt"]).toBe("Containerbrücken und gestapelte Container im Hamburger Hafen");
    expect(String(photo.properties["src"])).toMatch(/^\/nachrichten\/_astro\/.+\.webp$/);
    expect(selectAll("[data-kiosk=author-profile] li a", page).map((a) => a.properties["href"])).toEqual([
      "https://social.example/@anna",
      "https://anna-beispiel.example/",
    ]);
    expect(textOf(page, "[data-kiosk=author-profile] li a")).toEqual(["Mastodon", "anna-beispiel.example"]);
  });

  it("should list the author's published articles newest first, and no draft", () => {
    const hers = articles
      .filter((article) => article.authors.includes(ANNA.slug))
      .sort((a, b) => +b.date - +a.date);
    expect(hers.some((article) => article.draft)).toBe(true);
    const listed = selectAll("[data-kiosk=teaser] h2 a", page).map((a) => a.properties["href"]);
    expect(listed).toEqual(
      hers.filter((article) => !article.draft).map(({ slug }) => `${PUBLISHING.KIOSK_BASE}artikel/${slug}/`),
    );
    expect(listed).toHaveLength(2);
    // Twenty articles or fewer fit on the author page: it has no numbered pages to link to.
    expect(select("[data-kiosk=pagination]", page)).toBeUndefined();
  });

  it("should describe the author as a ProfilePage's Person", () => {
    expect(jsonLd(page)).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: {
        "@type": "Person",
        name: ANNA.name,
        jobTitle: ANNA.role,
        url: `${HOME}autoren/${ANNA.slug}/`,
        sameAs: ["https://social.example/@anna", "https://anna-beispiel.example/"],
      },
    });
  });

  it("should show an author without photo or bio with their articles", async () => {
    const his = await readPage(dist, `autoren/${MAX.slug}/index.html`);
    expect(textOf(his, "h1").map(squash)).toEqual([MAX.name]);
    expect(select("[data-kiosk=author-profile] img", his)).toBeUndefined();
    expect(select("[data-kiosk=author-bio]", his)).toBeUndefined();
    expect(selectAll("[data-kiosk=teaser] h2 a", his).map((a) => a.properties["href"])).toEqual([
      `${PUBLISHING.KIOSK_BASE}artikel/${SHARED}/`,
      `${PUBLISHING.KIOSK_BASE}artikel/eu-gipfel-haushalt/`,
    ]);
  });
});

describe("the feeds", () => {
  it("should give the JSON Feed item each author with the URL of their page", async () => {
    const feed = JSON.parse(await readFile(join(dist, "feed.json"), "utf8"));
    const item = (slug: string) => feed.items.find((entry: { id: string }) => entry.id.endsWith(`/${slug}/`));
    expect(item(SHARED).authors).toEqual([
      { name: ANNA.name, url: `${HOME}autoren/${ANNA.slug}/` },
      { name: MAX.name, url: `${HOME}autoren/${MAX.slug}/` },
    ]);
    expect(item(WIRE).authors).toEqual([{ name: 'Agentur "</script>"' }]);
  });

  it("should name each author of an RSS item in a dc:creator of its own", async () => {
    const rss = new XMLParser({ isArray: (name) => name === "dc:creator" }).parse(
      await readFile(join(dist, "rss.xml"), "utf8"),
    );
    const item = (slug: string) =>
      rss.rss.channel.item.find((entry: { link: string }) => entry.link.endsWith(`/${slug}/`));
    expect(item(SHARED)["dc:creator"]).toEqual([ANNA.name, MAX.name]);
    expect(item(WIRE)["dc:creator"]).toEqual(['Agentur "</script>"']);
  });
});

describe("npm run check with author files", () => {
  const FIXTURE = "tests/fixtures/check-authors";
  const check = () =>
    runIn(ROOT, "npm", ["run", "--silent", "check"], {
      KIOSK_CONTENT_DIR: `${FIXTURE}/articles`,
      KIOSK_PUBLICATION: `${FIXTURE}/newsroom/publication.yaml`,
    });

  it("should refuse an unknown author at its line, an article without source or authors, and bad author files", async () => {
    const { exitCode, output } = await check();
    const authors = `${FIXTURE}/newsroom/authors`;
    expect(output.trim().split("\n")).toEqual([
      `${FIXTURE}/articles/mit-autorin.md:7: authors: "gibt-es-nicht" has no author file: write ${authors}/gibt-es-nicht.md or correct the name`,
      `${FIXTURE}/articles/ohne-quelle.md:1: source: is required unless the article has authors: write the agency or desk, or authors: [slug]`,
      `${authors}/foto-fehlt.md:5: photo.src: file ./gibt-es-nicht.jpg does not exist next to the author file`,
      `${authors}/mit-text.md:6: body: an author file has no text after its frontmatter: write the bio as bio: in the frontmatter`,
      `${authors}/ohne-name.md:1: name: is required`,
      `${authors}/ohne-name.md:3: photo.alt: is required`,
      `${authors}/ohne-name.md:6: sameAs.0: must be a web address starting with https:// (or http://)`,
      "7 errors, 0 warnings",
    ]);
    expect(exitCode).toBe(1);
  });

  it("should pass the publishing fixture, whose authors all have files", async () => {
    const { exitCode, output } = await runIn(ROOT, "npm", ["run", "--silent", "check"], {
      KIOSK_CONTENT_DIR: PUBLISHING.KIOSK_CONTENT_DIR,
      KIOSK_PUBLICATION: PUBLISHING.KIOSK_PUBLICATION,
    });
    expect(output.trim()).toBe("0 errors, 0 warnings");
    expect(exitCode).toBe(0);
  });
});
