import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { median } from "../../src/lib/median.ts";
import { lineLengths } from "../support/line-lengths.ts";
import { openPage } from "../support/page.ts";
import { SEED_ARTICLE, SITE_PAGES } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));
const WIDTHS = [320, 375, 768, 1280];

/** In the page: horizontal overflow, and the smallest font size of any visible text. */
function measureText() {
  const sizes: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || !parent.checkVisibility() || parent.closest(".visually-hidden"))
      continue;
    sizes.push(parseFloat(getComputedStyle(parent).fontSize));
  }
  return {
    overflow: document.documentElement.scrollWidth - innerWidth,
    body: parseFloat(getComputedStyle(document.body).fontSize),
    smallest: Math.min(...sizes),
  };
}

describe.each(SITE_PAGES)("the $name page", ({ path }) => {
  it.each(WIDTHS)("should not scroll sideways and set all text at 16 px or more at %i px", async (width) => {
    const page = await openPage(site.browser, site.url(path), { width });
    expect(await page.evaluate(measureText)).toMatchObject({
      overflow: 0,
      body: expect.toSatisfy((size: number) => size >= 16),
      smallest: expect.toSatisfy((size: number) => size >= 16),
    });
    await page.context().close();
  });

  it("should not scroll sideways at 320 px with the largest text", async () => {
    const page = await openPage(site.browser, site.url(path), { width: 320, settings: { size: "larger" } });
    expect((await page.evaluate(measureText)).overflow).toBe(0);
    await page.context().close();
  });
});

describe("the article's text and pull quotes", () => {
  it("should set body paragraphs at 60–75 characters a line (median) at 1280 px", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280 });
    const lengths = await page.evaluate(lineLengths, ".article-body > p");
    expect(lengths.length).toBeGreaterThan(40);
    expect(median(lengths)).toBeGreaterThanOrEqual(60);
    expect(median(lengths)).toBeLessThanOrEqual(75);
    await page.context().close();
  });

  it.each([
    { width: 1280, settings: {}, hangs: true },
    { width: 1280, settings: { size: "larger" }, hangs: true },
    { width: 768, settings: {}, hangs: false },
    { width: 375, settings: {}, hangs: false },
  ])(
    "should set pull quotes off from the text at $width px $settings",
    async ({ width, settings, hangs }) => {
      const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width, settings });
      const boxes = await page.evaluate(() => {
        const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
        return {
          quotes: [...document.querySelectorAll(".pull-quote")].map(box),
          paragraphs: [...document.querySelectorAll(".article-body > p")].map(box),
          overflow: document.documentElement.scrollWidth - innerWidth,
        };
      });
      const textRight = Math.max(...boxes.paragraphs.map((p) => p.right));
      const textLeft = Math.min(...boxes.paragraphs.map((p) => p.left));
      expect(boxes.overflow).toBe(0);
      for (const quote of boxes.quotes) {
        if (hangs) {
          // In the margin column, beside the text.
          expect(quote.left).toBeGreaterThan(textRight);
        } else {
          // Between paragraphs, as wide as the text, overlapping none.
          expect([quote.left, quote.right]).toEqual([textLeft, textRight]);
          for (const p of boxes.paragraphs) expect(p.bottom <= quote.top || p.top >= quote.bottom).toBe(true);
        }
      }
      await page.context().close();
    },
  );
});

describe("an article with an image", () => {
  const withImage = browseSite(inject("articlesTwoDist"));
  const PAGE = "artikel/hafen-hamburg-containerumschlag/";

  it.each([
    { width: 320, candidate: "480w" },
    { width: 1280, candidate: "800w" },
  ])(
    "should fit the image to the column, with caption and credit, at $width px",
    async ({ width, candidate }) => {
      const page = await openPage(withImage.browser, withImage.url(PAGE), { width });
      await page.locator("[data-kiosk=article-image] img").evaluate((img: HTMLImageElement) => img.decode());
      const figure = await page.locator("[data-kiosk=article-image]").evaluate((element) => {
        const img = element.querySelector("img")!;
        const column = element.closest("article")!.querySelector(".article-body")!.getBoundingClientRect();
        const box = img.getBoundingClientRect();
        return {
          fits: box.left >= column.left - 0.5 && box.right <= column.right + 0.5,
          fills: box.width > column.width - 1,
          ratio: Math.round((box.width / box.height) * 100) / 100,
          // The browser picks the candidate of the srcset that suits the width.
          chosen: img.srcset
            .split(",")
            .map((candidate) => candidate.trim().split(" "))
            .find(([url]) => new URL(url!, location.href).href === img.currentSrc)?.[1],
          alt: img.alt,
          caption: element.querySelector("figcaption")!.textContent!.replace(/\s+/g, " ").trim(),
          overflow: document.documentElement.scrollWidth - innerWidth,
        };
      });
      expect(figure).toEqual({
        fits: true,
        fills: true,
        ratio: 1.78,
        chosen: candidate,
        alt: expect.stringMatching(/^Gestapelte bunte Container/),
        caption:
          "Am Containerterminal stapeln sich weniger Boxen als vor einem Jahr. Foto: Kiosk-Testredaktion",
        overflow: 0,
      });
      await page.context().close();
    },
  );
});

describe("the end of an article", () => {
  const publishing = browseSite(inject("publishingDist"), PUBLISHING.KIOSK_BASE);

  it.each([375, 1280])("should set „Mehr zum Thema“ in the text's column at %i px", async (width) => {
    const page = await openPage(publishing.browser, publishing.url("artikel/hafen-containerriese/"), {
      width,
    });
    const edges = await page.evaluate(() => {
      const edgesOf = (selector: string) => {
        const boxes = [...document.querySelectorAll(selector)].map((element) =>
          element.getBoundingClientRect(),
        );
        return boxes.length === 0
          ? undefined
          : {
              left: Math.min(...boxes.map((box) => box.left)),
              right: Math.max(...boxes.map((box) => box.right)),
            };
      };
      return {
        text: edgesOf(".article-body > p"),
        heading: edgesOf("[data-kiosk=related] h2"),
        list: edgesOf("[data-kiosk=related] li"),
      };
    });
    expect(edges.text).toBeDefined();
    // The heading's and the list's left edge is the text's; the list as wide as the text.
    expect(edges.heading?.left).toBeCloseTo(edges.text!.left, 0);
    expect(edges.list).toEqual({
      left: expect.closeTo(edges.text!.left, 0),
      right: expect.closeTo(edges.text!.right, 0),
    });
    await page.context().close();
  });
});
