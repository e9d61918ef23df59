import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../helpers/browse-site.ts";
import { openPage } from "../helpers/page.ts";
import { SEED_ARTICLE } from "../helpers/site-pages.ts";

const site = browseSite(inject("siteDist"));

/** In the page: the layout shifts since navigation, once fonts are in and two frames drawn. */
async function layoutShifts() {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const entries = await new Promise<PerformanceEntryList>((resolve) => {
    // Buffered: the entries so far arrive at once; none at all means no callback.
    new PerformanceObserver((list) => resolve(list.getEntries())).observe({
      type: "layout-shift",
      buffered: true,
    });
    setTimeout(() => resolve([]), 300);
  });
  return entries.reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
}

/** In the page: push the text down, as a late banner or font would. */
function pushContentDown() {
  const banner = document.createElement("div");
  banner.style.height = "200px";
  document.body.prepend(banner);
}

describe.each([
  { name: "article", path: SEED_ARTICLE },
  { name: "front", path: "" },
])("the $name page", ({ path }) => {
  it.each([375, 1280])("should not shift its layout while it loads at %i px (CLS 0)", async (width) => {
    const page = await openPage(site.browser, site.url(path), { width, settings: { size: "larger" } });
    await page.waitForLoadState("load");
    expect(await page.evaluate(layoutShifts)).toBe(0);
    // The measure itself sees a shift when there is one.
    await page.evaluate(pushContentDown);
    expect(await page.evaluate(layoutShifts)).toBeGreaterThan(0);
    await page.context().close();
  });
});
