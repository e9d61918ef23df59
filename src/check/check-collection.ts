import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { displayPath } from "../lib/display-path.ts";
import { ARTICLE_SIZE_LIMIT } from "../lib/input-limits.ts";
import { readFrontmatter } from "../schemas/frontmatter.ts";
import { authorsFolder } from "../lib/authors-folder.ts";
import { siteConfig } from "../lib/site-config.ts";
import { articleChecker } from "./check-article.ts";
import { checkAuthors } from "./check-authors.ts";
import { checkTopics, type TopicLine } from "./check-topics.ts";
import type { Problem } from "../lib/problem.ts";

/** The file name is the URL: `/artikel/<slug>/`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every problem of every article in a content folder, in file order; slugs (the file
 * names) must be unique across sub-folders, links between articles must resolve,
 * topics must give unique URLs, and every author an article names must have a file in
 * `authorsDir` (whose own problems follow the articles').
 */
export async function checkCollection(
  contentDir: string,
  cwd: string = process.cwd(),
  authorsDir: string = authorsFolder(siteConfig().publicationFile),
): Promise<Problem[]> {
  const authors = await checkAuthors(authorsDir, cwd);
  const paths = (await readdir(contentDir, { recursive: true }))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(contentDir, name));
  const articles = await Promise.all(
    paths.map(async (path) => ({ path, slug: basename(path, ".md"), bytes: await readFile(path) })),
  );
  const check = articleChecker({
    slugs: new Set(articles.map(({ slug }) => slug)),
    drafts: new Set(articles.filter(({ path, bytes }) => isDraft(path, bytes)).map(({ slug }) => slug)),
  });

  const problems: Problem[] = [];
  const firstWithSlug = new Map<string, string>();
  const topics: TopicLine[] = [];
  for (const { path, slug, bytes } of articles) {
    const file = displayPath(path, cwd);
    const unknownAuthors: Problem[] = [];
    problems.push(
      ...(await check(file, bytes, ({ data, lineOf }) => {
        for (const topic of data.topics) topics.push({ file, topic, line: lineOf("topics") });
        for (const [index, author] of data.authors.entries()) {
          if (authors.slugs.has(author)) continue;
          unknownAuthors.push({
            file,
            line: lineOf(["authors", index]),
            field: "authors",
            message: `"${author}" has no author file: write ${displayPath(join(authorsDir, `${author}.md`), cwd)} or correct the name`,
            severity: "error",
          });
        }
      })),
      ...unknownAuthors,
    );
    const error = (message: string) =>
      problems.push({ file, line: 1, field: "slug", message, severity: "error" });
    if (!SLUG.test(slug)) {
      error(`file name "${slug}" must be lower-case letters, digits and hyphens: it becomes the URL`);
    }
    const first = firstWithSlug.get(slug);
    if (first) error(`"${slug}" is also the slug of ${first}: rename one file`);
    else firstWithSlug.set(slug, file);
  }
  problems.push(...checkTopics(topics), ...authors.problems);
  return problems;
}

/**
 * Whether an article is a draft, as its frontmatter says: links to it would point at an
 * unpublished page. A file too large or unreadable counts as none; its own check says why.
 */
function isDraft(path: string, bytes: Buffer): boolean {
  if (bytes.length > ARTICLE_SIZE_LIMIT) return false;
  try {
    return readFrontmatter(path, bytes.toString("utf8").replace(/^\uFEFF/, "")).data?.["draft"] === true;
  } catch {
    return false;
  }
}
