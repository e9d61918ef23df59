import axe from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.2 AA, as axe-core tags its rules. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe-core's WCAG AA violations on the page, one line each with the offending
 * elements. Evaluated through the driver, so a Content-Security-Policy does not block it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: runner } = window as unknown as { axe: typeof axe };
    const results = await runner.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  }, WCAG_AA_TAGS);
  return violations;
}
