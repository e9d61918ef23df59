import { createHash } from "node:crypto";
import type { Scheme } from "./contrast.ts";

/**
 * The publication's accent colours as a stylesheet over global.css's, which it outranks
 * by specificity wherever it stands in `<head>`; with its hash for the page's Content
 * Security Policy.
 *
 * @example accentStyle({ light: "#1d4e89", dark: "#9cc4ff", sepia: "#1d4e89" }).css.startsWith(":root:root") // true
 */
export function accentStyle(accent: Record<Scheme, string>): { css: string; hash: `sha256-${string}` } {
  const css =
    `:root:root{--accent:light-dark(${accent.light},${accent.dark})}` +
    `@media screen{:root:root[data-scheme="sepia"]{--accent:${accent.sepia}}}`;
  return { css, hash: `sha256-${createHash("sha256").update(css).digest("base64")}` };
}
