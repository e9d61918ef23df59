/**
 * An article of the distinct benchmark corpus: the wire text's blocks from a random
 * paragraph on, a third of each block's words swapped for words of the German word
 * list, as long as a drawn length, with a headline, standfirst, topics, byline and
 * date of its own, and for some a lead image or corrections. Every draw comes from the
 * article's own seeded stream, so article n is the same whenever it is written.
 */
import type { Content } from "mdast";
import { suggestPullQuotes } from "../src/ingest/suggest-pull-quotes.ts";
import type { WireBlock } from "../src/ingest/wire-text.ts";
import { articleFile, blockNode, pullQuote } from "./article-file.ts";
import { logNormal, mulberry32, pick, sampleIndices, type Random } from "./random.ts";
import type { WordList } from "./word-list.ts";

/** Someone who writes for the newsroom: an author file's slug and fields. */
export interface BenchAuthor {
  slug: string;
  name: string;
  role: string;
}

/** What every article draws from, made once for the corpus. */
export interface DistinctCorpus {
  blocks: WireBlock[];
  words: WordList;
  /** Topics by rank, and a draw of a rank: the first are used far more than the rest. */
  topics: string[];
  topicRank: (random: Random) => number;
  authors: BenchAuthor[];
  authorRank: (random: Random) => number;
  /** Lead images, as an article names them. */
  images: string[];
  /** Articles in the corpus: its years are shared among them. */
  count: number;
}

/** The newest article's time; the oldest is `YEARS` before it. */
const NEWEST = Date.UTC(2024, 11, 31, 18);
/** Years the archive spans, whatever its size: at 250,000 articles, a regional daily's rate. */
const YEARS = 8;
const SPAN = YEARS * 365.25 * 86_400_000;

/**
 * Bytes of body: log-normal around a short agency story. The target is clipped so that
 * the block that crosses it (a subhead and a paragraph at most) and two pull quotes still
 * stay within 8 KB.
 */
const BODY_MEDIAN = 4_000;
const BODY_SIGMA = 0.35;
const BODY_MIN = 2_100;
const BODY_MAX = 6_600;

/** Shares of articles with a lead image, with corrections, and with authors rather than an agency. */
const IMAGE_SHARE = 0.2;
const CORRECTED_SHARE = 0.05;
const AUTHORED_SHARE = 0.6;

const AGENCIES = ["dpa", "Reuters", "AFP", "epd", "KNA"];
const PLACES = [
  ...["Kairo", "Jerusalem", "Washington", "Doha", "Genf", "New York", "Beirut", "Amman"],
  ...["Berlin", "Hamburg", "Brüssel", "Paris", "Wien", "Kiel", "Bremen", "Hannover"],
];

/** A word: letters, and hyphens between them, as the wire text and the word list write them. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** Article `n` (1-based, the newest first) of the corpus. */
export function distinctArticle(corpus: DistinctCorpus, n: number): string {
  const random = mulberry32(Math.imul(n, 0x9e3779b1) ^ 0x5eed);
  const body = bodyBlocks(corpus, random);
  const paragraphs = body.filter((block) => block.type === "paragraph");
  const topics = drawTopics(corpus, random);
  const byline = random() < AUTHORED_SHARE ? drawAuthors(corpus, random) : undefined;
  const source = byline ? undefined : pick(random, AGENCIES);
  const date = NEWEST - Math.floor(((n - 1 + random()) * SPAN) / corpus.count / 1000) * 1000;
  // Article 1 is what the publishing benchmark copies as a new article: a correction
  // dated before that copy's date would make it invalid.
  const corrections = n > 1 && random() < CORRECTED_SHARE ? drawCorrections(corpus, random, date) : [];
  const image = random() < IMAGE_SHARE ? drawImage(corpus, random) : undefined;
  const frontmatter = {
    ...(topics[0]!.length <= 40 && { kicker: topics[0] }),
    title: sentenceOf(freshNouns(paragraphs[0]!.text, corpus.words, random), 100),
    dek: sentenceOf(freshNouns((paragraphs[1] ?? paragraphs[0]!).text, corpus.words, random), 280),
    date: isoTime(date),
    ...(corrections.length > 0 && { updated: corrections.at(-1)!.date }),
    ...(corrections.length > 0 && { corrections }),
    ...(source ? { source } : { authors: byline!.map(({ slug }) => slug) }),
    dateline: pick(random, PLACES),
    topics,
    lang: "de",
    ...(image && { image }),
  };
  const quotes = paragraphs.flatMap((block) => suggestPullQuotes(block.text));
  const nodes: Content[] = body.map(blockNode);
  const speaker = source ?? byline![0]!.name;
  const chosen = sampleIndices(random, quotes.length, Math.min(2, quotes.length));
  chosen.forEach((index, i) => nodes.splice(i === 0 ? 4 : 12, 0, pullQuote(quotes[index]!, speaker)));
  return articleFile(frontmatter, nodes);
}

/** The wire text's blocks from a random paragraph on, round again if need be, reworded, to a drawn length. */
function bodyBlocks({ blocks, words }: DistinctCorpus, random: Random): WireBlock[] {
  const target = Math.min(BODY_MAX, Math.max(BODY_MIN, logNormal(random, BODY_MEDIAN, BODY_SIGMA)));
  const starts = blocks.flatMap((block, i) => (block.type === "paragraph" ? [i] : []));
  const body: WireBlock[] = [];
  let bytes = 0;
  // A subhead heads something, never the end: the paragraph after it comes too.
  for (
    let i = pick(random, starts);
    bytes < target || body.at(-1)!.type === "subhead";
    i = (i + 1) % blocks.length
  ) {
    const text = reword(blocks[i]!.text, words, random);
    body.push({ type: blocks[i]!.type, text });
    bytes += Buffer.byteLength(text) + 2;
  }
  return body;
}

/**
 * `text` with a third of its words (rounded up) swapped for words of the list, each as
 * the original is written. The words to swap are chosen in one pass, each with the
 * chance of the swaps still to make among the words still to come (Knuth's selection
 * sampling), which picks exactly that many, every set of them as likely.
 */
export function reword(text: string, words: WordList, random: Random): string {
  let left = wordCount(text);
  let swaps = Math.ceil(left / 3);
  return text.replace(WORD, (word) => {
    if (random() * left-- >= swaps) return word;
    swaps--;
    return swap(word, words, random);
  });
}

/** Words of each block of the wire text, counted once: every article rewords the same blocks. */
const wordCounts = new Map<string, number>();
function wordCount(text: string): number {
  let count = wordCounts.get(text);
  if (count === undefined) wordCounts.set(text, (count = text.match(WORD)?.length ?? 0));
  return count;
}

/** `text` with every capitalised word swapped: a headline or standfirst of its own. */
function freshNouns(text: string, words: WordList, random: Random): string {
  return text.replace(WORD, (word) => (/^\p{Lu}/u.test(word) ? swap(word, words, random) : word));
}

/** A word of the list in the place of `word`: a noun for a capitalised word, in capitals for one in capitals. */
function swap(word: string, { nouns, others }: WordList, random: Random): string {
  if (word.length > 1 && word === word.toUpperCase()) return pick(random, nouns).toUpperCase();
  return pick(random, /^\p{Lu}/u.test(word) ? nouns : others);
}

/** The first sentence of `text`, without quote marks, cut at a word to at most `limit` characters. */
function sentenceOf(text: string, limit: number): string {
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text).replaceAll('"', "");
  if (sentence.length <= limit) return sentence;
  return sentence.slice(0, sentence.lastIndexOf(" ", limit)).replace(/[\s,;:–-]+$/, "");
}

function drawTopics({ topics, topicRank }: DistinctCorpus, random: Random): string[] {
  const count = 1 + Math.floor(random() * 3);
  const drawn = new Set<string>();
  while (drawn.size < count) drawn.add(topics[topicRank(random)]!);
  return [...drawn];
}

function drawAuthors({ authors, authorRank }: DistinctCorpus, random: Random): BenchAuthor[] {
  const count = random() < 0.2 ? 2 : 1;
  const drawn = new Set<BenchAuthor>();
  while (drawn.size < count) drawn.add(authors[authorRank(random)]!);
  return [...drawn];
}

function drawCorrections({ words }: DistinctCorpus, random: Random, date: number) {
  const count = 1 + Math.floor(random() * 2);
  let at = date;
  return Array.from({ length: count }, () => {
    at += Math.ceil(random() * 48) * 3_600_000;
    const [wrong, right] = [pick(random, words.nouns), pick(random, words.nouns)];
    return { date: isoTime(at), text: `In einer früheren Fassung stand „${wrong}“ statt „${right}“.` };
  });
}

function drawImage({ images, words }: DistinctCorpus, random: Random) {
  const subject = Array.from({ length: 3 }, () => pick(random, words.nouns)).join(", ");
  return { src: pick(random, images), alt: `Symbolbild: ${subject}`, credit: pick(random, AGENCIES) };
}

function isoTime(time: number): string {
  return new Date(time).toISOString().replace(".000", "");
}
