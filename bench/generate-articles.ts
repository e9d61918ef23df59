/**
 * The benchmark corpus. By default distinct articles, as an archive holds them: the
 * wire-text fixture reworded for each (./distinct-article.ts), with authors beside the
 * articles' folder and lead images in it. With `repeatText`, the corpus the benchmark
 * measured first: N copies of the one wire text, each with its own headline, date and
 * topics and two pull quotes from its own text.
 */
import type { Content } from "mdast";
import { writeFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { stringify } from "yaml";
import { suggestPullQuotes, type PullQuoteSuggestion } from "../src/ingest/suggest-pull-quotes.ts";
import { decodeWireText, splitWireText, type WireBlock } from "../src/ingest/wire-text.ts";
import { slugify } from "../src/lib/slug.ts";
import { articleFile, blockNode, pullQuote } from "./article-file.ts";
import { distinctArticle, type BenchAuthor, type DistinctCorpus } from "./distinct-article.ts";
import { mulberry32, pick, zipf, type Random } from "./random.ts";
import { ensureWordList, readWordList, WORD_LIST, type WordList } from "./word-list.ts";

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

/** Topics of the distinct corpus: the wire text's, then nouns of the word list, in a long tail. */
const TOPIC_COUNT = 600;
const AUTHOR_COUNT = 36;
const IMAGE_COUNT = 36;
const FIRST_NAMES = ["Anna", "Jonas", "Lea", "Felix", "Marie", "Paul", "Sophie", "Lukas", "Emma", "Ben"];
const LAST_NAMES = ["Berger", "Hansen", "Krüger", "Lorenz", "Möller", "Nowak", "Petersen", "Schulz", "Vogt"];

/** The slug of article n (1-based); article 1 is the newest. */
export function benchSlug(n: number): string {
  return `meldung-${String(n).padStart(5, "0")}`;
}

/** The wire text, and the direct speech in it that pull quotes are taken from. */
interface WireStory {
  blocks: WireBlock[];
  quotes: PullQuoteSuggestion[];
}

/** Article n of the repeated-text corpus: the wire text with a headline, date and topics of its own. */
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
  const quote = (i: number) => pullQuote(quotes[(n + i) % quotes.length]!, "Reuters");
  const body: Content[] = blocks.map(blockNode);
  body.splice(4, 0, quote(0));
  body.splice(12, 0, quote(1));
  return articleFile(frontmatter, body);
}

export interface BenchOptions {
  /** Repeat the one wire text, as the first benchmarks did, instead of distinct articles. */
  repeatText?: boolean;
  /** The German word list the distinct articles draw from. */
  wordList?: string;
}

/**
 * Write `count` articles into `dir`, and for distinct articles their authors into
 * `authors/` beside `dir`. Returns the environment a build reads the corpus with:
 * the articles' folder and a settings file beside it (there is none: Kiosk's demo
 * settings, as for the repeated text), so the authors are found but are no articles
 * to the bare Astro site, which reads every Markdown file of the articles' folder.
 */
export async function writeBenchArticles(
  dir: string,
  count: number,
  { repeatText = false, wordList = WORD_LIST }: BenchOptions = {},
): Promise<{ KIOSK_CONTENT_DIR: string; KIOSK_PUBLICATION: string }> {
  const env = { KIOSK_CONTENT_DIR: dir, KIOSK_PUBLICATION: join(dirname(dir), "publication.yaml") };
  const blocks = splitWireText(decodeWireText(await readFile(WIRE_TEXT)));
  await mkdir(dir, { recursive: true });
  let article: (n: number) => string;
  if (repeatText) {
    const quotes = blocks.flatMap((block) =>
      block.type === "paragraph" ? suggestPullQuotes(block.text) : [],
    );
    article = (n) => benchArticle({ blocks, quotes }, n);
  } else {
    ensureWordList(wordList);
    const corpus = await distinctCorpus(blocks, await readWordList(wordList), count);
    await writeAuthors(join(dirname(dir), "authors"), corpus.authors);
    await writeSettings(env.KIOSK_PUBLICATION, corpus.topics.slice(0, SECTIONS));
    await writeImages(dir, corpus.images);
    article = (n) => distinctArticle(corpus, n);
  }
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(dir, `${benchSlug(n)}.md`), article(n));
  }
  return env;
}

/** The topics, authors and images every distinct article draws from. */
async function distinctCorpus(blocks: WireBlock[], words: WordList, count: number): Promise<DistinctCorpus> {
  const random = mulberry32(0xc0ffee);
  return {
    blocks,
    words,
    topics: drawTopics(random, words),
    topicRank: zipf(TOPIC_COUNT),
    authors: drawAuthors(random),
    authorRank: zipf(AUTHOR_COUNT),
    images: Array.from(
      { length: IMAGE_COUNT },
      (_, i) => `./bilder/bild-${String(i + 1).padStart(2, "0")}.jpg`,
    ),
    count,
  };
}

/** Topics whose slugs differ, so that no two share a topic page. */
function drawTopics(random: Random, { nouns }: WordList): string[] {
  const topics = new Map(TOPICS.map((topic) => [slugify(topic), topic]));
  while (topics.size < TOPIC_COUNT) {
    const noun = pick(random, nouns);
    if (noun.length >= 5 && noun.length <= 24 && !topics.has(slugify(noun))) topics.set(slugify(noun), noun);
  }
  return [...topics.values()];
}

function drawAuthors(random: Random): BenchAuthor[] {
  const names = new Set<string>();
  while (names.size < AUTHOR_COUNT) names.add(`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
  return [...names].map((name, i) => ({
    slug: slugify(name),
    name,
    role: `Redaktion ${TOPICS[i % TOPICS.length]}`,
  }));
}

/** The sections a newsroom names: its most frequent topics. */
const SECTIONS = 5;

/**
 * A newsroom's settings, with its sections named as a real one names them: derived from
 * the newest articles, they would change every page's header as the news changes
 * (docs/decisions/098), which no newsroom that publishes all day would keep.
 */
async function writeSettings(file: string, sections: string[]): Promise<void> {
  const settings = {
    name: "Kiosk-Benchmark",
    description: "Nachrichten aus dem Benchmark.",
    sections,
    legal: {
      publisher: "Kiosk-Benchmark",
      address: "Musterstraße 1, 12345 Musterstadt",
      email: "redaktion@kiosk.example",
      responsible: "Erika Mustermann",
    },
  };
  await writeFile(file, stringify(settings, { lineWidth: 0 }));
}

async function writeAuthors(dir: string, authors: BenchAuthor[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const { slug, name, role } of authors) {
    await writeFile(join(dir, `${slug}.md`), `---\n${stringify({ name, role }, { lineWidth: 0 })}---\n`);
  }
}

/**
 * Small lead images, drawn once for all articles that show them: seeded noise, blurred
 * and tinted a colour of its own, so each is a JPEG of a photo's texture rather than flat.
 */
async function writeImages(dir: string, images: string[]): Promise<void> {
  const [width, height] = [800, 450];
  await mkdir(join(dir, "bilder"), { recursive: true });
  for (const [i, src] of images.entries()) {
    const random = mulberry32(i + 1);
    const pixels = Buffer.alloc(width * height * 3);
    for (let at = 0; at < pixels.length; at++) pixels[at] = random() * 256;
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .blur(4)
      .tint({ r: (i * 37) % 256, g: (i * 71) % 256, b: (i * 13) % 256 })
      .jpeg({ quality: 75 })
      .toFile(join(dir, src));
  }
}

/** `node bench/generate-articles.ts --out DIR [--articles N] [--repeat-text]`: the corpus alone. */
if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      articles: { type: "string", default: "1000" },
      "repeat-text": { type: "boolean", default: false },
    },
  });
  if (!values.out) throw new Error("--out: expected the folder to write the articles into");
  await writeBenchArticles(values.out, Number(values.articles), { repeatText: values["repeat-text"] });
}
