import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { checkArticle } from "./check-article.ts";
import type { Problem } from "./problem.ts";

/** The file name is the URL: `/artikel/<slug>/`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every problem of every article in a content folder, in file order; slugs (the file
 * names) must be unique across sub-folders.
 */
export async function checkCollection(contentDir: string, cwd: string = process.cwd()): Promise<Problem[]> {
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(contentDir, name));

  const problems: Problem[] = [];
  const firstWithSlug = new Map<string, string>();
  for (const path of files) {
    const file = relative(cwd, path);
    problems.push(...(await checkArticle(file, await readFile(path))));
    const slug = basename(path, ".md");
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        line: 1,
        field: "slug",
        message: `file name "${slug}" must be lower-case letters, digits and hyphens: it becomes the URL`,
        severity: "error",
      });
    }
    const first = firstWithSlug.get(slug);
    if (first) {
      problems.push({
        file,
        line: 1,
        field: "slug",
        message: `"${slug}" is also the slug of ${first}: rename one file`,
        severity: "error",
      });
    } else {
      firstWithSlug.set(slug, file);
    }
  }
  return problems;
}
