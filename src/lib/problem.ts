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

/**
 * A maker of one file's errors, for checks that report many.
 *
 * @example errorIn("a.md")(2, "title", "is required").severity // "error"
 */
export function errorIn(file: string): (line: number, field: string, message: string) => Problem {
  return (line, field, message) => ({ file, line, field, message, severity: "error" });
}
