import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../../tools/project-copy.ts";

/** The wire text of the seed article as it arrived: paragraphs between blank lines. */
export async function seedParagraphs(): Promise<string[]> {
  const seed = await readFile(join(ROOT, "tests/fixtures/wire-haniyeh-aegypten.txt"), "utf8");
  return seed
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
