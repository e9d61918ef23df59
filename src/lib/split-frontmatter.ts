/**
 * Split a Markdown file into its YAML frontmatter and a body that keeps its line
 * numbers (the frontmatter lines become empty lines).
 *
 * @example splitFrontmatter("---\ntitle: A\n---\nText") // { yaml: "title: A", body: "\n\n\nText" }
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const blankLines = "\n".repeat(match[0].split("\n").length - 1);
  return { yaml: match[1] ?? "", body: blankLines + source.slice(match[0].length) };
}
