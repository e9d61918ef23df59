import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { openPage } from "../support/page.ts";

/** A topic page of the fixture whose German article has a lead image. */
const fixture = browseSite(inject("articlesTwoDist"));
const TOPIC = "themen/wirtschaft/";

/** Where the teaser's thumbnail stands against its text, in rem of the page. */
async function thumbnailBox(page: Page) {
  const teaser = page.locator("[data-kiosk=teaser]").first();
  await teaser.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  return teaser.evaluate((element) => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const img = element.querySelector("img")!.getBoundingClientRect();
    const text = element.querySelector(".teaser-title")!.getBoundingClientRect();
    const kicker = element.querySelector("[data-kiosk=kicker]")!.getBoundingClientRect();
    return {
      beside: img.left >= text.right - 0.5 && img.top < text.bottom,
      above: img.bottom <= kicker.top + 0.5,
      widthRem: Math.round((img.width / rem) * 10) / 10,
      fillsTeaser: Math.abs(img.width - element.getBoundingClientRect().width) < 1,
      ratio: Math.round((img.width / img.height) * 100) / 100,
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });
}

describe("a teaser's thumbnail", () => {
  it("should stand small and nearly square beside the headline on a phone", async () => {
    const page = await openPage(fixture.browser, fixture.url(TOPIC), { width: 375 });
    const box = await thumbnailBox(page);
    expect(box).toMatchObject({ beside: true, above: false, ratio: 1.25, overflow: 0 });
    expect(box.widthRem).toBeGreaterThanOrEqual(5.5);
    expect(box.widthRem).toBeLessThanOrEqual(8);
    await page.context().close();
  });

  it("should stand larger beside the text in a list on a large screen", async () => {
    const page = await openPage(fixture.browser, fixture.url(TOPIC), { width: 1280 });
    expect(await thumbnailBox(page)).toMatchObject({ beside: true, widthRem: 11, ratio: 1.5, overflow: 0 });
    await page.context().close();
  });

  it("should stand above the headline, as wide as the card, when the teaser is a grid's card on a large screen", async () => {
    const page = await openPage(fixture.browser, fixture.url(TOPIC), { width: 1280 });
    // A card of a three-column grid at this width.
    await page.locator("[data-kiosk=article-list]").evaluate((list: HTMLElement) => {
      list.style.width = "22rem";
    });
    expect(await thumbnailBox(page)).toMatchObject({
      beside: false,
      above: true,
      fillsTeaser: true,
      ratio: 1.5,
    });
    await page.context().close();
  });
});

describe("a teaser's headline", () => {
  const decoration = (page: Page) =>
    page
      .locator(".teaser-title a")
      .first()
      .evaluate((link) => {
        const style = getComputedStyle(link);
        return { line: style.textDecorationLine, outline: style.outlineStyle };
      });

  it("should be underlined only under the pointer or the keyboard's focus, which shows a ring", async () => {
    const page = await openPage(fixture.browser, fixture.url(TOPIC), { width: 1280 });
    expect(await decoration(page)).toEqual({ line: "none", outline: "none" });
    // Tab through the header to the first teaser's headline.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest(".teaser-title"))) break;
    }
    expect(await decoration(page)).toEqual({ line: "underline", outline: "solid" });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.locator(".teaser-title a").first().hover();
    expect(await decoration(page)).toEqual({ line: "underline", outline: "none" });
    await page.context().close();
  });
});
