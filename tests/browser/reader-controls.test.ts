import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { readerSettings } from "../../src/interface/reader-settings.ts";
import { t } from "../../src/interface/strings.ts";
import { browseSite } from "../support/browse-site.ts";
import { openPage } from "../support/page.ts";
import { seedParagraphs } from "../support/seed.ts";
import { SEED_ARTICLE, SITE_PAGES } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));

/** Open the reader controls: on a phone they are in the header's menu. */
async function openReaderControls(page: Page) {
  const menu = page.locator("[data-kiosk=site-menu] > summary");
  if (await menu.isVisible()) await menu.click();
  await page.getByText(t("reader.title")).click();
}

interface Look {
  scheme: string | null;
  size: string | null;
  background: string;
  fontSize: string;
}

/**
 * In the page, before any of its own scripts: note how <html> looks when <body> is
 * parsed and at the first frame. A setting applied after either would flash.
 */
function probeFirstPaint() {
  const look = (): Look => {
    const root = document.documentElement;
    const style = getComputedStyle(root);
    return {
      scheme: root.getAttribute("data-scheme"),
      size: root.getAttribute("data-size"),
      background: style.backgroundColor,
      fontSize: style.fontSize,
    };
  };
  const probe: { atBody?: Look; firstFrame?: Look } = {};
  Object.assign(window, { kioskProbe: probe });
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    probe.atBody = look();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(() => (probe.firstFrame = look()));
}

async function firstPaintOf(context: BrowserContext, url: string) {
  await context.addInitScript(probeFirstPaint);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => "firstFrame" in (window as unknown as { kioskProbe: object }).kioskProbe);
  return page.evaluate(
    () => (window as unknown as { kioskProbe: { atBody: Look; firstFrame: Look } }).kioskProbe,
  );
}

/** How a page looks when settled, for comparison. */
async function settledLook(options: Parameters<typeof openPage>[2]) {
  const page = await openPage(site.browser, site.url(SEED_ARTICLE), options);
  const look = await page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));
  await page.context().close();
  return look;
}

describe("the reader controls", () => {
  it("should offer every size and scheme as a labelled radio button", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 375 });
    await openReaderControls(page);
    for (const [name, { legend, initial, options }] of Object.entries(readerSettings)) {
      const group = page.getByRole("group", { name: t(legend) });
      expect(await group.getByRole("radio").count(), name).toBe(options.length);
      for (const [value, label] of options) {
        const radio = group.getByRole("radio", { name: t(label), exact: true });
        expect(await radio.inputValue()).toBe(value);
        expect(await radio.isChecked()).toBe(value === initial);
      }
    }
    expect(readerSettings.size.options.length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("radio").first().isVisible()).toBe(false);
    await page.context().close();
  });

  it("should close the reader controls, then the phone's menu, with Escape", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 375 });
    await openReaderControls(page);
    const open = (kind: string) =>
      page.locator(`[data-kiosk=${kind}]`).evaluate((details) => (details as HTMLDetailsElement).open);
    expect([await open("site-menu"), await open("reader-controls")]).toEqual([true, true]);
    await page.keyboard.press("Escape");
    expect([await open("site-menu"), await open("reader-controls")]).toEqual([true, false]);
    await page.keyboard.press("Escape");
    expect(await open("site-menu")).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.closest("[data-kiosk]")?.getAttribute("data-kiosk")),
    ).toBe("site-menu");
    await page.context().close();
  });

  it("should open within a 320 px screen at the largest text size", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), {
      width: 320,
      settings: { size: "larger" },
    });
    await openReaderControls(page);
    const panel = await page.locator(".reader-panel").boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it("should give each scheme its own colours, and follow the system when asked to", async () => {
    const backgrounds = await Promise.all(
      readerSettings.scheme.options.map(([scheme]) =>
        settledLook({ width: 375, colorScheme: "dark", settings: { scheme } }),
      ),
    );
    const [system, light, dark, sepia] = backgrounds.map((look) => look.background);
    expect(new Set([light, dark, sepia]).size).toBe(3);
    expect(system).toBe(dark);
    expect((await settledLook({ width: 375, colorScheme: "light" })).background).toBe(light);
  });

  it("should make the text larger at every step", async () => {
    const sizes = await Promise.all(
      readerSettings.size.options.map(([size]) => settledLook({ width: 1280, settings: { size } })),
    );
    const pixels = sizes.map((look) => parseFloat(look.fontSize));
    expect(pixels).toEqual([...pixels].sort((a, b) => a - b));
    expect(new Set(pixels).size).toBe(pixels.length);
  });

  it("should remember dark and the largest size across pages and visits, applied at first paint", async () => {
    const dark = await settledLook({ width: 375, colorScheme: "dark" });
    const largest = await settledLook({ width: 375, settings: { size: "larger" } });

    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 375, colorScheme: "light" });
    await openReaderControls(page);
    await page.getByRole("radio", { name: t("reader.schemeDark") }).check();
    await page.getByRole("radio", { name: t("reader.sizeLarger") }).check();

    const expected = {
      scheme: "dark",
      size: "larger",
      background: dark.background,
      fontSize: largest.fontSize,
    };
    const nextPage = await firstPaintOf(page.context(), site.url(SITE_PAGES[0].path));
    expect(nextPage).toEqual({ atBody: expected, firstFrame: expected });

    // A later visit: a new browser session with what the first one stored.
    const later = await site.browser.newContext({
      viewport: { width: 375, height: 900 },
      colorScheme: "light",
      storageState: await page.context().storageState(),
    });
    expect(await firstPaintOf(later, site.url(SITE_PAGES[2].path))).toEqual({
      atBody: expected,
      firstFrame: expected,
    });
    await later.close();
    await page.context().close();
  });

  it("should keep the controls out of sight and show the whole article without JavaScript", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), {
      width: 375,
      javaScriptEnabled: false,
    });
    expect(await page.locator("[data-kiosk=reader-controls]").isVisible()).toBe(false);
    const shown = normaliseText(await page.locator(".article-body").innerText());
    for (const paragraph of await seedParagraphs()) expect(shown).toContain(normaliseText(paragraph));
    expect(await page.locator("h1").isVisible()).toBe(true);
    await page.context().close();
  });
});
