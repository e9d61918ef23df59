/**
 * Lighthouse on pages of a served site, in one headless Chromium with a fresh profile,
 * one page after another (Lighthouse cannot share a browser between parallel runs).
 * Mobile emulation and simulated throttling: Lighthouse's defaults.
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { articlePath } from "../src/lib/urls.ts";
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from "../tools/chromium-path.ts";
import { CATEGORIES, summariseLighthouse, type PageAudit } from "./lighthouse-summary.ts";

/** The pages `npm run audit` and the Lighthouse test visit, relative to the base path. */
export const AUDITED_PAGES = [
  { name: "front", path: "" },
  { name: "article", path: articlePath("", "haniyeh-gespraeche-waffenruhe-aegypten") },
];

/** Run Lighthouse on each page under `baseUrl` (which ends with a slash). */
export async function auditPages(
  baseUrl: string,
  pages: { name: string; path: string }[] = AUDITED_PAGES,
): Promise<PageAudit[]> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless", ...QUIET_CHROMIUM_FLAGS],
    // No userDataDir: chrome-launcher makes a fresh temporary profile and kill() removes it.
    logLevel: "error",
  });
  try {
    const results: PageAudit[] = [];
    for (const page of pages) {
      const url = `${baseUrl}${page.path}`;
      const run = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
      if (run.lhr.runtimeError)
        throw new Error(`Lighthouse could not audit ${url}: ${run.lhr.runtimeError.message}`);
      results.push(summariseLighthouse(page.name, run.lhr));
    }
    return results;
  } finally {
    chrome.kill();
  }
}
