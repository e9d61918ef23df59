import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { browseSite } from "../support/browse-site.ts";
import { contrastRatio } from "../support/colour.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { openPage } from "../support/page.ts";
import { typeSearch } from "../support/search-page.ts";
import { SCHEMES } from "../support/schemes.ts";
import { SEED_ARTICLE, SITE_PAGES } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));
const WIDTHS = [375, 1280];

describe.each(SITE_PAGES)("the $name page", ({ path, lang }) => {
  const cases = SCHEMES.flatMap(({ scheme, options }) => WIDTHS.map((width) => ({ scheme, options, width })));

  it.each(cases)(
    "should pass axe's WCAG 2.2 AA rules in $scheme at $width px",
    async ({ options, width }) => {
      const page = await openPage(site.browser, site.url(path), { ...options, width });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it("should have the landmarks, one h1, headings in order and the right lang", async () => {
    const page = await openPage(site.browser, site.url(path), { width: 1280 });
    const outline = await page.evaluate(() => ({
      banner: document.querySelectorAll("body > header").length,
      nav: document.querySelectorAll("header nav").length,
      main: document.querySelectorAll("main").length,
      contentinfo: document.querySelectorAll("body > footer").length,
      levels: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
      lang: document.documentElement.lang,
    }));
    expect(outline).toMatchObject({ banner: 1, nav: 1, main: 1, contentinfo: 1, lang });
    expect(outline.levels[0]).toBe(1);
    expect(outline.levels.filter((level) => level === 1)).toHaveLength(1);
    outline.levels.forEach((level, i) => expect(level - (outline.levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    await page.context().close();
  });

  it("should give every link a text that makes sense alone", async () => {
    const page = await openPage(site.browser, site.url(path), { width: 1280 });
    const links = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors.map((a) => ({
        text: a.textContent!.replace(/\s+/g, " ").trim(),
        href: a.getAttribute("href"),
      })),
    );
    for (const { text, href } of links) {
      expect(text, href!).not.toMatch(/^(hier|mehr|weiter|link|klicken|here|more|read more)?$/i);
      // The same words never lead to two places.
      expect(links.filter((other) => other.text === text).map((other) => other.href)).toEqual(
        links.filter((other) => other.text === text).map(() => href),
      );
    }
    await page.context().close();
  });

  it("should focus the skip link first and move focus to main on Enter", async () => {
    const page = await openPage(site.browser, site.url(path), { width: 375 });
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement!.className);
    expect(first).toBe("skip-link");
    expect(await page.locator(".skip-link").isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement!.tagName)).toBe("MAIN");
    await page.context().close();
  });

  it.each(SCHEMES)(
    "should show a focus ring of 3:1 contrast or more on every stop in $scheme",
    async ({ options }) => {
      const page = await openPage(site.browser, site.url(path), { ...options, width: 1280 });
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      const seen = new Set<string>();
      for (let stop = 0; stop < 30; stop++) {
        await page.keyboard.press("Tab");
        const ring = await page.evaluate(() => {
          const element = document.activeElement!;
          const style = getComputedStyle(element);
          return {
            name: `${element.tagName} ${element.textContent!.trim().slice(0, 30)}`,
            body: element === document.body,
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            colour: style.outlineColor,
          };
        });
        if (ring.body || seen.has(ring.name)) break;
        seen.add(ring.name);
        expect(ring.style, ring.name).toBe("solid");
        expect(ring.width, ring.name).toBeGreaterThanOrEqual(2);
        expect(contrastRatio(ring.colour, background), ring.name).toBeGreaterThanOrEqual(3);
      }
      expect(seen.size).toBeGreaterThanOrEqual(2);
      await page.context().close();
    },
  );
});

describe("pull quotes, motion and forced colours on the article page", () => {
  it("should have screen readers meet each quoted sentence once", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280 });
    const tree = await page.locator("main").ariaSnapshot();
    const quotes = await page.locator(".pull-quote blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const words = quote.replace(/\s+/g, " ").trim().replace(/[.…]$/, "");
      expect(tree.split(words).length - 1, words).toBe(1);
    }
    await page.context().close();
  });

  it("should scroll smoothly only when the reader has not asked for reduced motion", async () => {
    const behaviour = async (reducedMotion: "reduce" | "no-preference") => {
      const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280, reducedMotion });
      const result = await page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        moving: [...document.querySelectorAll("*")].filter((element) => {
          const style = getComputedStyle(element);
          return style.animationName !== "none" || parseFloat(style.transitionDuration) > 0;
        }).length,
      }));
      await page.context().close();
      return result;
    };
    expect(await behaviour("reduce")).toEqual({ scroll: "auto", moving: 0 });
    expect((await behaviour("no-preference")).scroll).toBe("smooth");
  });

  it("should keep focus rings and pull-quote rules in forced colours", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), {
      width: 1280,
      forcedColors: "active",
    });
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const ring = getComputedStyle(document.activeElement!);
      const quote = getComputedStyle(document.querySelector(".pull-quote")!);
      return {
        ring: `${ring.outlineStyle} ${parseFloat(ring.outlineWidth) >= 2}`,
        rule: `${quote.borderTopStyle} ${quote.borderBottomStyle}`,
        forced: matchMedia("(forced-colors: active)").matches,
      };
    });
    expect(seen).toEqual({ ring: "solid true", rule: "solid solid", forced: true });
    await page.context().close();
  });
});

describe("the publishing fixture: corrections in German and English, author pages with photo and without", () => {
  const publishing = browseSite(inject("publishingDist"), PUBLISHING.KIOSK_BASE);
  const AUTHOR_PAGES = ["autoren/anna-beispiel/", "autoren/max-muster/"];
  const PAGES = [
    "korrekturen/",
    "artikel/bruecke-gesperrt/",
    "artikel/port-report-english/",
    ...AUTHOR_PAGES,
  ];
  const cases = PAGES.flatMap((path) =>
    SCHEMES.flatMap(({ scheme, options }) => WIDTHS.map((width) => ({ path, scheme, options, width }))),
  );

  it.each(cases)(
    "should pass axe's WCAG 2.2 AA rules on $path in $scheme at $width px",
    async ({ path, options, width }) => {
      const page = await openPage(publishing.browser, publishing.url(path), { ...options, width });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(AUTHOR_PAGES)("should have one h1, the author's name, and headings in order: %s", async (path) => {
    const page = await openPage(publishing.browser, publishing.url(path), { width: 375 });
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
    );
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    await page.context().close();
  });
});

describe("the fixture articles: English, and German with an image and a link", () => {
  const fixture = browseSite(inject("articlesTwoDist"));

  it.each([
    { path: "artikel/harbour-report-english/", lang: "en" },
    { path: "artikel/hafen-hamburg-containerumschlag/", lang: "de" },
  ])("should pass axe and be in $lang with a German interface: $path", async ({ path, lang }) => {
    const page = await openPage(fixture.browser, fixture.url(path), { width: 375 });
    expect(await axeViolations(page)).toEqual([]);
    const langs = await page.evaluate(() => ({
      page: document.documentElement.lang,
      interface: [...document.querySelectorAll(".skip-link, body > header, body > footer")].map((element) =>
        element.closest("[lang]")!.getAttribute("lang"),
      ),
    }));
    expect(langs).toEqual({ page: lang, interface: ["de", "de", "de"] });
    await page.context().close();
  });
});

describe("the search page with results: kickers, dates, excerpts and topic filters", () => {
  const fixture = browseSite(inject("articlesTwoDist"));
  const cases = SCHEMES.flatMap(({ scheme, options }) => WIDTHS.map((width) => ({ scheme, options, width })));

  it.each(cases)(
    "should pass axe's WCAG 2.2 AA rules in $scheme at $width px",
    async ({ options, width }) => {
      const page = await openPage(fixture.browser, fixture.url("suche/"), { ...options, width });
      await typeSearch(page, "Container");
      await expect.poll(() => page.locator(".search-result-excerpt").count()).toBe(2);
      expect(await page.locator(".search-result-kicker").count()).toBe(2);
      expect(await page.locator(".pf-filter-checkbox:visible").count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe("the pages of a newsroom with its own settings: English, its logo and accent colours", () => {
  const publication = browseSite(inject("publicationDist"));
  const PAGES = ["impressum/", "datenschutz/", "principles/", "artikel/ferry-timetable/"];
  const cases = PAGES.flatMap((path) =>
    SCHEMES.flatMap(({ scheme, options }) => WIDTHS.map((width) => ({ path, scheme, options, width }))),
  );

  it.each(cases)(
    "should pass axe's WCAG 2.2 AA rules on $path in $scheme at $width px",
    async ({ path, options, width }) => {
      const page = await openPage(publication.browser, publication.url(path), { ...options, width });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(SCHEMES)(
    "should set the correction's accent rule in the settings' colour in $scheme",
    async ({ scheme, options }) => {
      const page = await openPage(publication.browser, publication.url("artikel/ferry-timetable/"), {
        ...options,
        width: 1280,
      });
      const accent = await page.evaluate(
        () => getComputedStyle(document.querySelector(".corrections")!).borderInlineStartColor,
      );
      const expected = { light: "rgb(29, 78, 137)", dark: "rgb(156, 196, 255)", sepia: "rgb(29, 78, 137)" }[
        scheme
      ];
      expect(accent).toBe(expected);
      await page.context().close();
    },
  );
});

describe("a German newsroom's front page with topic sections beside the newest, and its legal pages", () => {
  const front = browseSite(inject("frontDist"));
  const cases = SCHEMES.flatMap(({ scheme, options }) => WIDTHS.map((width) => ({ scheme, options, width })));
  /** Made from its settings: a GmbH's particulars, a host and a supervisory authority. */
  const LEGAL = ["impressum/", "datenschutz/"];

  it.each(LEGAL.flatMap((path) => cases.map((entry) => ({ path, ...entry }))))(
    "should pass axe's WCAG 2.2 AA rules on $path in $scheme at $width px",
    async ({ path, options, width }) => {
      const page = await openPage(front.browser, front.url(path), { ...options, width });
      expect(await page.locator("html").getAttribute("lang")).toBe("de");
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(cases)(
    "should pass axe's WCAG 2.2 AA rules with its sections in $scheme at $width px",
    async ({ options, width }) => {
      const page = await openPage(front.browser, front.url(""), { ...options, width });
      expect(await page.locator("[data-kiosk=front-section]").count()).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
