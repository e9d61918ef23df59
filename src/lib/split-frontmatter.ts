/**
 * A Markdown file's frontmatter as Astro's content collections split and read it, with
 * Astro's own functions: the check then reads the lines and values Astro reads (the
 * frontmatter closes at the first line that starts with `---`, after leading blank
 * lines, and its YAML is js-yaml's).
 */
import { extractFrontmatter, parseFrontmatter } from "@astrojs/markdown-remark";

export interface FrontmatterParts {
  /** The text between the delimiters, from just after the opening one. */
  yaml: string;
  /** The file line the frontmatter text starts on: the opening delimiter's. */
  yamlLine: number;
  /** The file line after the closing delimiter, where the body begins. */
  bodyLine: number;
  /** The opening and closing delimiters: Astro reads `---` as YAML and `+++` as TOML. */
  delimiters: [string, string];
}

/**
 * Where Astro finds the frontmatter; undefined when it finds none.
 *
 * @example splitFrontmatter("---\ntitle: A\n---\nText") // { yaml: "\ntitle: A\n", yamlLine: 1, bodyLine: 4, … }
 */
export function splitFrontmatter(source: string): FrontmatterParts | undefined {
  const yaml = extractFrontmatter(source);
  if (yaml === undefined) return undefined;
  // Only blank space stands before the opening delimiter, so the first one found is it.
  const start = source.search(/---|\+\+\+/) + 3;
  const end = start + yaml.length;
  const yamlLine = countLines(source.slice(0, start)) + 1;
  return {
    yaml,
    yamlLine,
    bodyLine: yamlLine + countLines(yaml) + 1,
    delimiters: [source.slice(start - 3, start), source.slice(end, end + 3)],
  };
}

/**
 * Astro's reading of a file: the fields its collection schema is given, and the body
 * on its lines of the file (the frontmatter's lines left blank). Throws what Astro's
 * YAML reader throws.
 *
 * @example astroFrontmatter("---\ndraft: True\n---\nText") // { data: { draft: true }, body: "\n\n\nText" }
 */
export function astroFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: "empty-with-lines" });
  return { data: frontmatter, body: content };
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
