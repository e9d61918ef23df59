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
 * (the Astro build runs after the collection check has). Either way it lists the links in
 * `file.data.articleLinks`, for a check that resolves them later.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { SEGMENTS } from "../consts.ts";
import { reportProblem } from "./report-problem.ts";

/** A link to another article, as the body has it. */
export interface ArticleLink {
  slug: string;
  url: string;
  line: number;
}

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

/** What is wrong with a link to `slug`, if anything. */
export function articleLinkProblem(
  { slug, url }: Omit<ArticleLink, "line">,
  slugs: ReadonlySet<string>,
  drafts: ReadonlySet<string>,
): string | undefined {
  if (!slugs.has(slug)) return `links to an article that does not exist: ${url}`;
  if (drafts.has(slug)) return `links to the draft ${slug}, which is not published`;
  return undefined;
}

export default function remarkArticleLinks(options: Options = {}) {
  const { slugs, drafts = new Set() } = options;
  return (tree: Root, file: VFile) => {
    const links: ArticleLink[] = [];
    visit(tree, "link", (node) => {
      const slug = ARTICLE_LINK.exec(node.url)?.[1];
      if (slug === undefined) return;
      links.push({ slug, url: node.url, line: node.position?.start.line ?? 1 });
      const problem = slugs && articleLinkProblem({ slug, url: node.url }, slugs, drafts);
      if (problem) reportProblem(file, node, "link", problem);
    });
    file.data["articleLinks"] = links;
  };
}
