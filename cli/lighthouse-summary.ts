/**
 * What Kiosk reads from a Lighthouse result: the four category scores, three metrics and
 * the audits that keep a checked category below 100. Pure, so the audit script and the
 * test print and judge the same way.
 */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that must score 100; performance is reported only (it depends on the machine). */
export const CHECKED_CATEGORIES: readonly Category[] = ["accessibility", "best-practices", "seo"];

/** The part of a Lighthouse result (`lhr`) read here. */
export interface LighthouseResult {
  finalDisplayedUrl: string;
  runWarnings: string[];
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<
    string,
    | {
        id: string;
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        numericValue?: number;
        errorMessage?: string;
      }
    | undefined
  >;
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–100, or `null` when the audit could not run. */
  score: number | null;
  errorMessage?: string;
}

export interface PageAudit {
  name: string;
  url: string;
  /** 0–100, or `null` when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  metrics: { lcp: number | null; cls: number | null; tbt: number | null };
  /** Audits that keep a checked category below 100. */
  failing: FailingAudit[];
  warnings: string[];
}

const percent = (score: number | null | undefined) => (score == null ? null : Math.round(score * 100));

/** Summarise one page's Lighthouse result. */
export function summariseLighthouse(name: string, lhr: LighthouseResult): PageAudit {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, percent(lhr.categories[category]?.score)]),
  ) as Record<Category, number | null>;
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    name,
    url: lhr.finalDisplayedUrl,
    scores,
    metrics: {
      lcp: metric("largest-contentful-paint"),
      cls: metric("cumulative-layout-shift"),
      tbt: metric("total-blocking-time"),
    },
    failing: CHECKED_CATEGORIES.flatMap((category) => failingAudits(lhr, category)),
    warnings: lhr.runWarnings,
  };
}

/**
 * The audits that count towards a category (weight above 0, and scored: not run only to
 * inform, nor left to a person, nor inapplicable) and did not pass: a score below 1, or
 * no score because the audit failed to run (which leaves the category without a score).
 * A missing category is reported as one failing entry.
 */
/** Display modes of audits that never count towards a score. */
const UNSCORED = new Set(["informative", "manual", "notApplicable"]);

function failingAudits(lhr: LighthouseResult, category: Category): FailingAudit[] {
  const found = lhr.categories[category];
  if (!found) return [{ category, id: category, title: "category missing from the result", score: null }];
  return found.auditRefs.flatMap(({ id, weight }): FailingAudit[] => {
    const audit = lhr.audits[id];
    if (weight <= 0) return [];
    if (!audit) return [{ category, id, title: "audit missing from the result", score: null }];
    if (UNSCORED.has(audit.scoreDisplayMode)) return [];
    const failed = audit.score === null ? audit.scoreDisplayMode === "error" : audit.score < 1;
    if (!failed) return [];
    return [
      {
        category,
        id,
        title: audit.title,
        score: percent(audit.score),
        ...(audit.errorMessage ? { errorMessage: audit.errorMessage } : {}),
      },
    ];
  });
}

const fixed = (value: number | null, digits: number, unit = "") =>
  value === null ? "–" : `${value.toFixed(digits)}${unit}`;

/** A plain-text table: one row per page, the four scores and LCP, CLS, TBT. */
export function formatAuditTable(pages: PageAudit[]): string {
  const header = ["page", ...CATEGORIES, "LCP", "CLS", "TBT"];
  const rows = pages.map((page) => [
    page.name,
    ...CATEGORIES.map((category) => String(page.scores[category] ?? "–")),
    fixed(page.metrics.lcp === null ? null : page.metrics.lcp / 1000, 2, " s"),
    fixed(page.metrics.cls, 3),
    fixed(page.metrics.tbt, 0, " ms"),
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** One line per failing audit, `page (url): category: id — title`; empty when all pass. */
export function formatFailures(pages: PageAudit[]): string {
  return pages
    .flatMap((page) =>
      page.failing.map(
        (audit) =>
          `${page.name} (${page.url}): ${audit.category} ${page.scores[audit.category] ?? "–"}: ` +
          `${audit.id} — ${audit.title}${audit.score === null ? "" : ` (score ${audit.score})`}` +
          (audit.errorMessage ? `: ${audit.errorMessage}` : ""),
      ),
    )
    .join("\n");
}
