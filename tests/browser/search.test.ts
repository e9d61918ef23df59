import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import {
  browserClearButtons,
  resultLinks,
  searchApi,
  searchPage,
  shownFilters,
  typeSearch,
  wordsOf,
} from "../support/search-page.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

const SEED = "/artikel/haniyeh-gespraeche-waffenruhe-aegypten/";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("search on the seed site", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(inject("siteDist"), "/");
  });
  afterAll(async () => {
    await server?.close();
  });
  const opened = searchPage(
    () => browser,
    () => server,
  );

  it.each(["Waffenstillstand", "Waffenstillstands"])(
    "should find the seed article by %s through Pagefind's JS API",
    async (term) => {
      expect(await searchApi(opened.page, "/", term)).toEqual([SEED]);
    },
  );

  it.each(["Waffenstillstand", "Waffenstillstands"])(
    "should find the seed article by %s on /suche/, with headline, date and excerpt",
    async (term) => {
      const { page } = opened;
      await typeSearch(page, term);
      await expect.poll(() => resultLinks(page)).toEqual([SEED]);
      const result = page.locator("[data-kiosk=search-result]").first();
      await expect
        .poll(() => result.locator(".search-result-title").innerText())
        .toBe("Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten");
      expect(await result.locator(".search-result-date").innerText()).toBe("20. Dezember 2023");
      expect(await result.locator(".search-result-excerpt mark").first().innerText()).toMatch(
        /^Waffenstillstand/,
      );
    },
  );

  it("should speak German", async () => {
    const input = opened.page.locator("pagefind-input input");
    await expect.poll(() => input.getAttribute("placeholder")).toBe("Suchen");
  });
});

describe("search under /nachrichten/ on the publishing fixture", () => {
  let server: StaticServer;
  const BASE = "/nachrichten/";
  const EU = `${BASE}artikel/eu-gipfel-haushalt/`;
  const HAFEN = `${BASE}artikel/hafen-containerriese/`;
  beforeAll(async () => {
    server = await serveStatic(inject("publishingDist"), BASE);
  });
  afterAll(async () => {
    await server?.close();
  });
  const opened = searchPage(
    () => browser,
    () => server,
  );

  it("should not find a word that stands only in a pull quote's role", async () => {
    expect(await searchApi(opened.page, BASE, "Quastenflosser")).toEqual([]);
  });

  it("should not find an article by a word in its navigation", async () => {
    const { page } = opened;
    // The port article's related-articles nav shows the earlier EU article's headline.
    const related = await page.request.get(`${server.url}artikel/hafen-containerriese/`);
    expect(await related.text()).toContain("ringt um den Haushalt");
    expect(await searchApi(page, BASE, "ringt")).toEqual([EU]);
    expect(await searchApi(page, BASE, "Startseite")).toEqual([]);
  });

  it("should find no draft", async () => {
    expect(await searchApi(opened.page, BASE, "Zauberbohne")).toEqual([]);
  });

  it("should narrow results by topic through the JS API", async () => {
    const { page } = opened;
    expect((await searchApi(page, BASE, "Ausbau")).sort()).toEqual([EU, HAFEN]);
    expect(await searchApi(page, BASE, "Ausbau", { Thema: "Wirtschaft" })).toEqual([HAFEN]);
    expect(await searchApi(page, BASE, "Ausbau", { Thema: "Haushalt" })).toEqual([EU]);
  });

  it("should open with the results for the query the front page's SearchAction names", async () => {
    const { page } = opened;
    const front = await (await page.request.get(server.url)).text();
    const blocks = [...front.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    const site = blocks.map(([, json]) => JSON.parse(json!)).find((block) => block["@type"] === "WebSite");
    const template = new URL(
      site.potentialAction.target.urlTemplate.replace("{search_term_string}", "Ausbau"),
    );
    await page.goto(new URL(`${template.pathname}${template.search}`, server.url).href);
    await expect.poll(async () => (await resultLinks(page)).sort()).toEqual([EU, HAFEN]);
    expect(await page.locator("pagefind-input input").inputValue()).toBe("Ausbau");
    // What the reader types then stands in the address, to be copied or bookmarked.
    await typeSearch(page, "Haushalt");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Haushalt");
  });

  it("should narrow results by topic on /suche/", async () => {
    const { page } = opened;
    await typeSearch(page, "Ausbau");
    await expect.poll(async () => (await resultLinks(page)).sort()).toEqual([EU, HAFEN]);
    await page.getByRole("checkbox", { name: /^Wirtschaft/ }).check();
    await expect.poll(() => resultLinks(page)).toEqual([HAFEN]);
  });

  it("should offer no topic before a query, and after it only the topics of its results", async () => {
    const { page } = opened;
    const input = page.locator("pagefind-input input");
    await input.focus();
    // Focus loads the index, and Pagefind lists every topic with its count.
    await expect.poll(() => page.locator(".pf-filter-checkbox").count()).toBeGreaterThan(3);
    expect(await shownFilters(page)).toEqual([]);

    await typeSearch(page, "Ausbau");
    await expect.poll(async () => (await resultLinks(page)).length).toBe(2);
    const topics = new Map<string, number>();
    for (const link of await resultLinks(page)) {
      const article = await page.context().newPage();
      await article.goto(new URL(link, server.url).href);
      for (const topic of await article.locator("[data-kiosk=article-topics] a").allInnerTexts()) {
        topics.set(topic, (topics.get(topic) ?? 0) + 1);
      }
      await article.close();
    }
    const expected = [...topics].map(([topic, count]) => ({ topic, count: String(count) }));
    const byTopic = (a: { topic: string }, b: { topic: string }) => a.topic.localeCompare(b.topic);
    expect((await shownFilters(page)).sort(byTopic)).toEqual(expected.sort(byTopic));
    expect(expected.length).toBeLessThan(await page.locator(".pf-filter-checkbox").count());

    await page.getByRole("button", { name: "Löschen" }).click();
    await expect.poll(() => shownFilters(page)).toEqual([]);
  });

  it("should show no kicker for articles without one", async () => {
    const { page } = opened;
    await typeSearch(page, "Ausbau");
    await expect.poll(() => page.locator(".search-result-excerpt").count()).toBe(2);
    expect(await page.locator(".search-result-kicker").count()).toBe(0);
  });

  it("should offer one way to clear the query: Pagefind's button, reachable by keyboard", async () => {
    const { page } = opened;
    await typeSearch(page, "Ausbau");
    await expect.poll(async () => (await resultLinks(page)).length).toBe(2);
    const buttons = page.locator("pagefind-input").getByRole("button");
    expect((await buttons.count()) + (await browserClearButtons(page))).toBe(1);
    expect(await buttons.innerText()).toBe("Löschen");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.locator("pagefind-input input").inputValue()).toBe("");
  });

  it("should find an English article from the German search page", async () => {
    expect(await searchApi(opened.page, BASE, "demand")).toEqual([`${BASE}artikel/port-report-english/`]);
  });

  it("should ask only for files under /nachrichten/ while searching", async () => {
    // A server and page of its own: every request this test makes, and nothing else.
    const own = await serveStatic(inject("publishingDist"), BASE);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const asked: string[] = [];
      page.on("request", (request) => asked.push(request.url()));
      await page.goto(`${own.url}suche/`);
      // Search on the page and through the API; a search that fails is reported after the requests.
      const failed = await (async () => {
        await typeSearch(page, "Ausbau");
        await expect.poll(async () => (await resultLinks(page)).length).toBe(2);
        await page.getByRole("checkbox", { name: /^Wirtschaft/ }).check();
        await expect.poll(() => resultLinks(page)).toEqual([HAFEN]);
        expect(await searchApi(page, BASE, "demand")).toHaveLength(1);
      })().catch((error: unknown) => error);

      expect(asked.filter((url) => !url.startsWith(own.url))).toEqual([]);
      expect(own.requests.filter((request) => request.status !== 200)).toEqual([]);
      // The search loaded its index and fragments, from under the base path.
      const paths = own.requests.map((request) => request.path);
      expect(paths.filter((path) => path.startsWith(`${BASE}pagefind/`)).length).toBeGreaterThan(3);
      if (failed) throw failed;
    } finally {
      await context.close();
      await own.close();
    }
  });
});

describe("search results on the fixture articles, which have kickers", () => {
  let server: StaticServer;
  const HAFEN = "/artikel/hafen-hamburg-containerumschlag/";
  beforeAll(async () => {
    server = await serveStatic(inject("articlesTwoDist"), "/");
  });
  afterAll(async () => {
    await server?.close();
  });
  const opened = searchPage(
    () => browser,
    () => server,
  );

  it("should show the kicker above the headline, the date, and an excerpt of the text", async () => {
    const { page } = opened;
    // „Hamburger“ stands in the headline and in the text.
    await typeSearch(page, "Hamburger");
    await expect.poll(() => resultLinks(page)).toEqual([HAFEN]);
    const result = page.locator("[data-kiosk=search-result]");
    await expect.poll(() => result.locator(".search-result-excerpt").count()).toBe(1);
    const shown = await result.evaluate((item) =>
      [...item.children].map((child) => [child.className, (child as HTMLElement).innerText]),
    );
    const article = await page.context().newPage();
    await article.goto(new URL(HAFEN, server.url).href);
    const kicker = await article.locator("[data-kiosk=kicker]").innerText();
    const headline = await article.locator("[data-kiosk=headline]").innerText();
    const text = wordsOf(await article.locator(".article-body").innerText()).join(" ");
    await article.close();

    expect(shown.map(([name]) => name)).toEqual([
      "search-result-kicker",
      "search-result-title",
      "search-result-date",
      "search-result-excerpt",
    ]);
    expect(shown[0]![1]).toBe(kicker);
    expect(shown[1]![1]).toBe(headline);
    expect(shown[2]![1]).toBe("5. November 2024");
    const excerpt = wordsOf(shown[3]![1]!);
    expect(excerpt.slice(0, 3)).not.toEqual(wordsOf(headline).slice(0, 3));
    // It begins where a sentence of the text begins, not in the header above it.
    expect(text).toContain(excerpt.slice(0, 5).join(" "));
  });

  it.each([
    { part: "headline", word: "schlägt", link: HAFEN },
    { part: "standfirst", word: "Seehafen", link: HAFEN },
    { part: "kicker", word: "Shipping", link: "/artikel/harbour-report-english/" },
  ])("should still find an article by a word only in its $part", async ({ word, link }) => {
    expect(await searchApi(opened.page, "/", word)).toEqual([link]);
  });
});

describe("the search page without JavaScript", () => {
  it("should say that search needs JavaScript and link the topic list", async () => {
    const server = await serveStatic(inject("publishingDist"), "/nachrichten/");
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}suche/`);
      const notice = page.locator("[data-kiosk=search-noscript]");
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain("JavaScript");
      expect(await notice.locator("a").getAttribute("href")).toBe("/nachrichten/themen/");
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe("search on an English newsroom's site", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(inject("publicationDist"), "/");
  });
  afterAll(async () => {
    await server?.close();
  });
  const opened = searchPage(
    () => browser,
    () => server,
  );

  // English stems "crosses" and "crossings" alike, German does not: the index follows
  // the publication's language.
  it.each(["crossings", "crosses"])(
    "should find the ferry article by %s, stemmed as English",
    async (term) => {
      expect(await searchApi(opened.page, "/", term)).toEqual(["/artikel/ferry-timetable/"]);
    },
  );

  it("should show the result on its English search page", async () => {
    const { page } = opened;
    await typeSearch(page, "crosses");
    await expect.poll(() => resultLinks(page)).toEqual(["/artikel/ferry-timetable/"]);
  });
});
