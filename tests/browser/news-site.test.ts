import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { slugify } from "../../src/lib/slug.ts";
import { axeViolations } from "../support/axe.ts";
import { browseSite } from "../support/browse-site.ts";
import { layoutShifts } from "../support/layout-shifts.ts";
import { SECTIONS, newsroomArticles, type NewsroomArticle } from "../support/newsroom.ts";
import { openPage } from "../support/page.ts";
import { SCHEMES } from "../support/schemes.ts";

/**
 * The generated newsrooms of 1, 12 and 60 articles (tests/support/newsroom.ts) as a
 * reader meets them: on a phone and a desktop, every kind of page, light and dark.
 */

/** The stories the front must keep, each once, whatever else it shows. */
const FRONT_NEWEST = 20;
/** A phone's header: one bar, no more. */
const HEADER_HEIGHT = 64;
/** Below Lighthouse's "good" of 0.1, as the page states are new: nothing visibly moves. */
const LAYOUT_SHIFT = 0.01;
/** Two headlines this far apart stand in two columns, not one indented. */
const COLUMN_GAP = 160;

const dayPath = (day: string) => `archiv/${day.replaceAll("-", "/")}/`;
const articlePath = (article: NewsroomArticle) => `artikel/${article.slug}/`;
/** The days with articles, newest first. */
const daysOf = (articles: NewsroomArticle[]) => [...new Set(articles.map((article) => article.day))];

/** One page of every kind the newsroom has, relative to the base path. */
function pageKinds(articles: NewsroomArticle[]) {
  const newest = articles[0]!;
  const [year, month] = newest.day.split("-");
  return [
    { name: "front", path: "" },
    { name: "article", path: articlePath(newest) },
    { name: "section", path: `themen/${slugify(newest.section)}/` },
    { name: "day", path: dayPath(newest.day) },
    { name: "month", path: `archiv/${year}/${month}/` },
    { name: "year", path: `archiv/${year}/` },
    { name: "archive", path: "archiv/" },
    { name: "author", path: `autoren/${newest.authors[0]}/` },
    { name: "search", path: "suche/" },
    { name: "impressum", path: "impressum/" },
    { name: "corrections", path: "korrekturen/" },
  ];
}

/** The page states the front-page work adds: front, section and date archive pages. */
const NEW_STATES = ["front", "section", "day", "month", "year"];

/** In the page: the pathnames of the front's teaser headlines, and where each box stands. */
function frontHeadlines() {
  const lead = document.querySelector("[data-kiosk=teaser][data-lead]");
  const leadBottom = lead ? lead.getBoundingClientRect().bottom : 0;
  return [...document.querySelectorAll<HTMLAnchorElement>("[data-kiosk=teaser] :is(h2, h3) a")].map(
    (link) => {
      const box = link.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0;
      return {
        path: new URL(link.href).pathname,
        belowLead: visible && !link.closest("[data-lead]") && box.top >= leadBottom,
        left: box.left,
      };
    },
  );
}

/** In the page: the elements that reach past the viewport's right edge. */
function overflowing() {
  const width = document.documentElement.clientWidth;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: width,
    culprits: [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`),
  };
}

/** In the page: scroll to the end, so lazy images load, and back, then wait for every image. */
async function loadEveryImage() {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  window.scrollTo(0, 0);
}

const hrefs = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe.each(inject("newsrooms"))("a newsroom of $articles articles", (build) => {
  const site = browseSite(build.dist);
  const articles = newsroomArticles(build.articles);
  const kinds = pageKinds(articles);
  const path = (relative: string) => new URL(site.url(relative)).pathname;

  beforeAll(() => {
    expect(build.exitCode, `the newsroom does not build:\n${build.output}`).toBe(0);
  });

  // One visit a page: the header at 375 px, then the page narrowed to 320 px; soft
  // expectations, so that a tall header does not hide a wide page.
  it.each(kinds)(
    `should show the sections in one header bar of at most ${HEADER_HEIGHT} px and not scroll sideways on the $name page`,
    async ({ path: pagePath }) => {
      const page = await openPage(site.browser, site.url(pagePath), { width: 375 });
      const header = await page.evaluate(
        () => document.querySelector("header")!.getBoundingClientRect().height,
      );
      expect.soft(header, "the header's height at 375 px").toBeLessThanOrEqual(HEADER_HEIGHT);

      const sections = "header nav[data-kiosk=sections] a";
      const names = (await page.locator(sections).allTextContents()).map((text) => text.trim());
      expect.soft(names, "the sections in the header").toEqual(SECTIONS);
      const targets = await hrefs(page, sections);
      expect.soft(targets).toEqual(SECTIONS.map((section) => path(`themen/${slugify(section)}/`)));
      for (const target of targets) {
        expect.soft((await fetch(new URL(target, site.url("")))).status, target).toBe(200);
      }

      await page.setViewportSize({ width: 320, height: 900 });
      const { scrollWidth, clientWidth, culprits } = await page.evaluate(overflowing);
      expect.soft(scrollWidth, `too wide at 320 px: ${culprits.join(", ")}`).toBeLessThanOrEqual(clientWidth);
      await page.context().close();
    },
  );

  describe("its front page at 1,280 px", () => {
    const newest = articles.toSorted((a, b) => b.published - a.published).slice(0, FRONT_NEWEST);

    it(`should show each of the newest ${Math.min(FRONT_NEWEST, build.articles)} articles exactly once`, async () => {
      const page = await openPage(site.browser, site.url(""), { width: 1280 });
      const shown = (await page.evaluate(frontHeadlines)).map((headline) => headline.path);
      const counts = newest.map((article) => ({
        slug: article.slug,
        times: shown.filter((shownPath) => shownPath === path(articlePath(article))).length,
      }));
      expect(counts).toEqual(newest.map((article) => ({ slug: article.slug, times: 1 })));
      await page.context().close();
    });

    // One article is a lead alone; from a dozen on, the news below it must use the width.
    if (build.articles > 1) {
      it("should set the headlines below the lead in at least two columns, the right half holding news", async () => {
        const page = await openPage(site.browser, site.url(""), { width: 1280 });
        const below = (await page.evaluate(frontHeadlines)).filter((headline) => headline.belowLead);
        const lefts = below.map((headline) => headline.left);
        expect(lefts.length).toBeGreaterThan(1);
        expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThanOrEqual(COLUMN_GAP);
        expect(
          lefts.some((left) => left >= 640),
          `headlines start at ${lefts.join(", ")}`,
        ).toBe(true);
        await page.context().close();
      });
    }
  });

  describe("its article pages", () => {
    const timed = articles.find((article) => article.hasTime)!;
    const dated = articles.find((article) => !article.hasTime);
    const unkicked = articles.find((article) => !article.kicker);

    it("should set the kicker before the headline", async () => {
      const article = articles.find((candidate) => candidate.kicker)!;
      const page = await openPage(site.browser, site.url(articlePath(article)), { width: 375 });
      const kicker = page.locator("[data-kiosk=article] [data-kiosk=kicker]");
      expect((await kicker.textContent())?.trim()).toBe(article.kicker);
      const before = await kicker.evaluate(
        (element) =>
          !!(
            element.compareDocumentPosition(element.closest("[data-kiosk=article]")!.querySelector("h1")!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      );
      expect(before).toBe(true);
      await page.context().close();
    });

    if (unkicked) {
      it("should show no kicker where the article has none", async () => {
        const page = await openPage(site.browser, site.url(articlePath(unkicked)), { width: 375 });
        expect(await page.locator("[data-kiosk=article] [data-kiosk=kicker]").count()).toBe(0);
        await page.context().close();
      });
    }

    it("should give the clock time where the article has one", async () => {
      const page = await openPage(site.browser, site.url(articlePath(timed)), { width: 375 });
      const [hours, minutes] = timed.date.slice(11, 16).split(":");
      const text = await page.locator("[data-kiosk=article] [data-kiosk=date]").textContent();
      expect(text).toContain(`${Number(hours)}:${minutes} Uhr`);
      await page.context().close();
    });

    if (dated) {
      it("should give no clock time where the article has only a date", async () => {
        const page = await openPage(site.browser, site.url(articlePath(dated)), { width: 375 });
        const text = await page.locator("[data-kiosk=article] [data-kiosk=date]").textContent();
        expect(text).toContain(`${Number(dated.day.slice(8))}.`);
        expect(text).not.toMatch(/Uhr|\d:\d/);
        await page.context().close();
      });
    }
  });

  describe("its day pages", () => {
    const days = daysOf(articles);
    // The newest, the oldest, and one whose older neighbour lies across a day without articles.
    const checked = [...new Set([days[0]!, days[2] ?? days[0]!, days.at(-1)!])];

    it.each(checked)(
      "should link %s to its month and to the neighbouring days with articles",
      async (day) => {
        const page = await openPage(site.browser, site.url(dayPath(day)), { width: 1280 });
        const month = `archiv/${day.slice(0, 7).replace("-", "/")}/`;
        expect(await hrefs(page, "nav[data-kiosk=breadcrumb] a")).toContain(path(month));
        const index = days.indexOf(day);
        const older = days[index + 1];
        const newer = days[index - 1];
        expect(await hrefs(page, "[data-kiosk=period-nav] a[rel=prev]")).toEqual(
          older ? [path(dayPath(older))] : [],
        );
        expect(await hrefs(page, "[data-kiosk=period-nav] a[rel=next]")).toEqual(
          newer ? [path(dayPath(newer))] : [],
        );
        await page.context().close();
      },
    );
  });

  const states = kinds
    .filter(({ name }) => NEW_STATES.includes(name))
    .flatMap((kind) =>
      SCHEMES.filter(({ scheme }) => scheme !== "sepia").flatMap(({ scheme, options }) =>
        [375, 1280].map((width) => ({ ...kind, scheme, options, width })),
      ),
    );

  it.each(states)(
    `should not shift (CLS below ${LAYOUT_SHIFT}) and pass axe on the $name page in $scheme at $width px`,
    async ({ path: pagePath, options, width }) => {
      const page = await openPage(site.browser, site.url(pagePath), { ...options, width });
      await page.waitForLoadState("load");
      await page.evaluate(loadEveryImage);
      const { total, moved } = await page.evaluate(layoutShifts);
      expect(total, `moved: ${moved.join(", ")}`).toBeLessThan(LAYOUT_SHIFT);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
