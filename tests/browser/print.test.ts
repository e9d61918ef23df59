import type { Page } from "playwright-core";
import { extractText } from "unpdf";
import { describe, expect, inject, it } from "vitest";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { t } from "../../src/interface/strings.ts";
import { browseSite } from "../support/browse-site.ts";
import { luminance } from "../support/colour.ts";
import { openPage } from "../support/page.ts";
import { commonestColour, inkOn, pdfPagePixels } from "../support/pixels.ts";
import { seedParagraphs } from "../support/seed.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));
const fixture = browseSite(inject("articlesTwoDist"));

/** The page printed to A4 as Chromium does, and the PDF's text. */
async function printed(page: Page) {
  const pdf = await page.pdf({ format: "A4" });
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return { pages: totalPages, text };
}

describe("the printed article", () => {
  // A reader's dark scheme and largest text must not reach the paper.
  const settings = { scheme: "dark", size: "larger" };

  it("should fit the seed article on three A4 pages, headline to last paragraph, without navigation", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280, settings });
    const { pages, text } = await printed(page);
    expect(pages).toBeLessThanOrEqual(3);
    const words = normaliseText(text);
    const paragraphs = await seedParagraphs();
    expect(words).toContain(
      normaliseText("Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten"),
    );
    expect(words).toContain(normaliseText(paragraphs.at(-1)!));
    expect(words).toContain("reuters");
    expect(words).toContain("20. dezember 2023");
    for (const chrome of [t("nav.skipToContent"), t("nav.home"), t("reader.title"), t("site.tagline")]) {
      expect(words).not.toContain(normaliseText(chrome));
    }
    await page.context().close();
  });

  it("should print dark text on white and keep headings with what follows", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280, settings });
    // With background graphics on, as a reader may print: all the page paints reaches the paper.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const { totalPages } = await extractText(new Uint8Array(pdf));
    for (let number = 1; number <= totalPages; number++) {
      const sheet = await pdfPagePixels(site.browser, pdf, number, 2);
      const paper = commonestColour(sheet);
      expect(luminance(paper), `page ${number}: paper ${paper}`).toBeGreaterThan(0.9);
      const ink = inkOn(sheet, paper);
      expect(ink.share, `page ${number}: share in ink`).toBeGreaterThan(0.01);
      expect(luminance(ink.colour!), `page ${number}: text ${ink.colour}`).toBeLessThan(0.02);
    }

    await page.emulateMedia({ media: "print" });
    const style = await page.evaluate(() => ({
      headings: [...document.querySelectorAll("h1, h2")].map((h) => getComputedStyle(h).breakAfter),
      quotes: [...document.querySelectorAll(".pull-quote")].map((q) => getComputedStyle(q).breakInside),
    }));
    expect(new Set(style.headings)).toEqual(new Set(["avoid"]));
    expect(new Set(style.quotes)).toEqual(new Set(["avoid"]));
    await page.context().close();
  });

  it("should print each link's address after its text", async () => {
    const page = await openPage(fixture.browser, fixture.url("artikel/hafen-hamburg-containerumschlag/"), {
      width: 1280,
    });
    const { text } = await printed(page);
    expect(text.replace(/\s+/g, "")).toContain(
      "Hafenmarketing-Gesellschaft(https://example.org/hafen/quartalszahlen)",
    );
    await page.context().close();
  });
});
