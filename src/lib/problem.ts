/** One thing wrong with one article, at one line. */
export interface Problem {
  /** Path as the editor typed it or relative to the working folder. */
  file: string;
  line: number;
  /** Frontmatter field, or what in the body: `pullquote`, `directive`, `body` … */
  field: string;
  message: string;
  severity: "error" | "warning";
}

/**
 * The one line an editor reads: `file:line: field: message`.
 *
 * @example formatProblem({ file: "a.md", line: 2, field: "title", message: "is required", severity: "error" })
 * // "a.md:2: title: is required"
 */
export function formatProblem({ file, line, field, message, severity }: Problem): string {
  return `${file}:${line}: ${field}: ${severity === "warning" ? "warning: " : ""}${message}`;
}
