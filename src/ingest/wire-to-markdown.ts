import type { Content, Root } from "mdast";
import { directiveToMarkdown } from "mdast-util-directive";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import { PLACEHOLDER } from "../lib/placeholder.ts";
import { suggestPullQuotes, type PullQuoteSuggestion } from "./suggest-pull-quotes.ts";
import type { WireBlock } from "./wire-text.ts";

export interface ArticleFields {
  title?: string | undefined;
  dek?: string | undefined;
  /** `YYYY-MM-DD`. */
  date: string;
  source?: string | undefined;
  topics?: string[] | undefined;
  lang?: "de" | "en" | undefined;
}

/**
 * A Kiosk article from wire text. The text goes through an mdast tree and
 * mdast-util-to-markdown, which escapes exactly what Markdown (with GFM and directives,
 * as Kiosk parses it) would otherwise read as syntax, so the page shows the input.
 * Missing headline, standfirst or source become placeholders the check refuses.
 */
export function wireToMarkdown(blocks: WireBlock[], fields: ArticleFields): string {
  const frontmatter = {
    title: fields.title ?? `${PLACEHOLDER} Überschrift schreiben (höchstens 110 Zeichen)`,
    dek:
      fields.dek ??
      `${PLACEHOLDER} Vorspann schreiben: ein oder zwei Sätze, die die Geschichte zusammenfassen`,
    date: fields.date,
    source: fields.source ?? `${PLACEHOLDER} Agentur oder Autorin`,
    ...(fields.topics?.length ? { topics: fields.topics } : {}),
    lang: fields.lang ?? "de",
  };
  const tree: Root = { type: "root", children: blocks.flatMap(toNodes) };
  const body = toMarkdown(tree, { extensions: [gfmToMarkdown(), directiveToMarkdown()] });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

function toNodes(block: WireBlock): Content[] {
  if (block.type === "subhead") {
    return [{ type: "heading", depth: 2, children: [{ type: "text", value: block.text }] }];
  }
  const paragraph: Content = { type: "paragraph", children: [{ type: "text", value: block.text }] };
  const suggestions = suggestPullQuotes(block.text);
  return suggestions.length ? [paragraph, suggestionComment(suggestions)] : [paragraph];
}

/**
 * Commented out, so nothing is published unread: the editor keeps one, fills in the
 * role and removes the comment marks.
 */
function suggestionComment(suggestions: PullQuoteSuggestion[]): Content {
  // Inside an HTML comment `--` would end it early; in an attribute `"` would.
  const safe = (text: string) => text.replace(/--/g, "- -").replace(/"/g, "'");
  const quotes = suggestions.map(
    ({ words, by }) => `:::pullquote{by="${safe(by) || "Name"}" role="Funktion"}\n${safe(words)}\n:::`,
  );
  return { type: "html", value: `<!-- Vorschläge für Zitate:\n\n${quotes.join("\n\n")}\n-->` };
}
