/**
 * The benchmark corpus: N valid Kiosk articles made from the wire-text fixture, each
 * with its own headline, date and topics and two pull quotes from its own text, so
 * every part of the build (pages, topic pages, feeds, share images, search) has work.
 */
import type { Content, Root } from "mdast";
import { directiveToMarkdown } from "mdast-util-directive";
import { toMarkdown } from "mdast-util-to-markdown";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import { suggestPullQuotes, type PullQuoteSuggestion } from "../src/ingest/suggest-pull-quotes.ts";
import { decodeWireText, splitWireText, type WireBlock } from "../src/ingest/wire-text.ts";

export const WIRE_TEXT = new URL("../tests/fixtures/wire-haniyeh-aegypten.txt", import.meta.url);

const TOPICS = [
  "Nahost",
  "Diplomatie",
  "Gaza-Krieg",
  "Ägypten",
  "Israel",
  "USA",
  "Vereinte Nationen",
  "Humanitäre Hilfe",
  "Jemen",
  "Rotes Meer",
  "Geiseln",
  "Sicherheit",
];
const PLACES = ["Kairo", "Jerusalem", "Washington", "Doha", "Genf", "New York", "Beirut", "Amman"];

/** The slug of article n (1-based); article 1 is the newest. */
export function benchSlug(n: number): string {
  return `meldung-${String(n).padStart(5, "0")}`;
}

/** The wire text, and the direct speech in it that pull quotes are taken from. */
interface WireStory {
  blocks: WireBlock[];
  quotes: PullQuoteSuggestion[];
}

/** Article n: the wire text with a headline, date and topics of its own. */
export function benchArticle({ blocks, quotes }: WireStory, n: number): string {
  const newest = Date.UTC(2024, 11, 31, 18);
  const frontmatter = {
    title: `Gespräche über Waffenruhe in ${PLACES[n % PLACES.length]}, Runde ${n}`,
    dek: `Meldung ${n}: Hamas-Führer Ismail Haniyeh verhandelt in Ägypten über einen weiteren Waffenstillstand im Gazastreifen.`,
    date: new Date(newest - n * 3_600_000).toISOString().replace(".000", ""),
    source: "Reuters",
    dateline: PLACES[(n * 3) % PLACES.length],
    topics: [TOPICS[n % TOPICS.length], TOPICS[(n * 7 + 3) % TOPICS.length]].filter(
      (topic, i, all) => all.indexOf(topic) === i,
    ),
    lang: "de",
  };
  const pullQuote = (i: number): Content => {
    const { words, by } = quotes[(n + i) % quotes.length]!;
    return {
      type: "containerDirective",
      name: "pullquote",
      attributes: { by: by || "Reuters", role: "Zitat aus der Meldung" },
      children: [{ type: "paragraph", children: [{ type: "text", value: words }] }],
    };
  };
  const body: Content[] = blocks.map((block) =>
    block.type === "subhead"
      ? { type: "heading", depth: 2, children: [{ type: "text", value: block.text }] }
      : { type: "paragraph", children: [{ type: "text", value: block.text }] },
  );
  body.splice(4, 0, pullQuote(0));
  body.splice(12, 0, pullQuote(1));
  const tree: Root = { type: "root", children: body };
  const markdown = toMarkdown(tree, { extensions: [directiveToMarkdown()] });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${markdown}`;
}

/** Write `count` articles into `dir`. */
export async function writeBenchArticles(dir: string, count: number): Promise<void> {
  const blocks = splitWireText(decodeWireText(await readFile(WIRE_TEXT)));
  const quotes = blocks.flatMap((block) => (block.type === "paragraph" ? suggestPullQuotes(block.text) : []));
  await mkdir(dir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    await writeFile(join(dir, `${benchSlug(n)}.md`), benchArticle({ blocks, quotes }, n));
  }
}
