import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

export interface BrowsedSite {
  browser: Browser;
  server: StaticServer;
  /** The address of a page, relative to the base path. */
  url(path: string): string;
}

/**
 * Chromium and a static server for a built `dist/`, for the test file that calls this
 * at its top; both are closed after the file's tests.
 */
export function browseSite(dist: string, base = "/"): BrowsedSite {
  const site = { url: (path: string) => `${site.server.url}${path}` } as BrowsedSite;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), serveStatic(dist, base)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
