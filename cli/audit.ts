/**
 * `npm run audit`: Lighthouse on the front page and the seed article of the current
 * `dist/`, served by a plain static server on loopback. Prints the scores and LCP, CLS,
 * TBT; exits 1 when accessibility, best practices or SEO is below 100, listing the audits.
 * It builds nothing: run `npm run build` first.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { displayPath } from "../src/files/display-path.ts";
import { auditPages } from "./lighthouse-run.ts";
import { formatAuditTable, formatFailures } from "./lighthouse-summary.ts";
import { serveStatic } from "../tools/static-server.ts";

const ROOT = join(import.meta.dirname, "..");

/** Audit `dist` and print the report; tells whether every checked category scored 100. */
export async function auditDist(dist: string): Promise<boolean> {
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`No built site in ${displayPath(dist)}/: run \`npm run build\` first.`);
    return false;
  }
  const server = await serveStatic(dist, "/");
  try {
    const pages = await auditPages(server.url);
    console.log(formatAuditTable(pages));
    for (const page of pages)
      for (const warning of page.warnings) console.warn(`${page.name}: Lighthouse warning: ${warning}`);
    const failures = formatFailures(pages);
    if (failures) {
      console.error(`\nBelow 100 in accessibility, best practices or SEO:\n${failures}`);
      return false;
    }
    return true;
  } finally {
    await server.close();
  }
}

if (import.meta.main) {
  process.exitCode = (await auditDist(join(ROOT, "dist"))) ? 0 : 1;
}
