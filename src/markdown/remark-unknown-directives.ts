/**
 * remark plugin: directives Kiosk does not know stop the build, so that nothing an
 * editor wrote silently disappears.
 *
 * ```markdown
 * ::video{src="x.mp4"}         → error: unknown directive "::video"
 * Es steht 2:1 für Hertha:BSC  → text, unchanged
 * ```
 *
 * German prose puts colons before words ("Hertha:BSC", "Ergebnis:Sieg"); remark-directive
 * reads those as text directives. A text directive without `[label]` or `{attributes}`
 * is therefore turned back into the text it was written as, whatever its name. Every
 * form of a known name (`:::pullquote`, `::pullquote`, `:pullquote[…]`) is left to the
 * plugin that handles it, which refuses the forms it does not show.
 * Needs `remark-directive` before it; `known` names the directives other plugins handle.
 */
import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportProblem } from "./report-problem.ts";

export interface Options {
  /** Directive names handled elsewhere. */
  known?: readonly string[];
}

const MARKERS = { textDirective: ":", leafDirective: "::", containerDirective: ":::" } as const;

export default function remarkUnknownDirectives(options: Options = {}) {
  const known = new Set(options.known ?? ["pullquote"]);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (
        node.type !== "textDirective" &&
        node.type !== "leafDirective" &&
        node.type !== "containerDirective"
      ) {
        return;
      }
      const hasLabel = node.children.length > 0;
      const hasAttributes = Object.keys(node.attributes ?? {}).length > 0;
      // Prose first, for every name: "Thema:pullquote" is a word, not a pull quote.
      if (node.type === "textDirective" && !hasLabel && !hasAttributes && parent && index !== undefined) {
        const text: Text = { type: "text", value: `:${node.name}` };
        if (node.position) text.position = node.position;
        parent.children.splice(index, 1, text);
        return;
      }
      if (known.has(node.name)) return;
      reportProblem(
        file,
        node,
        "directive",
        `unknown directive "${MARKERS[node.type]}${node.name}": Kiosk knows ${[...known].map((name) => `":::${name}"`).join(", ")}`,
      );
    });
  };
}
