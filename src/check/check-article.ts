import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "astro/zod";
import { articleSchema } from "../schemas/article.ts";
import { isPlaceholder } from "../lib/placeholder.ts";
import remarkArticleLinks, { type Options as CollectionContext } from "../markdown/remark-article-links.ts";
import { checkingRemarkPlugins } from "../markdown/plugins.ts";
import type { Problem } from "./problem.ts";
import { splitFrontmatter } from "../lib/split-frontmatter.ts";

/** Headlines longer than this are cut off in feeds and search results. */
const TITLE_LIMIT = 110;

/** What the ingest leaves for editors to write. */
const EDITED_FIELDS = { title: "headline", dek: "standfirst", source: "source" } as const;

const frontmatterSchema = articleSchema(z.string());

export type { CollectionContext };

/** Frontmatter that passed the schema, with the file line of each field. */
export interface CheckedFrontmatter {
  data: z.output<typeof frontmatterSchema>;
  lineOf: (field: string) => number;
}

/**
 * A checker for the articles of one collection: encoding, frontmatter against the
 * schema, and the body through Kiosk's Markdown checks (parsed as Astro parses it,
 * with GFM). `context` names the collection's slugs, for links between articles.
 * `onFrontmatter` receives valid frontmatter, for checks across articles.
 */
export function articleChecker(context: CollectionContext = {}) {
  const bodyChecker = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(checkingRemarkPlugins)
    .use(remarkArticleLinks, context)
    .freeze();
  const checkBody = (file: VFile) => bodyChecker.run(bodyChecker.parse(file), file);
  return (file: string, bytes: Uint8Array, onFrontmatter?: (frontmatter: CheckedFrontmatter) => void) =>
    checkArticle(file, bytes, checkBody, onFrontmatter);
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

  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return [problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")];

  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const parts = splitFrontmatter(source);
  if (!parts)
    return [problem(1, "frontmatter", "missing: the file must start with a --- line, the fields, and ---")];

  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, prettyErrors: false });
  // Frontmatter line n is file line n + 1, after the opening ---.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return doc.errors.map((error) =>
      problem(fileLine(error.pos[0]), "frontmatter", `invalid YAML: ${error.message}`),
    );
  }

  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "frontmatter";
      const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
      const line = keyLine(doc, issue.path, fileLine);
      problems.push(problem(line, field, missing ? "is required" : issue.message));
    }
  } else if (parsed.data.title.length > TITLE_LIMIT && !isPlaceholder(parsed.data.title)) {
    problems.push({
      ...problem(keyLine(doc, ["title"], fileLine), "title", ""),
      message: `is ${parsed.data.title.length} characters long; keep headlines to ${TITLE_LIMIT}`,
      severity: "warning",
    });
  }

  const image = parsed.success ? parsed.data.image : undefined;
  if (image && !existsSync(resolve(dirname(file), image.src))) {
    problems.push(
      problem(
        keyLine(doc, ["image", "src"], fileLine),
        "image.src",
        `file ${image.src} does not exist next to the article`,
      ),
    );
  }

  for (const [field, what] of Object.entries(EDITED_FIELDS)) {
    if (isPlaceholder(data[field])) {
      problems.push(
        problem(keyLine(doc, [field], fileLine), field, `is still a placeholder: write the ${what}`),
      );
    }
  }

  if (!hasText(parts.body)) {
    const afterFrontmatter = parts.yaml.split("\n").length + 3;
    problems.push(problem(afterFrontmatter, "body", "is empty: the article has no text"));
  }

  if (parsed.success)
    onFrontmatter?.({ data: parsed.data, lineOf: (field) => keyLine(doc, [field], fileLine) });

  const vfile = new VFile({ path: file, value: parts.body, data: { astro: { frontmatter: data } } });
  await checkBody(vfile);
  for (const message of vfile.messages) {
    if (message.fatal) problems.push(problem(message.line ?? 1, message.ruleId ?? "body", message.reason));
  }
  return problems;
}

/** Text an editor wrote, beyond HTML comments (the ingest's suggestions) and blanks. */
function hasText(body: string): boolean {
  return body.replace(/<!--[\s\S]*?-->/g, "").trim().length > 0;
}

/** Line of the first line that is not UTF-8, or 0 when all are. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
    data,
  );
}

/** File line of the deepest key of `path` that the frontmatter has; line 1 if none. */
function keyLine(doc: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = fileLine(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}
