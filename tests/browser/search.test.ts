import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { resultLinks, searchApi, searchPage, typeSearch } from "../support/search-page.ts";
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

  it("should narrow results by topic on /suche/", async () => {
    const { page } = opened;
    await typeSearch(page, "Ausbau");
    await expect.poll(async () => (await resultLinks(page)).sort()).toEqual([EU, HAFEN]);
    await page.getByRole("checkbox", { name: /^Wirtschaft/ }).check();
    await expect.poll(() => resultLinks(page)).toEqual([HAFEN]);
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
