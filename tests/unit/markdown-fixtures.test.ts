import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { renderMarkdown } from "../support/markdown.ts";

/**
 * Each folder of tests/fixtures/markdown is a case: `input.md`, an optional
 * `frontmatter.json` and the expected `output.html`. `UPDATE=1` rewrites the outputs;
 * read the diff before committing it.
 */
const CASES = join(ROOT, "tests/fixtures/markdown");

describe("the Markdown pipeline", async () => {
  for (const name of (await readdir(CASES)).sort()) {
    it(`should render ${name}`, async () => {
      const folder = join(CASES, name);
      const input = await readFile(join(folder, "input.md"), "utf8");
      const frontmatterFile = join(folder, "frontmatter.json");
      const frontmatter = existsSync(frontmatterFile)
        ? JSON.parse(await readFile(frontmatterFile, "utf8"))
        : {};
      const html = `${await renderMarkdown(input, frontmatter)}\n`;
      const outputFile = join(folder, "output.html");
      if (process.env["UPDATE"]) await writeFile(outputFile, html);
      expect(html).toBe(await readFile(outputFile, "utf8"));
    });
  }
});
