import { describe, expect, inject, it } from "vitest";
import { readPage } from "../support/html.ts";
import { subresources, transferSize } from "../support/page-weight.ts";
import { SEED_ARTICLE } from "../support/site-pages.ts";

const dist = inject("siteDist");
const KB = 1024;

/**
 * A TCP connection's first round trip carries about 14 KB (ten segments): what a page
 * needs before it can paint must fit, or the reader waits for another.
 */
const FIRST_ROUND_TRIP = 14 * KB;

async function weigh(file: string) {
  const { blocking, later } = subresources(await readPage(dist, file));
  const sizes = async (paths: string[]) => Promise.all(paths.map((path) => transferSize(dist, path)));
  const [html, beforePaint, afterwards] = await Promise.all([
    transferSize(dist, file),
    sizes(blocking),
    sizes(later),
  ]);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    blocking,
    later,
    critical: html + sum(beforePaint),
    whole: html + sum(beforePaint) + sum(afterwards),
  };
}

describe("byte budgets of the built pages", () => {
  it("should let the seed article paint after one round trip: no blocking request, HTML and CSS within 14 KB gzip", async () => {
    const article = await weigh(`${SEED_ARTICLE}index.html`);
    expect(article.blocking).toEqual([]);
    expect(article.critical).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  });

  it("should keep the whole seed article page, with everything it loads, within 100 KB", async () => {
    const article = await weigh(`${SEED_ARTICLE}index.html`);
    expect(article.later).toContain("reader.js");
    expect(article.whole).toBeLessThanOrEqual(100 * KB);
  });

  it("should keep what the front page needs before it paints within 20 KB gzip", async () => {
    const front = await weigh("index.html");
    expect(front.blocking).toEqual([]);
    expect(front.critical).toBeLessThanOrEqual(20 * KB);
  });
});
