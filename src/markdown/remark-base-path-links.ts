/**
 * remark plugin: links written from the site root follow the site when it is served
 * under a path (`KIOSK_BASE`).
 *
 * ```markdown
 * [frühere Meldung](/artikel/hafen/)   (base /nachrichten/)
 * ```
 *
 * becomes
 *
 * ```html
 * <a href="/nachrichten/artikel/hafen/">frühere Meldung</a>
 * ```
 *
 * Editors write addresses as readers see them on a site at the root; relative links,
 * full addresses and links that already start with the base stay as they are.
 */
import type { Definition, Link, Root } from "mdast";
import { visit } from "unist-util-visit";

export interface Options {
  /** Path the site is served under, with leading and trailing slash. */
  base?: string;
}

export default function remarkBasePathLinks(options: Options = {}) {
  const base = options.base ?? "/";
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, ["link", "definition"], (node) => {
      const link = node as Link | Definition;
      link.url = withBase(link.url, base);
    });
  };
}

/**
 * @example withBase("/artikel/a/", "/nachrichten/") // "/nachrichten/artikel/a/"
 * @example withBase("//example.org/", "/nachrichten/") // "//example.org/"
 */
export function withBase(url: string, base: string): string {
  const fromRoot = url.startsWith("/") && !url.startsWith("//");
  return fromRoot && !url.startsWith(base) ? `${base}${url.slice(1)}` : url;
}
