import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browse-site.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { luminance } from "../support/colour.ts";
import { openPage } from "../support/page.ts";
import { SCHEMES } from "../support/schemes.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

/** Git ignores this folder; people look at the pictures before a visual change lands. */
const FOLDER = join(ROOT, "screenshots");
const site = browseSite(inject("siteDist"));
const PAGES = [
  { name: "article", path: SEED_ARTICLE },
  { name: "front", path: "" },
];
const cases = PAGES.flatMap((page) =>
  SCHEMES.flatMap((scheme) => [375, 1280].map((width) => ({ ...page, ...scheme, width }))),
);

describe("screenshots", () => {
  it.each(cases)(
    "should picture the $name page in $scheme at $width px",
    async ({ path, name, scheme, options, width }) => {
      const page = await openPage(site.browser, site.url(path), { ...options, width });
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(luminance(background) < 0.1).toBe(scheme === "dark");
      await mkdir(FOLDER, { recursive: true });
      const picture = await page.screenshot({ fullPage: true });
      await writeFile(join(FOLDER, `${name}-${width}-${scheme}.png`), picture);
      expect(picture.length).toBeGreaterThan(1000);
      await page.context().close();
    },
  );
});
