import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { resultLinks, searchApi, searchPage, typeSearch } from "../support/search-page.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

/**
 * Articles in four search bundles (docs/decisions/073): 2024-12, the newest period, holds
 * the „Containerriese“ (its kicker „Containerterminal“, a word of no text); 2024-05 the Elbvertiefung; 2023 an English port report
 * („container“) and the Schlepperstreik; 2022 new Liegeplätze and a „Containerschiff“.
 */
const FIXTURE = "tests/fixtures/articles-search-periods";
const RIESE = "/artikel/containerriese-hamburg/";
const PORT = "/artikel/port-report-rotterdam/";
const LIEGEPLAETZE = "/artikel/liegeplaetze-ausbau/";
const ELBE = "/artikel/elbvertiefung-abgeschlossen/";
const STREIK = "/artikel/schlepper-streik/";

let browser: Browser;
let content: string;
let built: BuildResult;
let server: StaticServer;

async function build(root?: string): Promise<void> {
  built = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
  if (built.exitCode !== 0) throw new Error(`The search-periods fixture does not build:\n${built.output}`);
  await server?.close();
  server = await serveStatic(built.dist, "/");
}

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), "kiosk-search-articles-"));
  await cp(FIXTURE, content, { recursive: true });
  [browser] = await Promise.all([launchBrowser(), build()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe("search across periods", () => {
  const opened = searchPage(
    () => browser,
    () => server,
  );

  it("should find a German compound's article alone, not a loose match of another period", async () => {
    const { page } = opened;
    await typeSearch(page, "Containerriese");
    await expect.poll(() => resultLinks(page)).toEqual([RIESE]);
    expect(await searchApi(page, "/", "Containerriese")).toEqual([RIESE]);
  });

  it("should find a word that stands only in a kicker alone, not a loose match of another period", async () => {
    expect(await searchApi(opened.page, "/", "Containerterminal")).toEqual([RIESE]);
  });

  it("should find a word no page has only in the period whose words come closest, as one index would", async () => {
    expect(await searchApi(opened.page, "/", "Containerriesenhafen")).toEqual([RIESE]);
  });

  it("should find a word that stands in two periods in both", async () => {
    expect((await searchApi(opened.page, "/", "Liegeplätze")).sort()).toEqual([RIESE, LIEGEPLAETZE].sort());
  });

  it("should find an article of an earlier year and one of the newest year by the same word", async () => {
    const { page } = opened;
    await typeSearch(page, "Elbvertiefung");
    await expect.poll(async () => (await resultLinks(page)).sort()).toEqual([ELBE, STREIK].sort());
  });

  it("should still find longer words by their beginning in every period", async () => {
    expect((await searchApi(opened.page, "/", "Container")).sort()).toEqual(
      [LIEGEPLAETZE, PORT, RIESE].sort(),
    );
  });

  it("should keep the period filter off the search page", async () => {
    const { page } = opened;
    await typeSearch(page, "Hafen");
    await expect.poll(async () => (await resultLinks(page)).length).toBe(4);
    expect(await page.locator("pagefind-filter-pane").innerText()).not.toContain("kiosk");
  });
});

describe("search after an article is deleted", () => {
  beforeAll(async () => {
    await rm(join(content, "schlepper-streik.md"));
    await build(built.root);
  });
  const opened = searchPage(
    () => browser,
    () => server,
  );

  it("should no longer find it, and still find the rest of its period", async () => {
    const { page } = opened;
    expect(await searchApi(page, "/", "Schlepperstreik")).toEqual([]);
    expect(await searchApi(page, "/", "Elbvertiefung")).toEqual([ELBE]);
    expect(await searchApi(page, "/", "Rotterdam")).toEqual([PORT]);
  });
});
