import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import pMap from "p-map";
import { displayPath } from "../files/display-path.ts";
import { markdownFiles } from "../files/markdown-files.ts";
import { authorsFolder } from "../settings/authors-folder.ts";
import { ARTICLES, siteConfig } from "../settings/site-config.ts";
import { articleLinkProblem } from "../markdown/remark-article-links.ts";
import { articleFactsChecker, imageProblems, type ArticleFacts } from "./check-article.ts";
import { checkAuthors } from "./check-authors.ts";
import { checkTopics, type TopicLine } from "./check-topics.ts";
import { errorIn, type Problem } from "../lib/problem.ts";

/** The file name is the URL: `/artikel/<slug>/`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the facts of articles checked before are kept, by `factsKey`. */
export interface FactsCache {
  get(key: string): ArticleFacts | undefined;
  set(key: string, facts: ArticleFacts): void;
}

/** An article's facts depend on its path as shown and its bytes alone. */
export function factsKey(file: string, bytes: Uint8Array): string {
  return createHash("sha256").update(file).update("\0").update(bytes).digest("base64url");
}

/**
 * Every problem of every article in a content folder, in file order; slugs (the file
 * names) must be unique across sub-folders, links between articles must resolve,
 * topics must give unique URLs, and every author an article names must have a file in
 * `authorsDir` (whose own problems follow the articles'). With a `cache`, only files
 * whose path or bytes changed are read through; the rules across files hold every time.
 */
export async function checkCollection(
  contentDir: string,
  cwd: string = process.cwd(),
  authorsDir: string = authorsFolder(siteConfig().publicationFile),
  cache?: FactsCache,
): Promise<Problem[]> {
  const authors = await checkAuthors(authorsDir, cwd);
  const listed = markdownFiles(contentDir, ARTICLES, cwd);
  const checkFacts = articleFactsChecker();
  // A bounded number of files open at once, however large the archive.
  const files = await pMap(
    listed.files,
    async (path) => ({
      path,
      bytes: await readFile(path).catch((error: NodeJS.ErrnoException) => error),
    }),
    { concurrency: 64 },
  );
  const articles = [];
  const problems: Problem[] = [...listed.problems];
  for (const { path, bytes } of files) {
    const file = displayPath(path, cwd);
    if (bytes instanceof Error) {
      // Gone or locked since it was listed: the others are still checked.
      problems.push(errorIn(file)(1, "file", `could not be read (${bytes.code ?? bytes.message})`));
      continue;
    }
    const key = factsKey(file, bytes);
    const facts = cache?.get(key) ?? (await checkFacts(file, bytes));
    cache?.set(key, facts);
    articles.push({ file, slug: basename(path, ".md"), facts });
  }
  const slugs = new Set(articles.map(({ slug }) => slug));
  const drafts = new Set(articles.filter(({ facts }) => facts.draft).map(({ slug }) => slug));

  const firstWithSlug = new Map<string, string>();
  const topics: TopicLine[] = [];
  for (const { file, slug, facts } of articles) {
    const error = errorIn(file);
    problems.push(...facts.problems, ...imageProblems(file, facts));
    for (const link of facts.links) {
      const problem = articleLinkProblem(link, slugs, drafts);
      if (problem) problems.push(error(link.line, "link", problem));
    }
    topics.push(...facts.topics.map(({ topic, line }) => ({ file, topic, line })));
    for (const { slug: author, line } of facts.authors) {
      if (authors.slugs.has(author)) continue;
      const wanted = displayPath(join(authorsDir, `${author}.md`), cwd);
      problems.push(
        error(line, "authors", `"${author}" has no author file: write ${wanted} or correct the name`),
      );
    }
    if (!SLUG.test(slug)) {
      problems.push(
        error(
          1,
          "slug",
          `file name "${slug}" must be lower-case letters, digits and hyphens: it becomes the URL`,
        ),
      );
    }
    const first = firstWithSlug.get(slug);
    if (first) problems.push(error(1, "slug", `"${slug}" is also the slug of ${first}: rename one file`));
    else firstWithSlug.set(slug, file);
  }
  problems.push(...checkTopics(topics), ...authors.problems);
  return problems;
}
