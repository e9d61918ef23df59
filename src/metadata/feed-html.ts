import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";

/** Elements that run, style, embed or submit something: dropped with their content. */
const ACTIVE_ELEMENTS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "object",
  "embed",
  "template",
  "noscript",
  "link",
  "meta",
  "base",
  "form",
]);

/** Properties that hold one URL. */
const URL_PROPERTIES = ["href", "src", "cite", "poster", "action"] as const;

/** Schemes a feed reader may follow or load. */
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * An article body as a feed reader gets it: pull quotes dropped (they repeat the text,
 * and readers ignore `aria-hidden`), every URL made absolute against the article page.
 * Kiosk's Markdown check already refuses scripts, event handlers and `javascript:` URLs;
 * as a second line, anything that could run is removed here too.
 *
 * @example feedHtml('<p><a href="../x/">x</a></p>', "https://example.org/artikel/a/")
 * // '<p><a href="https://example.org/artikel/x/">x</a></p>'
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, "element", (element, index, parent) => {
    if (isPullQuote(element) || ACTIVE_ELEMENTS.has(element.tagName)) {
      parent?.children.splice(index ?? 0, 1);
      return [SKIP, index];
    }
    for (const name of Object.keys(element.properties)) {
      if (/^on/i.test(name) || name === "style") delete element.properties[name];
    }
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (typeof value !== "string") continue;
      const url = new URL(value, pageUrl);
      if (SAFE_PROTOCOLS.has(url.protocol)) element.properties[name] = url.href;
      else delete element.properties[name];
    }
    return undefined;
  });
  return toHtml(tree);
}

function isPullQuote(element: Element): boolean {
  return element.properties["role"] === "doc-pullquote";
}
