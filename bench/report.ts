/** The benchmark's figures: medians of repeated runs, printed as a Markdown table. */
import { median } from "../src/lib/median.ts";

export interface SiteRuns {
  name: string;
  seconds: number[];
  peakRss: number[];
  distBytes: number;
  /** Pagefind's bundle, for the site that has one. */
  searchBytes?: number | undefined;
}

const MB = 1024 * 1024;

/** One row per site and the ratio of the first site's median to the second's. */
export function reportTable(articles: number, kiosk: SiteRuns, bare: SiteRuns): string {
  const row = (site: SiteRuns) => {
    const seconds = median(site.seconds);
    return [
      site.name,
      `${seconds.toFixed(2)} s`,
      `${((seconds * 1000) / articles).toFixed(2)} ms`,
      `${(Math.max(...site.peakRss) / MB).toFixed(0)} MB`,
      `${(site.distBytes / MB).toFixed(1)} MB`,
      site.searchBytes === undefined ? "–" : `${(site.searchBytes / MB).toFixed(1)} MB`,
      site.seconds.map((s) => s.toFixed(2)).join(", "),
    ];
  };
  const lines = [
    ["site", "median wall", "per article", "peak RSS", "dist/", "search index", "runs (s)"],
    ["---", "---:", "---:", "---:", "---:", "---:", "---"],
    row(kiosk),
    row(bare),
  ].map((cells) => `| ${cells.join(" | ")} |`);
  const ratio = median(kiosk.seconds) / median(bare.seconds);
  return `${lines.join("\n")}\n\n${articles} articles; ratio ${kiosk.name}/${bare.name} of the medians: ${ratio.toFixed(2)}`;
}
