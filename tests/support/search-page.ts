import type { Browser, Page } from "playwright-core";
import { afterEach, beforeEach } from "vitest";
import type { StaticServer } from "../../tools/static-server.ts";

/**
 * Search through Pagefind's JS API as the search page gets it from the site: Kiosk's
 * bundle, with every period merged (docs/decisions/073); returns result URLs.
 */
export function searchApi(page: Page, base: string, term: string, filters: Record<string, string> = {}) {
  // A string, not a function: Vitest would rewrite a function's import() for Node.
  const script = `(async () => {
    const { createInstance } = await import(${JSON.stringify(`${base}pagefind/kiosk/pagefind.js`)});
    const pagefind = createInstance({ baseUrl: ${JSON.stringify(base)} });
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const results = await Promise.all(search.results.map((result) => result.data()));
    return results.map((result) => result.url);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

/** Type into the search page's own input. */
export async function typeSearch(page: Page, term: string): Promise<void> {
  await page.locator("pagefind-input input").fill(term);
  await page.locator("pagefind-summary").filter({ hasText: term }).waitFor();
}

/** The result links the search page shows, in order. */
export function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator("[data-kiosk=search-result] a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/**
 * A fresh `/suche/` page for every test, in a context of its own, so that no test
 * depends on what an earlier one typed, ticked or loaded.
 */
export function searchPage(browser: () => Browser, server: () => StaticServer) {
  const opened = { page: undefined as unknown as Page };
  beforeEach(async () => {
    const context = await browser().newContext();
    opened.page = await context.newPage();
    await opened.page.goto(`${server().url}suche/`);
  });
  afterEach(async () => {
    await opened.page?.context().close();
  });
  return opened;
}
