import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/build-site.ts";
import { crawlSite } from "../support/crawl.ts";
import { htmlFiles, pageTypes, pageUrl } from "../support/html.ts";
import { serveWithNginx, type NginxServer } from "../support/nginx.ts";
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

type Server = Pick<StaticServer, "url" | "origin" | "close">;

const SERVERS: { server: string; serve: (dist: string, base: string) => Promise<Server> }[] = [
  { server: "a plain static server", serve: serveStatic },
  { server: "nginx with deploy/nginx.conf", serve: serveWithNginx },
];

/** What nginx must send for each kind of file a build holds; a new kind fails until it is added. */
const CONTENT_TYPES: Record<string, string | RegExp> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  // Debian 12's mime.types says application/javascript, later nginx text/javascript.
  js: /^(?:application|text)\/javascript(?:;|$)/,
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  png: "image/png",
  svg: "image/svg+xml",
  jpg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
  // Pagefind's WebAssembly and index, gzip-compressed by Pagefind and unpacked by its script.
  pagefind: "application/octet-stream",
  pf_meta: "application/octet-stream",
  pf_fragment: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_filter: "application/octet-stream",
};

/** Kinds every build has; the content-type test would pass vacuously without them. */
const ALWAYS_BUILT = [
  "html",
  "css",
  "js",
  "xml",
  "json",
  "png",
  "svg",
  "pagefind",
  "pf_meta",
  "pf_fragment",
  "pf_index",
];

/** Text files nginx compresses on the fly, relative to the base path. */
const COMPRESSED = [
  "index.html",
  "rss.xml",
  "feed.json",
  "pagefind/pagefind.js",
  "pagefind/pagefind-component-ui.css",
];

const PAGES_CACHE = "public, max-age=300";
const ASTRO_CACHE = "public, max-age=31536000, immutable";

/** The demo Impressum's contact address, on every site without publication settings. */
const IMPRESSUM_MAIL = "mailto:redaktion@kiosk.example";

describe.each([
  {
    where: "at the root",
    base: "/",
    word: "Waffenstillstand",
    found: "artikel/haniyeh-gespraeche-waffenruhe-aegypten/",
    external: [IMPRESSUM_MAIL],
    astro: false,
  },
  {
    where: "at the root, with a lead image and an English article",
    base: "/",
    fixture: "articlesTwoDist" as const,
    word: "Hafen",
    found: "artikel/hafen-hamburg-containerumschlag/",
    external: ["https://example.org/hafen/quartalszahlen", IMPRESSUM_MAIL],
    // Lead images are processed into hashed files under _astro/.
    astro: true,
  },
  {
    where: "under /nachrichten/",
    base: "/nachrichten/",
    word: "Hafen",
    found: "artikel/hafen-hamburg-umschlag/",
    external: ["https://www.hafen-hamburg.example/", "mailto:presse@hafen-hamburg.example", IMPRESSUM_MAIL],
    astro: true,
  },
])("the site $where", ({ base, fixture, word, found, external, astro }) => {
  let dist: string;
  let browser: Browser;
  beforeAll(async () => {
    dist = await distFor(base, fixture);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(SERVERS)("served by $server", ({ serve }) => {
    let server: Server;
    beforeAll(async () => {
      server = await serve(dist, base);
    });
    afterAll(async () => {
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

  describe("served by nginx with the shipped deploy/nginx.conf", () => {
    let nginx: NginxServer;
    let files: string[];
    beforeAll(async () => {
      nginx = await serveWithNginx(dist, base);
      files = (await readdir(dist, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
        .sort();
    });
    afterAll(async () => {
      await nginx?.close();
    });

    /** One file of each kind, by extension. */
    const byExtension = () => new Map(files.toReversed().map((file) => [extension(file), file]));

    it("should answer a missing page with 404 and the site's 404 page", async () => {
      const response = await fetch(`${nginx.url}gibt/es/nicht/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(await readFile(join(dist, "404.html"), "utf8"));
    });

    it("should redirect an article asked for without its slash, with a relative Location", async () => {
      const article = files.find((file) => file.startsWith("artikel/"))!.replace(/index\.html$/, "");
      const response = await fetch(`${nginx.url}${article.slice(0, -1)}`, { redirect: "manual" });
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toBe(`${base}${article}`);
    });

    it("should send every kind of file with its content type", async () => {
      const kinds = byExtension();
      expect([...kinds.keys()]).toEqual(expect.arrayContaining(ALWAYS_BUILT));
      const sent: Record<string, string | null> = {};
      const expected: Record<string, unknown> = {};
      for (const [kind, file] of kinds) {
        sent[kind] = (await fetch(`${nginx.url}${file}`)).headers.get("content-type");
        const type = CONTENT_TYPES[kind];
        expected[kind] =
          type instanceof RegExp ? expect.stringMatching(type) : (type ?? `a type for .${kind}`);
      }
      expect(sent).toEqual(expected);
    });

    it("should cache _astro/ for a year and everything else, the 404 page too, for five minutes", async () => {
      const hashed = files.filter((file) => file.startsWith("_astro/"));
      expect(hashed.length > 0).toBe(astro);
      const cache = async (path: string) => (await fetch(`${nginx.url}${path}`)).headers.get("cache-control");
      for (const file of hashed) expect(await cache(file), file).toBe(ASTRO_CACHE);
      const named = [...byExtension().values()].filter((file) => !file.startsWith("_astro/"));
      for (const file of [...named, "", "gibt/es/nicht/"]) expect(await cache(file), file).toBe(PAGES_CACHE);
    });

    it("should gzip pages, feeds, CSS and script, and send Pagefind's own gzip files as they are", async () => {
      const get = (path: string) => fetch(`${nginx.url}${path}`, { headers: { "accept-encoding": "gzip" } });
      for (const file of [...COMPRESSED, files.find((name) => name.startsWith("artikel/"))!]) {
        const response = await get(file);
        expect(response.headers.get("content-encoding"), file).toBe("gzip");
        expect(response.headers.get("vary"), file).toBe("Accept-Encoding");
        // fetch unpacks it: what arrives is the file.
        expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(dist, file))), file).toBe(
          true,
        );
      }
      const pagefind = files.filter((file) => /\.(?:pagefind|pf_\w+)$/.test(file));
      expect(pagefind.some((file) => file.endsWith(".pagefind"))).toBe(true);
      for (const file of pagefind) {
        const bytes = await readFile(join(dist, file));
        expect(bytes.subarray(0, 2).toString("hex"), `${file} is gzip`).toBe("1f8b");
        const response = await get(file);
        expect(response.headers.get("content-encoding"), file).toBe(null);
        expect(Buffer.from(await response.arrayBuffer()).equals(bytes), file).toBe(true);
      }
    });

    it("should refuse framing and MIME sniffing in headers, on pages and on the 404 page", async () => {
      for (const path of ["", "gibt/es/nicht/"]) {
        const headers = (await fetch(`${nginx.url}${path}`)).headers;
        expect(headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(headers.get("content-security-policy"), path).toContain("frame-ancestors 'self'");
        expect(headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      }
    });

    it("should answer a broken percent-escape with 400 and an escaped byte that names no file with 404", async () => {
      // nginx decodes %E0 to the byte 0xE0, a valid (missing) file name; only a
      // sequence that is no escape at all is a bad request to it.
      expect((await fetch(`${nginx.url}%zz`)).status).toBe(400);
      expect((await fetch(`${nginx.url}%`)).status).toBe(400);
      const undecodable = await fetch(`${nginx.url}%E0`);
      expect(undecodable.status).toBe(404);
      expect(await undecodable.text()).toBe(await readFile(join(dist, "404.html"), "utf8"));
    });

    it(`should find the article by "${word}" on the search page`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      const url = `${nginx.url}suche/`;
      await watch(page, url, nginx.origin, (problem) => problems.push(problem));
      await page.goto(url);
      await page.locator("pagefind-input input").fill(word);
      // The summary names the term once Pagefind has loaded its WebAssembly and index and searched.
      await page.locator("pagefind-summary").filter({ hasText: word }).waitFor();
      await expect
        .poll(() =>
          page
            .locator("[data-kiosk=search-result] a")
            .evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
        )
        .toContain(`${base}${found}`);
      await page.close();
      expect(problems).toEqual([]);
    });
  });
});

describe("nginx for the tests", () => {
  it("should stop its master and workers and remove its folder", async () => {
    const nginx = await serveWithNginx(inject("siteDist"));
    // Workers start after the master has bound its port; one has answered when this returns.
    expect((await fetch(nginx.url)).status).toBe(200);
    const processes = await nginx.processes();
    expect(processes.length).toBeGreaterThanOrEqual(2);
    await nginx.close();
    expect((await readdir("/proc")).filter((entry) => processes.includes(Number(entry)))).toEqual([]);
    expect(await readdir(nginx.webRoot).catch(() => "removed")).toBe("removed");
  });
});

/** `a/b.pf_meta` → `pf_meta`; `robots.txt` → `txt`. */
function extension(file: string): string {
  return file.slice(file.lastIndexOf(".") + 1);
}

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
