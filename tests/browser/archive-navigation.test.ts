import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { openPage } from "../support/page.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));
const DAY = "archiv/2023/12/20/";
const MONTH = "archiv/2023/12/";

describe("the archive's pages in the browser", () => {
  it.each([{}, { size: "larger" }])("should fit the month's calendar into 320 px %o", async (settings) => {
    const page = await openPage(site.browser, site.url(MONTH), { width: 320, settings });
    const fit = await page.evaluate(() => {
      const calendar = document.querySelector("[data-kiosk=calendar]")!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - innerWidth,
        beyond: Math.max(0, calendar.right - document.documentElement.clientWidth),
        width: calendar.width,
      };
    });
    expect(fit).toMatchObject({ overflow: 0, beyond: 0, width: expect.toSatisfy((w: number) => w > 0) });
    await page.context().close();
  });

  it("should set a day's heading as a page title, larger than its teasers' headlines", async () => {
    const page = await openPage(site.browser, site.url(DAY), { width: 1280 });
    const sizes = await page.evaluate(() =>
      ["main h1", "[data-kiosk=teaser] :is(h2, h3)"].map((selector) =>
        parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
      ),
    );
    expect(sizes[0]).toBeGreaterThan(sizes[1]! * 1.25);
    await page.context().close();
  });

  it("should start every page's heading at one x offset at 1280 px: nothing jumps sideways", async () => {
    const offsets: Record<string, number> = {};
    for (const path of ["impressum/", SEED_ARTICLE, "themen/", "themen/nahost/", "archiv/", MONTH, DAY]) {
      const page = await openPage(site.browser, site.url(path), { width: 1280 });
      offsets[path] = await page.evaluate(
        () => document.querySelector("main h1")!.getBoundingClientRect().left,
      );
      await page.context().close();
    }
    expect(new Set(Object.values(offsets)), JSON.stringify(offsets)).toHaveLength(1);
  });
});
