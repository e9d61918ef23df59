import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { t } from "../../src/interface/strings.ts";
import { browseSite, type BrowsedSite } from "../support/browse-site.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { openPage } from "../support/page.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

const site = browseSite(inject("siteDist"));
const publishing = browseSite(inject("publishingDist"), PUBLISHING.KIOSK_BASE);

/** The seed article, and a headline full of HTML, quotes and `&` on a site under a path. */
const ARTICLES: { name: string; site: BrowsedSite; path: string; title: string; url: string }[] = [
  {
    name: "seed article",
    site,
    path: SEED_ARTICLE,
    title: "Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten",
    url: `http://localhost:4321/${SEED_ARTICLE}`,
  },
  {
    name: "hostile headline",
    site: publishing,
    path: "artikel/titel-mit-script/",
    title: '</script><script>alert(1)</script> "Zitat" & <!-- Kommentar',
    url: `${PUBLISHING.KIOSK_SITE}${PUBLISHING.KIOSK_BASE}artikel/titel-mit-script/`,
  },
];

/** What the page's stand-ins for the browser's share sheet and clipboard were handed. */
interface Handed {
  shared: ShareData[];
  copied: string[];
}

/**
 * In the page, before its scripts: a share sheet that records what it is given, or none
 * (`withShare` false); the clipboard stays the browser's own, and is watched.
 */
function standIns(withShare: boolean) {
  const handed: Handed = { shared: [], copied: [] };
  Object.assign(window, { kioskHanded: handed });
  if (withShare) {
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: (data: ShareData) => {
        handed.shared.push({ ...data });
        return Promise.resolve();
      },
    });
  } else {
    delete (Navigator.prototype as Partial<Navigator>).share;
  }
  const clipboard = Clipboard.prototype;
  const writeText = clipboard.writeText;
  clipboard.writeText = function (text: string) {
    handed.copied.push(text);
    return writeText.call(this, text);
  };
}

async function openArticle(browser: Browser, url: string, withShare: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  await context.addInitScript(standIns, withShare);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const handed = (page: Page) =>
  page.evaluate(() => (window as unknown as { kioskHanded: Handed }).kioskHanded);

describe("the share control", () => {
  it.each(ARTICLES)(
    "should hand the $name's title and canonical URL to the share sheet, by click and by keyboard",
    async ({ site, path, title, url }) => {
      const page = await openArticle(site.browser, site.url(path), true);
      expect(await page.locator("link[rel=canonical]").getAttribute("href")).toBe(url);
      const control = page.locator("[data-kiosk=share]").getByRole("button", { name: t("share.label") });
      await control.click();
      await control.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Space");
      await expect
        .poll(async () => (await handed(page)).shared)
        .toEqual([
          { title, url },
          { title, url },
          { title, url },
        ]);
      expect((await handed(page)).copied).toEqual([]);
      expect(await page.getByRole("status").textContent()).toBe("");
      await page.context().close();
    },
  );

  it("should copy the link where there is no share sheet, and announce it in the status region", async () => {
    const { site, path, url } = ARTICLES[0]!;
    const page = await openArticle(site.browser, site.url(path), false);
    const status = page.locator("[data-kiosk=share]").getByRole("status");
    expect(await status.textContent()).toBe("");
    await page.getByRole("button", { name: t("share.label") }).click();
    await expect.poll(() => status.textContent()).toBe(t("share.copied"));
    expect(await status.isVisible()).toBe(true);
    expect((await handed(page)).copied).toEqual([url]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // The region is polite: it waits for the screen reader to finish, then reads the text.
    expect(await page.locator("main").ariaSnapshot()).toContain(`status: ${t("share.copied")}`);
    await page.context().close();
  });

  it.each(ARTICLES)(
    "should be a mailto: link with the headline as subject and the URL as body without JavaScript: $name",
    async ({ site, path, title, url }) => {
      const page = await openPage(site.browser, site.url(path), { width: 375, javaScriptEnabled: false });
      const share = page.locator("[data-kiosk=share]");
      const link = share.getByRole("link", { name: t("share.label") });
      const href = (await link.getAttribute("href"))!;
      const fields = /^mailto:\?subject=([^&]*)&body=([^&]*)$/.exec(href);
      expect(fields, href).not.toBeNull();
      const [, subject, body] = fields!;
      // Percent-encoded: nothing a mail program could read as a separator or markup.
      for (const field of [subject!, body!]) expect(field).toMatch(/^[\w%.!~*'()-]+$/);
      expect(decodeURIComponent(subject!)).toBe(title);
      expect(decodeURIComponent(body!)).toBe(url);
      expect((await page.locator("h1").textContent())!.trim()).toBe(title);
      expect(await share.getByRole("status").count()).toBe(1);
      await page.context().close();
    },
  );

  it("should stay off the printed page", async () => {
    const page = await openPage(site.browser, site.url(SEED_ARTICLE), { width: 1280 });
    const control = page.locator("[data-kiosk=share]");
    expect(await control.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await control.isVisible()).toBe(false);
    await page.context().close();
  });
});
