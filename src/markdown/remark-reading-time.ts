/**
 * remark plugin: the article's reading time, counted from its text when it is rendered
 * and kept with the rendering (`remarkPluginFrontmatter.readingMinutes` of Astro's
 * `render()`), so Astro's content store need not keep each article's Markdown source
 * beside its HTML (docs/decisions/085).
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { readingMinutes } from "../lib/reading-time.ts";

/** Where Astro keeps what remark plugins add to an article's frontmatter. */
interface AstroData {
  frontmatter?: Record<string, unknown>;
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    // Block by block: the text of two paragraphs would otherwise run into one word.
    const blocks: string[] = [];
    visit(tree, ["paragraph", "heading", "tableCell"], (node) => {
      blocks.push(toString(node));
      return SKIP;
    });
    const astro = (file.data["astro"] ??= {}) as AstroData;
    (astro.frontmatter ??= {})["readingMinutes"] = readingMinutes(blocks.join("\n"));
  };
}
