import { astroFrontmatter } from "./split-frontmatter.ts";

/**
 * How many lines of the file come before the Markdown that Astro renders: the
 * collection hands Markdown the body without its frontmatter and leading blank lines,
 * so positions in the tree are off by that much from lines an editor can find.
 *
 * @example bodyLineOffset("---\ntitle: A\n---\n\nText", "Text") // 4
 */
export function bodyLineOffset(source: string, rendered: string): number {
  return linesBeforeText(astroFrontmatter(source).body) - linesBeforeText(rendered);
}

function linesBeforeText(text: string): number {
  const start = text.search(/\S/);
  return start < 0 ? 0 : text.slice(0, start).split("\n").length - 1;
}
