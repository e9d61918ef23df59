import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { readFrontmatter, type ArticleFrontmatter } from "../schemas/frontmatter.ts";
import { ARTICLE_SIZE_LIMIT, BLOCK_SIZE_LIMIT, NESTING_DEPTH_LIMIT } from "../lib/input-limits.ts";
import { largestBlock } from "../lib/largest-block.ts";
import { markdownNestingDepth } from "../lib/nesting-depth.ts";
import { isPlaceholder } from "../lib/placeholder.ts";
import remarkArticleLinks, { type Options as CollectionContext } from "../markdown/remark-article-links.ts";
import { checkingRemarkPlugins } from "../markdown/plugins.ts";
import type { Problem } from "../lib/problem.ts";

/** Headlines longer than this are cut off in feeds and search results. */
const TITLE_LIMIT = 110;

/** What the ingest leaves for editors to write. */
const EDITED_FIELDS = { title: "headline", dek: "standfirst", source: "source" } as const;

export type { CollectionContext };

/** Frontmatter that passed the schema, with the file line of each field. */
export interface CheckedFrontmatter {
  data: ArticleFrontmatter;
  /** A field's line, or a list entry's by its path (`["authors", 1]`). */
  lineOf: (field: string | readonly PropertyKey[]) => number;
}

/**
 * A checker for the articles of one collection: size, encoding, frontmatter against
 * the schema, and the body through Kiosk's Markdown checks (parsed as Astro parses it,
 * with GFM). `context` names the collection's slugs, for links between articles.
 * `onFrontmatter` receives valid frontmatter, for checks across articles. Whatever goes
 * wrong while checking one file becomes that file's problem: the others are still checked.
 */
export function articleChecker(context: CollectionContext = {}) {
  const bodyChecker = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(checkingRemarkPlugins)
    .use(remarkArticleLinks, context)
    .freeze();
  const checkBody = (file: VFile) => bodyChecker.run(bodyChecker.parse(file), file);
  return async (
    file: string,
    bytes: Uint8Array,
    onFrontmatter?: (frontmatter: CheckedFrontmatter) => void,
  ): Promise<Problem[]> => {
    try {
      return await checkArticle(file, bytes, checkBody, onFrontmatter);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [
        { file, line: 1, field: "file", message: `could not be checked: ${reason}`, severity: "error" },
      ];
    }
  };
}

async function checkArticle(
  file: string,
  bytes: Uint8Array,
  checkBody: (file: VFile) => Promise<unknown>,
  onFrontmatter?: (frontmatter: CheckedFrontmatter) => void,
): Promise<Problem[]> {
  const problem = (line: number, field: string, message: string): Problem => ({
    file,
    line,
    field,
    message,
    severity: "error",
  });

  if (bytes.length > ARTICLE_SIZE_LIMIT) {
    return [
      problem(
        1,
        "file",
        `is ${bytes.length} bytes; an article may have at most ${ARTICLE_SIZE_LIMIT}: split it into several`,
      ),
    ];
  }

  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return [problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")];

  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const frontmatter = readFrontmatter(file, source);
  const { data, article, body, bodyLine, problems } = frontmatter;
  if (!data) return problems;
  const lineOf = (field: string | readonly PropertyKey[]) =>
    frontmatter.lineOf(typeof field === "string" ? [field] : field);

  if (article && article.title.length > TITLE_LIMIT && !isPlaceholder(article.title)) {
    problems.push({
      ...problem(lineOf("title"), "title", ""),
      message: `is ${article.title.length} characters long; keep headlines to ${TITLE_LIMIT}`,
      severity: "warning",
    });
  }

  if (article?.image && !existsSync(resolve(dirname(file), article.image.src))) {
    problems.push(
      problem(
        frontmatter.lineOf(["image", "src"]),
        "image.src",
        `file ${article.image.src} does not exist next to the article`,
      ),
    );
  }

  for (const [field, what] of Object.entries(EDITED_FIELDS)) {
    if (isPlaceholder(data[field])) {
      problems.push(problem(lineOf(field), field, `is still a placeholder: write the ${what}`));
    }
  }

  if (!hasText(body)) {
    problems.push(problem(bodyLine, "body", "is empty: the article has no text"));
  }

  if (article) onFrontmatter?.({ data: article, lineOf });

  // Shapes that would keep the Markdown parser busy for minutes are refused unparsed.
  const limits = bodyLimitProblems(body);
  if (limits.length > 0)
    return [...problems, ...limits.map(({ line, message }) => problem(line, "body", message))];

  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: data } } });
  await checkBody(vfile);
  for (const message of vfile.messages) {
    if (message.fatal) problems.push(problem(message.line ?? 1, message.ruleId ?? "body", message.reason));
  }
  return problems;
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

/** Line of the first line that is not UTF-8, or 0 when all are. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  try {
    strict.decode(bytes);
    return 0;
  } catch {
    let start = 0;
    let line = 1;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          strict.decode(bytes.subarray(start, index));
        } catch {
          return line;
        }
        start = index + 1;
        line++;
      }
    }
    return 1;
  }
}
