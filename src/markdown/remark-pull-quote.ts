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
 * screen readers, reader modes and search. Its words must be found in the article text
 * without any pull quote (ignoring quotation marks, case and whitespace), wherever it
 * stands, in a list or block quote too: Kiosk never invents a quote, and one pull quote
 * cannot vouch for another. The one-line forms `::pullquote[…]` and `:pullquote[…]` are
 * refused with the block form to write instead (docs/decisions/064).
 * Needs `remark-directive` before it.
 */
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { normaliseText } from "../lib/normalise-text.ts";
import { reportProblem } from "./report-problem.ts";

const NAME = "pullquote";

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Nodes inside a paragraph: their text runs on without a space. */
const PHRASING = new Set([
  "text",
  "emphasis",
  "strong",
  "delete",
  "inlineCode",
  "break",
  "link",
  "linkReference",
  "image",
  "imageReference",
  "footnoteReference",
  "html",
  "textDirective",
]);

export default function remarkPullQuote() {
  return (tree: Root, file: VFile) => {
    const quotes: Directive[] = [];
    visit(tree, (node) => {
      if (isPullQuote(node)) quotes.push(node);
    });
    if (quotes.length === 0) return;

    const body = normaliseText(textWithoutPullQuotes(tree));
    for (const quote of quotes) {
      const by = quote.attributes?.["by"]?.trim();
      if (quote.type !== "containerDirective") {
        const marker = quote.type === "leafDirective" ? "::" : ":";
        reportProblem(
          file,
          quote,
          NAME,
          `"${marker}${NAME}[…]" is not a pull quote: write ${blockForm(quote)} on a line of its own, the quoted words on the next lines, then ::: on a line of its own`,
        );
        continue;
      }
      const shown = textWithoutPullQuotes(quote, true).replace(/\s+/g, " ").trim();
      const words = normaliseText(shown);
      if (!by) {
        reportProblem(file, quote, NAME, 'needs the speaker: :::pullquote{by="Name" role="Funktion"}');
      }
      if (!words) {
        reportProblem(file, quote, NAME, "is empty: write the quoted words between the ::: lines");
      } else if (!body.includes(words)) {
        reportProblem(file, quote, NAME, `quotes words that are not in the article text: "${shown}"`);
      }
      toPullQuote(quote, by ?? "", quote.attributes?.["role"]?.trim() ?? "");
    }
  };
}

function isPullQuote(node: Nodes): node is Directive {
  return (
    (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") &&
    node.name === NAME
  );
}

/**
 * The words of `node` as a reader sees them, blocks apart, leaving out every pull quote
 * below it (and `node` itself only when `self` is false).
 */
function textWithoutPullQuotes(node: Nodes, self = false): string {
  const parts: string[] = [];
  const collect = (current: Nodes, top: boolean) => {
    if (!top && isPullQuote(current)) return;
    if ("value" in current) parts.push(current.value);
    else if (current.type === "image" || current.type === "imageReference") parts.push(current.alt ?? "");
    if ("children" in current) for (const child of current.children) collect(child, false);
    if (!PHRASING.has(current.type)) parts.push(" ");
  };
  collect(node, self);
  return parts.join("");
}

/** The block form an editor should write instead: `:::pullquote{by="…" role="…"}`. */
function blockForm(quote: Directive): string {
  const attributes = Object.entries(quote.attributes ?? {})
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}="${value}"`);
  return `:::${NAME}{${attributes.length > 0 ? attributes.join(" ") : 'by="Name"'}}`;
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
