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

/** The topic filters the search page shows, each with the count it gives. */
export function shownFilters(page: Page): Promise<{ topic: string; count: string }[]> {
  return page.locator(".pf-filter-checkbox").evaluateAll((labels) =>
    labels
      .filter((label) => label.checkVisibility())
      .map((label) => ({
        topic: [...label.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join("")
          .trim(),
        count: label.querySelector(".pf-filter-checkbox-count")?.textContent ?? "",
      })),
  );
}

/**
 * How many search fields show the browser's own clear button. Chromium draws it in the
 * field's user-agent shadow tree, which only the DevTools protocol reaches.
 */
export async function browserClearButtons(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const buttons: number[] = [];
    const walk = (node: typeof root): void => {
      // `attributes` alternates names and values.
      const attributes = node.attributes ?? [];
      const pseudo = attributes.findIndex((name, i) => i % 2 === 0 && name === "pseudo");
      if (pseudo >= 0 && attributes[pseudo + 1] === "-webkit-search-cancel-button") buttons.push(node.nodeId);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    let shown = 0;
    for (const nodeId of buttons) {
      const { computedStyle } = await cdp.send("CSS.getComputedStyleForNode", { nodeId });
      if (computedStyle.find((property) => property.name === "display")?.value !== "none") shown += 1;
    }
    return shown;
  } finally {
    await cdp.detach();
  }
}

/** Lower-case words, without punctuation: to compare texts as a reader reads them. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase("de").match(/[\p{L}\p{N}]+/gu) ?? [];
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
