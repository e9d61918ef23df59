import { describe, expect, it } from "vitest";
import {
  formatAuditTable,
  formatFailures,
  summariseLighthouse,
  type LighthouseResult,
} from "../../cli/lighthouse-summary.ts";

const audit = (id: string, score: number | null, extra: object = {}) => ({
  id,
  title: `Title of ${id}`,
  score,
  scoreDisplayMode: score === null ? "informative" : "binary",
  ...extra,
});

function result(overrides: Partial<LighthouseResult["audits"]> = {}): LighthouseResult {
  const audits: LighthouseResult["audits"] = {
    "largest-contentful-paint": audit("largest-contentful-paint", 0.9, { numericValue: 1234.5 }),
    "cumulative-layout-shift": audit("cumulative-layout-shift", 1, { numericValue: 0.0123 }),
    "total-blocking-time": audit("total-blocking-time", 1, { numericValue: 12.4 }),
    "color-contrast": audit("color-contrast", 1),
    "csp-xss": audit("csp-xss", null),
    "errors-in-console": audit("errors-in-console", 1),
    "meta-description": audit("meta-description", 1),
    ...overrides,
  };
  const score = (ids: string[]) =>
    ids.every((id) => audits[id]?.score === 1 || audits[id]?.scoreDisplayMode === "informative") ? 1 : 0.9;
  return {
    finalDisplayedUrl: "http://127.0.0.1:1/",
    runWarnings: [],
    categories: {
      performance: { score: 0.87, auditRefs: [{ id: "largest-contentful-paint", weight: 25 }] },
      accessibility: { score: score(["color-contrast"]), auditRefs: [{ id: "color-contrast", weight: 7 }] },
      "best-practices": {
        score: score(["errors-in-console"]),
        auditRefs: [
          { id: "errors-in-console", weight: 1 },
          { id: "csp-xss", weight: 0 },
        ],
      },
      seo: { score: score(["meta-description"]), auditRefs: [{ id: "meta-description", weight: 1 }] },
    },
    audits,
  };
}

describe("Lighthouse summary", () => {
  it("should read the four scores and three metrics, with nothing failing", () => {
    const page = summariseLighthouse("front", result());
    expect(page.scores).toEqual({ performance: 87, accessibility: 100, "best-practices": 100, seo: 100 });
    expect(page.metrics).toEqual({ lcp: 1234.5, cls: 0.0123, tbt: 12.4 });
    expect(page.failing).toEqual([]);
    expect(formatFailures([page])).toBe("");
  });

  it("should list failing weighted audits of checked categories, and audits that could not run", () => {
    const page = summariseLighthouse(
      "article",
      result({
        "color-contrast": audit("color-contrast", 0),
        "meta-description": {
          ...audit("meta-description", null),
          scoreDisplayMode: "error",
          errorMessage: "boom",
        },
      }),
    );
    expect(page.failing.map((failing) => [failing.category, failing.id])).toEqual([
      ["accessibility", "color-contrast"],
      ["seo", "meta-description"],
    ]);
    expect(formatFailures([page])).toBe(
      [
        "article (http://127.0.0.1:1/): accessibility 90: color-contrast — Title of color-contrast (score 0)",
        "article (http://127.0.0.1:1/): seo 90: meta-description — Title of meta-description: boom",
      ].join("\n"),
    );
  });

  it("should not count performance or informative audits as failures", () => {
    const page = summariseLighthouse(
      "front",
      result({ "csp-xss": { ...audit("csp-xss", 0), scoreDisplayMode: "informative" } }),
    );
    expect(page.failing).toEqual([]);
  });

  it("should print one aligned row per page", () => {
    const table = formatAuditTable([summariseLighthouse("front", result())]);
    expect(table.split("\n")).toEqual([
      "page   performance  accessibility  best-practices  seo     LCP    CLS    TBT",
      "front           87            100             100  100  1.23 s  0.012  12 ms",
    ]);
  });
});
