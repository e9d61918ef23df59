import { describe, expect, it } from "vitest";
import {
  formatAuditTable,
  formatFailures,
  summariseLighthouse,
  type LighthouseResult,
} from "../../cli/lighthouse-summary.ts";

/** An audit result as Lighthouse writes it; `binary` unless `extra` says otherwise. */
const audit = (id: string, score: number | null, extra: object = {}) => ({
  id,
  title: `Title of ${id}`,
  score,
  scoreDisplayMode: "binary",
  ...extra,
});

/**
 * Audits Lighthouse runs only to inform, as Lighthouse 12 writes them: an informative
 * audit gets score 1, a manual or not-applicable one no score
 * (`_normalizeAuditScore` in lighthouse/core/audits/audit.js).
 */
const unscored = {
  "csp-xss": audit("csp-xss", 1, { scoreDisplayMode: "informative" }),
  "focus-traps": audit("focus-traps", null, { scoreDisplayMode: "manual" }),
  "image-alt": audit("image-alt", null, { scoreDisplayMode: "notApplicable" }),
};

type Categories = LighthouseResult["categories"];

function result(
  overrides: Partial<LighthouseResult["audits"]> = {},
  categories: Partial<Categories> = {},
): LighthouseResult {
  const audits: LighthouseResult["audits"] = {
    "largest-contentful-paint": audit("largest-contentful-paint", 0.9, {
      scoreDisplayMode: "numeric",
      numericValue: 1234.5,
    }),
    "cumulative-layout-shift": audit("cumulative-layout-shift", 1, {
      scoreDisplayMode: "numeric",
      numericValue: 0.0123,
    }),
    "total-blocking-time": audit("total-blocking-time", 1, {
      scoreDisplayMode: "numeric",
      numericValue: 12.4,
    }),
    "color-contrast": audit("color-contrast", 1),
    "errors-in-console": audit("errors-in-console", 1),
    "meta-description": audit("meta-description", 1),
    ...unscored,
    ...overrides,
  };
  const score = (ids: string[]) => (ids.every((id) => audits[id]?.score === 1) ? 1 : 0.9);
  return {
    finalDisplayedUrl: "http://127.0.0.1:1/",
    runWarnings: [],
    categories: {
      performance: { score: 0.87, auditRefs: [{ id: "largest-contentful-paint", weight: 25 }] },
      accessibility: {
        score: score(["color-contrast"]),
        auditRefs: [
          { id: "color-contrast", weight: 7 },
          // Lighthouse's scoring sets the weight of these to 0 (lighthouse/core/scoring.js).
          { id: "focus-traps", weight: 0 },
          { id: "image-alt", weight: 0 },
        ],
      },
      "best-practices": {
        score: score(["errors-in-console"]),
        auditRefs: [
          { id: "errors-in-console", weight: 1 },
          { id: "csp-xss", weight: 0 },
        ],
      },
      seo: { score: score(["meta-description"]), auditRefs: [{ id: "meta-description", weight: 1 }] },
      ...categories,
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

  it("should not count a failing performance audit, as performance depends on the machine", () => {
    const slow = audit("largest-contentful-paint", 0, { scoreDisplayMode: "numeric", numericValue: 9000 });
    const page = summariseLighthouse("front", result({ "largest-contentful-paint": slow }));
    expect(page.scores.performance).toBe(87);
    expect(page.failing).toEqual([]);
  });

  it("should not count informative, manual or not-applicable audits, whatever weight they are listed with", () => {
    // The weights the category's configuration gives them, before Lighthouse zeroes them:
    // what keeps them out is that they carry no failing score.
    const weighted = result(
      {},
      {
        accessibility: {
          score: 1,
          auditRefs: Object.keys(unscored).map((id) => ({ id, weight: 10 })),
        },
      },
    );
    expect(summariseLighthouse("front", weighted).failing).toEqual([]);
    // Even with a failing score, as a changed Lighthouse might write it.
    const failingInformative = result(
      { "csp-xss": audit("csp-xss", 0, { scoreDisplayMode: "informative" }) },
      { accessibility: { score: 1, auditRefs: [{ id: "csp-xss", weight: 10 }] } },
    );
    expect(summariseLighthouse("front", failingInformative).failing).toEqual([]);
  });

  it("should not count a failing audit that has no weight in its category", () => {
    const page = summariseLighthouse("front", result({ "csp-xss": audit("csp-xss", 0) }));
    expect(page.failing).toEqual([]);
    // The same audit, weighted, keeps the category below 100.
    const weighted = result(
      { "csp-xss": audit("csp-xss", 0) },
      { "best-practices": { score: 0.9, auditRefs: [{ id: "csp-xss", weight: 1 }] } },
    );
    expect(summariseLighthouse("front", weighted).failing.map((failing) => failing.id)).toEqual(["csp-xss"]);
  });

  it("should print one aligned row per page", () => {
    const table = formatAuditTable([summariseLighthouse("front", result())]);
    expect(table.split("\n")).toEqual([
      "page   performance  accessibility  best-practices  seo     LCP    CLS    TBT",
      "front           87            100             100  100  1.23 s  0.012  12 ms",
    ]);
  });
});
