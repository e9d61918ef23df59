import type { CDPSession, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { PUBLISHING } from "../support/global-setup.ts";

/** A site under a base path: the rules must follow it. */
const publishing = browseSite(inject("publishingDist"), PUBLISHING.KIOSK_BASE);

/** What Chromium's DevTools protocol reports of a page's speculation rules. */
interface Preloading {
  /** Rule sets as parsed; `errorType` is set for one Chromium refused. */
  ruleSets: { sourceText: string; errorType?: string }[];
  /** The addresses the rules make candidates for prerendering. */
  candidates: string[];
  /** Addresses a prerender was started for. */
  started: string[];
}

/** Watch the speculation rules of the pages opened in `page`, from before they load. */
async function watchPreloading(page: Page): Promise<Preloading> {
  const seen: Preloading = { ruleSets: [], candidates: [], started: [] };
  const cdp: CDPSession = await page.context().newCDPSession(page);
  cdp.on("Preload.ruleSetUpdated", ({ ruleSet }) => seen.ruleSets.push(ruleSet));
  cdp.on("Preload.preloadingAttemptSourcesUpdated", ({ preloadingAttemptSources }) => {
    seen.candidates = preloadingAttemptSources.map((source) => source.key.url);
  });
  // Playwright's DevTools session stops the prerender itself; that it was asked for is what counts.
  cdp.on("Preload.prerenderStatusUpdated", ({ key }) => seen.started.push(key.url));
  await cdp.send("Preload.enable");
  return seen;
}

describe("instant next article", () => {
  it("should let Chromium take the front's rules under its policy and prerender an article on hover, not before", async () => {
    const context = await publishing.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.exposeFunction("reportViolation", (text: string) => problems.push(text));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `CSP violation: ${event.violatedDirective} ${event.sample}`,
        ),
      ),
    );
    const preloading = await watchPreloading(page);
    await page.goto(publishing.url(""));

    const onPage = await page.evaluate(() => {
      const rules = document.querySelectorAll<HTMLScriptElement>('script[type="speculationrules"]');
      return {
        supported: HTMLScriptElement.supports("speculationrules"),
        rules: [...rules].map((script) => script.text),
        articleLinks: [...document.querySelectorAll<HTMLAnchorElement>("main a[href]")]
          .map((link) => link.href)
          .filter((href) => /\/artikel\/[^/]+\/$/.test(new URL(href).pathname)),
      };
    });
    // The policy refuses rules it does not allow while the page is parsed, before it has loaded.
    expect(problems).toEqual([]);
    expect(onPage.supported).toBe(true);
    expect(onPage.rules).toHaveLength(1);
    await expect.poll(() => preloading.ruleSets.map((set) => set.sourceText)).toEqual(onPage.rules);
    expect(preloading.ruleSets[0]!.errorType).toBeUndefined();
    expect(onPage.articleLinks.length).toBeGreaterThan(0);
    // Every article the front links to is a candidate, and nothing else is.
    await expect
      .poll(() => [...new Set(preloading.candidates)].sort())
      .toEqual([...new Set(onPage.articleLinks)].sort());
    // Moderate: nothing is prerendered until the reader points at a link.
    expect(preloading.started).toEqual([]);
    const link = page.locator("[data-kiosk=teaser] a").first();
    const target = await link.evaluate((element: HTMLAnchorElement) => element.href);
    await link.hover();
    await expect.poll(() => preloading.started).toContain(target);
    expect(problems).toEqual([]);
    await context.close();
  });
});
