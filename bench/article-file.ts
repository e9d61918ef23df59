/** An article file of the benchmark corpus: frontmatter, wire blocks and pull quotes as Markdown. */
import type { Content, Root } from "mdast";
import { directiveToMarkdown } from "mdast-util-directive";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { PullQuoteSuggestion } from "../src/ingest/suggest-pull-quotes.ts";
import type { WireBlock } from "../src/ingest/wire-text.ts";

/** A pull quote of speech from the article, said by `by` or, unnamed, by the source. */
export function pullQuote({ words, by }: PullQuoteSuggestion, source: string): Content {
  return {
    type: "containerDirective",
    name: "pullquote",
    attributes: { by: by || source, role: "Zitat aus der Meldung" },
    children: [{ type: "paragraph", children: [{ type: "text", value: words }] }],
  };
}

/** A block of wire text: a subhead or a paragraph. */
export function blockNode(block: WireBlock): Content {
  return block.type === "subhead"
    ? { type: "heading", depth: 2, children: [{ type: "text", value: block.text }] }
    : { type: "paragraph", children: [{ type: "text", value: block.text }] };
}

/** The file: YAML frontmatter, then the body as Markdown. */
export function articleFile(frontmatter: object, body: Content[]): string {
  const tree: Root = { type: "root", children: body };
  const markdown = toMarkdown(tree, { extensions: [directiveToMarkdown()] });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${markdown}`;
}
