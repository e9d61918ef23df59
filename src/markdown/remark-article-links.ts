/**
 * remark plugin: links to other Kiosk articles point at articles that will be
 * published.
 *
 * ```markdown
 * [frühere Meldung](/artikel/gibt-es-nicht/)   → error: links to an article that does not exist
 * [Hintergrund](../entwurf/)                    → error: links to a draft (when `entwurf` is one)
 * ```
 *
 * Knows the collection only through its options; without `slugs` it checks nothing
 * (the Astro build runs after the collection check has).
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { SEGMENTS } from "../consts.ts";
import { reportProblem } from "./report-problem.ts";

export interface Options {
  /** Slugs of every article in the collection. */
  slugs?: ReadonlySet<string>;
  /** Slugs of the drafts among them. */
  drafts?: ReadonlySet<string>;
}

/** `/artikel/<slug>/`, with or without base path, or `../<slug>/` from an article page. */
const ARTICLE_LINK = new RegExp(
  `^(?:(?:/[^?#]*)?/${SEGMENTS.article}/|${SEGMENTS.article}/|\\.\\./)([^/?#]+)/?(?:[?#].*)?$`,
);

export default function remarkArticleLinks(options: Options = {}) {
  const { slugs, drafts = new Set() } = options;
  return (tree: Root, file: VFile) => {
    if (!slugs) return;
    visit(tree, "link", (node) => {
      const slug = ARTICLE_LINK.exec(node.url)?.[1];
      if (slug === undefined) return;
      if (!slugs.has(slug)) {
        reportProblem(file, node, "link", `links to an article that does not exist: ${node.url}`);
      } else if (drafts.has(slug)) {
        reportProblem(file, node, "link", `links to the draft ${slug}, which is not published`);
      }
    });
  };
}
