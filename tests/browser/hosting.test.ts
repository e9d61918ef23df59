import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/build-site.ts";
import { crawlSite } from "../support/crawl.ts";
import { htmlFiles, pageTypes, pageUrl } from "../support/html.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

/** `KIOSK_SITE` of the builds: canonical and share URLs point here. */
const SITE = "http://localhost:4321";

async function distFor(base: string, fixture?: "articlesTwoDist"): Promise<string> {
  if (fixture) return inject(fixture);
  if (base === "/") return inject("siteDist");
  // Articles that link each other from the root, relatively and to other sites.
  const site = await buildSite({ KIOSK_BASE: base, KIOSK_CONTENT_DIR: "tests/fixtures/articles-linked" });
  if (site.exitCode !== 0) throw new Error(`The site does not build under ${base}:\n${site.output}`);
  return site.dist;
}

describe.each([
  { where: "at the root", base: "/", word: "Waffenruhe", external: [] },
  {
    where: "at the root, with a lead image and an English article",
    base: "/",
    fixture: "articlesTwoDist" as const,
    word: "Hafen",
    external: ["https://example.org/hafen/quartalszahlen"],
  },
  {
    where: "under /nachrichten/",
    base: "/nachrichten/",
    word: "Hafen",
    external: ["https://www.hafen-hamburg.example/", "mailto:presse@hafen-hamburg.example"],
  },
])("the site served $where by a plain static server", ({ base, fixture, word, external }) => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    dist = await distFor(base, fixture);
    server = await serveStatic(dist, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should reach every page from the front page, and every href, src and srcset should answer 200", async () => {
    const missing = `${server.url}gibt/es/nicht/`;
    const crawl = await crawlSite([server.url, missing], { site: SITE });
    expect(crawl.broken).toEqual([]);
    // Links to other sites are listed, not followed.
    expect([...crawl.external]).toEqual(external);
    expect(crawl.statuses.get(missing)).toBe(404);
    const pages = (await htmlFiles(dist)).filter((file) => file !== "404.html");
    expect(crawl.pages.sort()).toEqual(pages.map((file) => pageUrl(server.url, file)).sort());
  });

  it("should load every kind of page from its own origin only, with no failed request and no CSP violation", async () => {
    const problems: string[] = [];
    for (const [type, file] of await pageTypes(dist)) {
      const url = type === "404.html" ? `${server.url}gibt/es/nicht/` : pageUrl(server.url, file);
      const page = await browser.newPage();
      await watch(page, url, server.origin, (problem) => problems.push(`${type}: ${problem}`));
      await page.goto(url, { waitUntil: "networkidle" });
      const search = page.locator("input[type=search]");
      if ((await search.count()) > 0) {
        await search.first().fill(word);
        await page.waitForLoadState("networkidle");
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("should style the article page", async () => {
    const article = (await htmlFiles(dist)).find((file) => file.startsWith("artikel/"))!;
    const page = await browser.newPage();
    await page.goto(pageUrl(server.url, article));
    const style = await page.evaluate(() => ({
      margin: getComputedStyle(document.body).margin,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    await page.close();
    // A browser's own style sheet gives the body an 8px margin and the page no background.
    expect(style.margin).toBe("0px");
    expect(style.background).not.toBe("rgba(0, 0, 0, 0)");
  });
});

/** Report requests to other origins, failed or refused requests, CSP violations and errors. */
async function watch(page: Page, url: string, origin: string, report: (problem: string) => void) {
  page.on("request", (request) => {
    const { protocol, origin: requestOrigin } = new URL(request.url());
    if (protocol !== "data:" && requestOrigin !== origin)
      report(`request to another origin: ${request.url()}`);
  });
  page.on("requestfailed", (request) => report(`${request.url()} failed: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url() !== url) report(`${response.url()}: ${response.status()}`);
  });
  page.on("console", (message) => {
    // The 404 page answers with 404 on purpose; Chromium logs that as an error.
    if (message.location().url === url && message.text().includes("status of 404")) return;
    if (message.type() === "error" || message.type() === "warning") report(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => report(`script error: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
}
