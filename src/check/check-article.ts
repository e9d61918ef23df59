import { dirname, resolve } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { readFrontmatter } from "../schemas/frontmatter.ts";
import {
  ARTICLE_SIZE_LIMIT,
  BLOCK_SIZE_LIMIT,
  NESTING_DEPTH_LIMIT,
  TEXT_LIMITS,
} from "../lib/input-limits.ts";
import { PHOTO_FORMATS, readImageFile } from "../files/image-file.ts";
import { largestBlock } from "../lib/largest-block.ts";
import { markdownNestingDepth } from "../lib/nesting-depth.ts";
import { isPlaceholder } from "../lib/placeholder.ts";
import remarkArticleLinks, {
  type ArticleLink,
  type Options as CollectionContext,
} from "../markdown/remark-article-links.ts";
import { checkingRemarkPlugins } from "../markdown/plugins.ts";
import { errorIn, type Problem } from "../lib/problem.ts";
import { firstInvalidUtf8Line } from "../lib/invalid-utf8.ts";

/** What the ingest leaves for editors to write. */
const EDITED_FIELDS = { title: "headline", dek: "standfirst", source: "source" } as const;

export type { CollectionContext };

/**
 * One article's own problems, and what the checks across the collection need of it, each
 * with its line. It depends on the file's path and bytes alone, so it can be kept.
 */
export interface ArticleFacts {
  problems: Problem[];
  draft: boolean;
  topics: { topic: string; line: number }[];
  authors: { slug: string; line: number }[];
  links: ArticleLink[];
  image?: { src: string; line: number };
}

/**
 * A checker for the articles of one collection: size, encoding, frontmatter against
 * the schema, the body through Kiosk's Markdown checks (parsed as Astro parses it, with
 * GFM) and the lead image's file. `context` names the collection's slugs, for links
 * between articles. Whatever goes wrong while checking one file becomes that file's
 * problem: the others are still checked.
 */
export function articleChecker(context: CollectionContext = {}) {
  const checkFacts = articleFactsChecker(context);
  return async (file: string, bytes: Uint8Array): Promise<Problem[]> => {
    const facts = await checkFacts(file, bytes);
    return [...facts.problems, ...imageProblems(file, facts)];
  };
}

/** A checker of each article's `ArticleFacts`; without `context`, links are listed, not resolved. */
export function articleFactsChecker(context: CollectionContext = {}) {
  const bodyChecker = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(checkingRemarkPlugins)
    .use(remarkArticleLinks, context)
    .freeze();
  const checkBody = (file: VFile) => bodyChecker.run(bodyChecker.parse(file), file);
  return async (file: string, bytes: Uint8Array): Promise<ArticleFacts> => {
    try {
      return await checkArticle(file, bytes, checkBody);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return noFacts([errorIn(file)(1, "file", `could not be checked: ${reason}`)]);
    }
  };
}

/** The lead image must be a file in the article's folder: looked at on every check, as files come and go. */
export function imageProblems(file: string, { image }: ArticleFacts): Problem[] {
  if (!image) return [];
  const rule = { formats: PHOTO_FORMATS, where: "next to the article" };
  const found = readImageFile(dirname(resolve(file)), image.src, rule);
  return typeof found === "string" ? [errorIn(file)(image.line, "image.src", found)] : [];
}

function noFacts(problems: Problem[]): ArticleFacts {
  return { problems, draft: false, topics: [], authors: [], links: [] };
}

async function checkArticle(
  file: string,
  bytes: Uint8Array,
  checkBody: (file: VFile) => Promise<unknown>,
): Promise<ArticleFacts> {
  const problem = errorIn(file);

  if (bytes.length > ARTICLE_SIZE_LIMIT) {
    return noFacts([
      problem(
        1,
        "file",
        `is ${bytes.length} bytes; an article may have at most ${ARTICLE_SIZE_LIMIT}: split it into several`,
      ),
    ]);
  }

  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return noFacts([problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")]);

  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const frontmatter = readFrontmatter(file, source);
  const { data, article, body, bodyLine, problems } = frontmatter;
  if (!data) return noFacts(problems);
  // A draft, as its frontmatter says, even when the rest is wrong: links to it must fail.
  const facts: ArticleFacts = { ...noFacts(problems), draft: data["draft"] === true };
  const lineOf = (field: string | readonly PropertyKey[]) =>
    frontmatter.lineOf(typeof field === "string" ? [field] : field);

  // Longer headlines are cut off in feeds and search results.
  const { headlineWarning } = TEXT_LIMITS;
  if (article && article.title.length > headlineWarning && !isPlaceholder(article.title)) {
    problems.push({
      ...problem(lineOf("title"), "title", ""),
      message: `is ${article.title.length} characters long; keep headlines to ${headlineWarning}`,
      severity: "warning",
    });
  }

  if (article?.image) facts.image = { src: article.image.src, line: lineOf(["image", "src"]) };

  for (const [field, what] of Object.entries(EDITED_FIELDS)) {
    if (isPlaceholder(data[field])) {
      problems.push(problem(lineOf(field), field, `is still a placeholder: write the ${what}`));
    }
  }

  if (!hasText(body)) {
    problems.push(problem(bodyLine, "body", "is empty: the article has no text"));
  }

  if (article) {
    facts.topics = article.topics.map((topic) => ({ topic, line: lineOf("topics") }));
    facts.authors = article.authors.map((slug, index) => ({ slug, line: lineOf(["authors", index]) }));
  }

  // Shapes that would keep the Markdown parser busy for minutes are refused unparsed.
  const limits = bodyLimitProblems(body);
  if (limits.length > 0) {
    problems.push(...limits.map(({ line, message }) => problem(line, "body", message)));
    return facts;
  }

  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: data } } });
  await checkBody(vfile);
  for (const message of vfile.messages) {
    if (message.fatal) problems.push(problem(message.line ?? 1, message.ruleId ?? "body", message.reason));
  }
  facts.links = (vfile.data["articleLinks"] as ArticleLink[] | undefined) ?? [];
  return facts;
}

/** The body's nesting and blocks against Kiosk's input limits. */
function bodyLimitProblems(body: string): { line: number; message: string }[] {
  const problems = [];
  const deepest = markdownNestingDepth(body);
  if (deepest.depth > NESTING_DEPTH_LIMIT) {
    problems.push({
      line: deepest.line,
      message: `lists and block quotes are nested ${deepest.depth} levels deep here; Kiosk reads at most ${NESTING_DEPTH_LIMIT}`,
    });
  }
  const block = largestBlock(body);
  if (block.length > BLOCK_SIZE_LIMIT) {
    problems.push({
      line: block.line,
      message: `a block of ${block.length} characters without a blank line starts here; Kiosk reads at most ${BLOCK_SIZE_LIMIT}: put blank lines between paragraphs`,
    });
  }
  return problems;
}

/** Text an editor wrote, beyond HTML comments (the ingest's suggestions) and blanks. */
function hasText(body: string): boolean {
  return body.replace(/<!--[\s\S]*?-->/g, "").trim().length > 0;
}
