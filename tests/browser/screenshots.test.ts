import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { contrastRatio, luminance } from "../support/colour.ts";
import { openPage } from "../support/page.ts";
import { commonestColour, decodePng, inkOn } from "../support/pixels.ts";
import { SCHEMES } from "../support/schemes.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

/** Git ignores this folder; people look at the pictures before a visual change lands. */
const FOLDER = join(ROOT, "screenshots");
const site = browseSite(inject("siteDist"));
/** Each page with the elements its picture must show: its headline and its text. */
const PAGES = [
  { name: "article", path: SEED_ARTICLE, headline: "[data-kiosk=headline]", text: ".article-body > p" },
  { name: "front", path: "", headline: "[data-kiosk=teaser] h2", text: "[data-kiosk=teaser] p" },
  { name: "section", path: "themen/nahost/", headline: "h1", text: "[data-kiosk=teaser] h2" },
  { name: "day", path: "archiv/2023/12/20/", headline: "h1", text: "[data-kiosk=teaser] h2" },
];
const cases = PAGES.flatMap((page) =>
  SCHEMES.flatMap((scheme) => [375, 1280].map((width) => ({ ...page, ...scheme, width }))),
);

/** What the background of a picture in each scheme looks like. */
const LOOKS: Record<(typeof SCHEMES)[number]["scheme"], (paper: string) => void> = {
  light: (paper) => expect(luminance(paper), `light background ${paper}`).toBeGreaterThan(0.7),
  dark: (paper) => expect(luminance(paper), `dark background ${paper}`).toBeLessThan(0.1),
  sepia: (paper) => {
    expect(luminance(paper), `sepia background ${paper}`).toBeGreaterThan(0.7);
    // Paper-coloured: more red than blue, where white is even.
    const [red, , blue] = paper.match(/\d+/g)!.map(Number);
    expect(red! - blue!, `sepia background ${paper}`).toBeGreaterThanOrEqual(16);
  },
};

describe("screenshots", () => {
  it.each(cases)(
    "should picture the $name page in $scheme at $width px",
    async ({ path, name, scheme, options, width, headline, text }) => {
      const page = await openPage(site.browser, site.url(path), { ...options, width });
      await mkdir(FOLDER, { recursive: true });
      const picture = await page.screenshot({ fullPage: true });
      await writeFile(join(FOLDER, `${name}-${width}-${scheme}.png`), picture);
      const image = decodePng(picture);

      // The whole page, as wide as the window: nothing sticks out sideways.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect([image.width, image.height]).toEqual([width, height]);

      // The background, the commonest colour, is the page's own and looks like its scheme.
      const paper = commonestColour(image);
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(paper).toBe(background);
      LOOKS[scheme](paper);

      // Headline, first and last paragraph are drawn, in a colour that reads on the background.
      const regions = [
        ["headline", page.locator(headline).first()],
        ["first paragraph", page.locator(text).first()],
        ["last paragraph", page.locator(text).last()],
      ] as const;
      for (const [region, locator] of regions) {
        const found = await locator.boundingBox();
        expect(found, region).not.toBeNull();
        const box = found!;
        expect(box.x, region).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, region).toBeLessThanOrEqual(image.width);
        expect(box.y + box.height, region).toBeLessThanOrEqual(image.height);
        const ink = inkOn(image, paper, box);
        expect(ink.share, `${region}: share of its box in ink`).toBeGreaterThan(0.03);
        expect(
          contrastRatio(ink.colour!, paper),
          `${region}: ${ink.colour} on ${paper}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
      await page.context().close();
    },
  );
});
