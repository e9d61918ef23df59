/**
 * The one reader of article frontmatter, for the check and the share cards: split from
 * the body as Astro splits it, parsed by `yaml` with file lines, and held against the
 * article schema (or the author or page schema). Astro reads the same text again with
 * js-yaml; the check reads it that way too and refuses every value the two readings
 * see differently (./astro-reading.ts), so what passes is what Astro publishes.
 */
import { z } from "astro/zod";
import { isAlias, LineCounter, parseDocument, visit, type Document, type ScalarTag, type Tags } from "yaml";
import type { Problem } from "../lib/problem.ts";
import { FIELD_SIZE_LIMIT, NESTING_DEPTH_LIMIT } from "../lib/input-limits.ts";
import { yamlNestingDepth } from "../lib/nesting-depth.ts";
import { astroFrontmatter, splitFrontmatter } from "../lib/split-frontmatter.ts";
import { stringsIn, textProblem } from "../lib/unsafe-text.ts";
import { yamlKeyLine } from "../settings/yaml-key-line.ts";
import { articleSchema } from "./article.ts";
import { astroReadsOtherwise, readDifferently } from "./astro-reading.ts";
import { authorSchema } from "./author.ts";
import { pageSchema } from "./page.ts";

const schema = articleSchema(z.string());
const authorFileSchema = authorSchema(z.string());

/** Frontmatter that passed the schema. */
export type ArticleFrontmatter = z.output<typeof schema>;

/** An author file's frontmatter that passed the author schema. */
export type AuthorFrontmatter = z.output<typeof authorFileSchema>;

/** An article's frontmatter as read, with what is wrong with it. */
export interface Frontmatter<Fields = ArticleFrontmatter> {
  /** The fields as YAML gives them; undefined when there is no frontmatter or its YAML cannot be read. */
  data: Record<string, unknown> | undefined;
  /** The fields as the schema gives them, when they passed it. */
  article: Fields | undefined;
  /** The Markdown after the frontmatter, on its lines of the file (the frontmatter's are blank). */
  body: string;
  /** The file line after the closing `---`, where the body begins. */
  bodyLine: number;
  /** The file line of the deepest key (or list entry) of `path` that the frontmatter has; 1 when it has none. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Every problem found, at its file line: missing or unreadable frontmatter, or fields the schema refuses. */
  problems: Problem[];
}

const BOOLEAN = "tag:yaml.org,2002:bool";

/**
 * YAML 1.2's core schema also reads `True` and `TRUE` as booleans, js-yaml too, while
 * the JSON schema knows only `true` and `false`. Kiosk reads only those two, so that
 * `draft: True` is refused by the schema as not a boolean rather than taken either way.
 */
const lowerCaseBooleans = (tags: Tags): Tags =>
  tags.map((tag) => (isBooleanTag(tag) ? { ...tag, test: /^(?:true|false)$/ } : tag));

function isBooleanTag(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === "object" && !tag.collection && tag.tag === BOOLEAN;
}

/**
 * Read the frontmatter of one article file (its text, without a byte-order mark).
 *
 * @example readFrontmatter("a.md", "---\ntitle: A\n---\nText").lineOf(["title"]) // 2
 */
export function readFrontmatter(file: string, source: string): Frontmatter {
  return readFrontmatterAs(schema, file, source);
}

/**
 * Read the frontmatter of one author file, held against the author schema.
 *
 * @example readAuthorFrontmatter("a.md", "---\nname: A\nrole: B\n---\n").article?.name // "A"
 */
export function readAuthorFrontmatter(file: string, source: string): Frontmatter<AuthorFrontmatter> {
  return readFrontmatterAs(authorFileSchema, file, source);
}

/** A page's frontmatter that passed the page schema. */
export type PageFrontmatter = z.output<typeof pageSchema>;

/**
 * Read the frontmatter of one page (`pages/<slug>.md`), held against the page schema.
 *
 * @example readPageFrontmatter("p.md", "---\ntitle: Impressum\n---\nText").article?.title // "Impressum"
 */
export function readPageFrontmatter(file: string, source: string): Frontmatter<PageFrontmatter> {
  return readFrontmatterAs(pageSchema, file, source);
}

function readFrontmatterAs<Schema extends z.ZodType>(
  schema: Schema,
  file: string,
  source: string,
): Frontmatter<z.output<Schema>> {
  const problems: Problem[] = [];
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: "error" });
  const parts = splitFrontmatter(source);
  if (!parts) {
    problem(1, "frontmatter", "missing: the file must start with a --- line, the fields, and ---");
    return { data: undefined, article: undefined, body: source, bodyLine: 1, lineOf: () => 1, problems };
  }
  const { yaml, yamlLine, bodyLine } = parts;
  const unread = { data: undefined, article: undefined, body: "", bodyLine, lineOf: () => 1, problems };
  if (parts.delimiters.some((delimiter) => delimiter !== "---")) {
    problem(yamlLine, "frontmatter", "must open and close with a --- line: Kiosk reads YAML frontmatter");
    return unread;
  }
  // Frontmatter line n is file line n + yamlLine - 1: it starts on the opening line.
  const deepest = yamlNestingDepth(yaml);
  if (deepest.depth > NESTING_DEPTH_LIMIT) {
    problem(
      deepest.line + yamlLine - 1,
      "frontmatter",
      `is nested ${deepest.depth} levels deep here; Kiosk reads at most ${NESTING_DEPTH_LIMIT}`,
    );
    return unread;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, customTags: lowerCaseBooleans });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + yamlLine - 1;
  for (const error of doc.errors) {
    problem(fileLine(error.pos[0]), "frontmatter", `invalid YAML: ${error.message}`);
  }
  if (problems.length > 0) return unread;

  let data: Record<string, unknown>;
  try {
    data = (doc.toJS() ?? {}) as Record<string, unknown>;
  } catch (error) {
    // `yaml` stops expanding aliases that would multiply into a "billion laughs".
    problem(
      firstAliasLine(doc, fileLine) ?? yamlLine + 1,
      "frontmatter",
      `cannot be read: ${(error as Error).message}; write the values out instead of repeating them with aliases (*name)`,
    );
    return unread;
  }
  let astro: ReturnType<typeof astroFrontmatter>;
  try {
    astro = astroFrontmatter(source);
  } catch (error) {
    const { mark, reason, message } = error as { mark?: { line: number }; reason?: string; message: string };
    problem(mark ? mark.line + yamlLine : yamlLine, "frontmatter", `invalid YAML: ${reason ?? message}`);
    return unread;
  }

  const { body } = astro;
  const lineOf = (path: readonly PropertyKey[]) => yamlKeyLine(doc, path, fileLine);
  const read = { data, article: undefined, body, bodyLine, lineOf, problems };
  for (const [path, text] of stringsIn(data)) {
    const wrong = textProblem(text, FIELD_SIZE_LIMIT);
    if (wrong) problem(lineOf(path), path.join(".") || "frontmatter", wrong);
  }
  if (problems.length > 0) return read;

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "frontmatter";
      // A rule of the schema's own about a missing field ("unless …") keeps its words.
      const missing =
        issue.code !== "custom" && issue.path.length > 0 && valueAt(data, issue.path) === undefined;
      problem(lineOf(issue.path), field, missing ? "is required" : issue.message);
    }
  }
  // Astro's collection reads the same text with js-yaml: every value it reads otherwise
  // than the check is refused where the check found nothing wrong.
  const reported = new Set(problems.map(({ field }) => field));
  for (const path of readDifferently(schema, parsed, astro.data)) {
    const field = path.join(".") || "frontmatter";
    if (reported.has(field)) continue;
    problem(lineOf(path), field, astroReadsOtherwise(valueAt(astro.data, path), valueAt(data, path)));
  }
  return { ...read, article: parsed.success && problems.length === 0 ? parsed.data : undefined };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
    data,
  );
}

/** File line of the first alias in the frontmatter, if it has one. */
function firstAliasLine(doc: Document, fileLine: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = fileLine(node.range[0]);
      return visit.BREAK;
    },
  });
  return line;
}
