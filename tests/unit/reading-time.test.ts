import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import remarkReadingTime from "../../src/markdown/remark-reading-time.ts";

/** The reading time the plugin keeps for `markdown`, as Astro's render() hands it on. */
async function minutesOf(markdown: string): Promise<unknown> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title: "Titel" } } } });
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkReadingTime);
  await processor.run(processor.parse(file), file);
  const { frontmatter } = file.data["astro"] as { frontmatter: Record<string, unknown> };
  expect(frontmatter["title"]).toBe("Titel");
  return frontmatter["readingMinutes"];
}

describe("the reading time kept with a rendered article", () => {
  it("should count the words of the text, at 200 a minute", async () => {
    expect(await minutesOf("Wort ".repeat(700))).toBe(4);
    expect(await minutesOf("")).toBe(1);
  });

  it("should count each paragraph's words apart, not run one into the next", async () => {
    expect(await minutesOf(Array.from({ length: 500 }, () => "Wort").join("\n\n"))).toBe(3);
  });

  it("should count headings, list items and quotes, and no Markdown syntax", async () => {
    const block = "Wort ".repeat(100);
    const markdown = [
      `## ${block}`,
      `- ${block}`,
      `> ${block}`,
      `:::pullquote{by="A B C D"}\n${block}\n:::`,
    ].join("\n\n");
    expect(await minutesOf(markdown)).toBe(2);
    expect(await minutesOf(`${markdown}\n\n${block}`)).toBe(3);
  });
});
