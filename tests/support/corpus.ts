import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const TOPICS = ["Wirtschaft", "Politik", "Kultur", "Sport", "Wissenschaft"];
const PARAGRAPH =
  "Der Hafen meldete am Morgen neue Zahlen, die Reederei sprach von einer schwierigen Lage. " +
  "Fachleute erwarten, dass sich der Umschlag im kommenden Jahr nur langsam erholt.";

/** The slug of article `n` (1-based) of a generated corpus; article 1 is the newest. */
export function corpusSlug(n: number): string {
  return `meldung-${String(n).padStart(5, "0")}`;
}

/**
 * Write `count` valid articles into `dir`: article n is n hours older than article 1,
 * has topic `TOPICS[n % 5]` (and "Hafen" when n is odd) and `paragraphs` paragraphs;
 * `fields` are frontmatter lines every article gets besides.
 */
export async function writeCorpus(
  dir: string,
  count: number,
  paragraphs = 4,
  fields: readonly string[] = [],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const newest = Date.UTC(2024, 10, 30, 12);
  const body = Array.from({ length: paragraphs }, () => PARAGRAPH).join("\n\n");
  for (let n = 1; n <= count; n++) {
    const date = new Date(newest - n * 3_600_000).toISOString().replace(".000", "");
    const topics = [TOPICS[n % TOPICS.length], ...(n % 2 === 1 ? ["Hafen"] : [])];
    const frontmatter = [
      `title: Meldung ${n} aus dem Hafen`,
      `dek: Kurzfassung der Meldung ${n}.`,
      `date: ${date}`,
      "source: Kiosk-Testredaktion",
      `topics: [${topics.join(", ")}]`,
      ...fields,
    ];
    await writeFile(join(dir, `${corpusSlug(n)}.md`), `---\n${frontmatter.join("\n")}\n---\n\n${body}\n`);
  }
}
