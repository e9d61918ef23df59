import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { rehypePlugins, remarkPlugins } from "../../src/markdown/plugins.ts";

/** Markdown through Kiosk's own pipeline, parsed as Astro parses it (GFM), without Astro. */
export async function renderMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
  plugins: { remark?: PluggableList; rehype?: PluggableList } = {},
): Promise<string> {
  const file = new VFile({ path: "artikel.md", value: markdown, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(plugins.remark ?? (remarkPlugins as PluggableList))
    .use(remarkRehype)
    .use(plugins.rehype ?? (rehypePlugins as PluggableList))
    .use(rehypeStringify)
    .process(file);
  return String(result);
}
