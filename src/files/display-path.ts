import { isAbsolute, relative } from "node:path";

/**
 * A path as an editor wants to read it: relative to where they ran the command when
 * the file is below it, absolute otherwise.
 *
 * @example displayPath("/repo/content/a.md", "/repo") // "content/a.md"
 * @example displayPath("/srv/artikel/a.md", "/repo") // "/srv/artikel/a.md"
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const inside = relative(cwd, path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
