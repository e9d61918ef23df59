import type { Browser, Page } from "playwright-core";

/** Where public/reader.js keeps the reader's settings. */
export const READER_STORAGE_KEY = "kiosk-reader";

export interface PageOptions {
  width: number;
  height?: number;
  /** The system's colour scheme. */
  colorScheme?: "light" | "dark";
  /** Reader settings already chosen on an earlier visit, e.g. `{ scheme: "sepia" }`. */
  settings?: Record<string, string>;
  javaScriptEnabled?: boolean;
  reducedMotion?: "reduce" | "no-preference";
  forcedColors?: "active" | "none";
}

/** A page in a fresh browser context; close it with `page.context().close()`. */
export async function openPage(browser: Browser, url: string, options: PageOptions): Promise<Page> {
  const { width, height = 900, settings, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  if (settings) {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      READER_STORAGE_KEY,
      JSON.stringify(settings),
    ] as const);
  }
  const page = await context.newPage();
  await page.goto(url);
  if (settings) {
    // A renamed key or attribute would otherwise pass unnoticed with the defaults.
    const applied = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    for (const [name, value] of Object.entries(settings)) {
      if (applied[name] !== value) throw new Error(`${url}: setting ${name}=${value} was not applied`);
    }
  }
  return page;
}
