/**
 * `npm run check`: validate every article without building pages. Prints each problem
 * as `file:line: field: message`, then a count; exits 1 on any error.
 */
import { checkCollection } from "../src/check/check-collection.ts";
import { openFactsCache } from "./check-cache.ts";
import { checkPublication } from "../src/check/check-publication.ts";
import { formatProblem } from "../src/lib/problem.ts";
import { siteConfig } from "../src/settings/site-config.ts";
import { CHECK_MEMORY } from "../src/kept-stores.ts";

/** Print the report and tell whether the collection may be published. */
async function reportCollection(contentDir: string): Promise<boolean> {
  const cache = openFactsCache(CHECK_MEMORY, process.cwd());
  const problems = [
    ...(await checkPublication(siteConfig().publicationFile)),
    ...(await checkCollection(contentDir, process.cwd(), undefined, cache)),
  ];
  cache.save();
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  console.error(
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  );
  return errors === 0;
}

if (import.meta.main) {
  process.exitCode = (await reportCollection(siteConfig().contentDir)) ? 0 : 1;
}
