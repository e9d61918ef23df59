/**
 * remark plugin: pull quotes after DPUB-ARIA `doc-pullquote`.
 *
 * ```markdown
 * :::pullquote{by="John Kirby" role="Sprecher des Weißen Hauses"}
 * Dies sind sehr ernsthafte Gespräche
 * :::
 * ```
 *
 * becomes
 *
 * ```html
 * <aside class="pull-quote" role="doc-pullquote" aria-hidden="true" data-pagefind-ignore>
 *   <blockquote><p>Dies sind sehr ernsthafte Gespräche</p></blockquote>
 *   <footer><cite>John Kirby</cite>, Sprecher des Weißen Hauses</footer>
 * </aside>
 * ```
 *
 * A pull quote repeats words that already stand in the article, so it is hidden from
 * screen readers, reader modes and search. Its words must be found in the body
 * (ignoring quotation marks, case and whitespace): Kiosk never invents a quote.
 * Needs `remark-directive` before it.
 */
import type { ContainerDirective } from "mdast-util-directive";
import type { BlockContent, Paragraph, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { normaliseText } from "../lib/normalise-text.ts";
import { reportProblem } from "./report-problem.ts";

const NAME = "pullquote";

export default function remarkPullQuote() {
  return (tree: Root, file: VFile) => {
    const quotes: ContainerDirective[] = [];
    visit(tree, "containerDirective", (node) => {
      if (node.name !== NAME) return;
      quotes.push(node);
      return SKIP;
    });
    if (quotes.length === 0) return;

    const body = normaliseText(bodyText(tree));
    for (const quote of quotes) {
      const words = normaliseText(toString(quote));
      const by = quote.attributes?.["by"]?.trim();
      if (!by) {
        reportProblem(file, quote, "pullquote", 'needs the speaker: :::pullquote{by="Name" role="Funktion"}');
      }
      if (!words) {
        reportProblem(file, quote, "pullquote", "is empty: write the quoted words between the ::: lines");
      } else if (!body.includes(words)) {
        reportProblem(
          file,
          quote,
          "pullquote",
          `quotes words that are not in the article text: "${toString(quote)}"`,
        );
      }
      toPullQuote(quote, by ?? "", quote.attributes?.["role"]?.trim() ?? "");
    }
  };
}

/** The article's own words: everything but the pull quotes. */
function bodyText(tree: Root): string {
  return tree.children
    .filter((node) => !(node.type === "containerDirective" && node.name === NAME))
    .map((node) => toString(node))
    .join(" ");
}

function toPullQuote(node: ContainerDirective, by: string, role: string): void {
  const quote: BlockContent = { type: "blockquote", children: node.children as BlockContent[] };
  const speaker: PhrasingContent[] = [
    { type: "emphasis", data: { hName: "cite" }, children: [{ type: "text", value: by }] },
  ];
  if (role) speaker.push({ type: "text", value: `, ${role}` });
  const footer: Paragraph = { type: "paragraph", data: { hName: "footer" }, children: speaker };

  node.data = {
    hName: "aside",
    hProperties: {
      className: ["pull-quote"],
      role: "doc-pullquote",
      ariaHidden: "true",
      dataPagefindIgnore: "",
    },
  };
  node.children = by ? [quote, footer] : [quote];
}
