/**
 * Share images: one 1200×630 PNG per published article, drawn from its headline, first
 * topic and date with satori (layout, text to paths) and resvg (pixels), plus the
 * publisher logo. Each image is cached under a hash of what it shows and of the code
 * and fonts that draw it, so a build redraws only new or changed articles.
 * `npm run build` runs this beside `astro build`; see docs/decisions/023.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderAsync } from "@resvg/resvg-js";
import { z } from "astro/zod";
import satori from "satori";
import { parse } from "yaml";
import { splitFrontmatter } from "../src/check/split-frontmatter.ts";
import { articleSchema } from "../src/lib/article-schema.ts";
import { formatGermanDate } from "../src/lib/german-date.ts";
import { LOGO } from "../src/lib/news-article.ts";
import {
  BAND_WIDTH,
  CARD,
  CARD_FONT,
  cardLayout,
  COLOURS,
  footerBand,
  headlineBand,
  kickerBand,
  type CardNode,
  type ShareCard,
} from "../src/lib/share-card.ts";
import { shareImagePath } from "../src/lib/urls.ts";
import { encodePng } from "./encode-png.ts";
import { layeredRows, rgba, solidLayer, type Layer } from "./layered-image.ts";

const require = createRequire(import.meta.url);
const SUBSETS = ["latin", "latin-ext"] as const;
const WEIGHTS = [700, 400] as const;
/**
 * Characters of fontsource's `latin` subset, which holds German and its punctuation.
 * Satori looks each glyph up in every font it is given, so cards written in these
 * alone are drawn with that subset only, in half the time.
 */
const LATIN =
  /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2212]*$/u;
/**
 * Cards in hand at once: satori lays out and zlib packs on this thread while resvg draws
 * in the thread pool.
 */
const IN_FLIGHT = 3;
/**
 * A larger young generation: satori's garbage and the 3 MB of pixels a card otherwise
 * made the collector the largest cost after resvg (docs/decisions/063).
 */
const NODE_FLAGS = ["--max-semi-space-size=32"];

/** A published article's share image. */
export interface ShareImageJob extends ShareCard {
  slug: string;
}

const frontmatterSchema = articleSchema(z.string());

/**
 * The share cards of every published article in a content folder. The article check
 * has passed before this runs, so frontmatter that does not parse is skipped here.
 */
export async function readShareImageJobs(contentDir: string): Promise<ShareImageJob[]> {
  const files = (await readdir(contentDir, { recursive: true })).filter((name) => name.endsWith(".md"));
  const jobs = await Promise.all(
    files.map(async (name) => {
      const parts = splitFrontmatter(await readFile(join(contentDir, name), "utf8"));
      const parsed = frontmatterSchema.safeParse(parts ? parse(parts.yaml) : undefined);
      if (!parsed.success || parsed.data.draft) return [];
      const { title, topics, date } = parsed.data;
      return [{ slug: basename(name, ".md"), title, topic: topics[0], date: formatGermanDate(date) }];
    }),
  );
  return jobs.flat();
}

/** Pixels of one band of a card. */
type Band = Omit<Layer, "x" | "y">;

/** Share images drawn into the cache, by article slug. */
export interface DrawnShareImages {
  files: Map<string, string>;
  drawn: number;
  reused: number;
}

/** Draw the share image of every job that `cacheDir` does not hold yet. */
export async function drawShareImages(
  jobs: readonly ShareImageJob[],
  cacheDir: string,
): Promise<DrawnShareImages> {
  await mkdir(cacheDir, { recursive: true });
  const fonts = await loadFonts();
  const latinFonts = fonts.filter(({ subset }) => subset === "latin");
  const version = await codeVersion(fonts.map(({ data }) => data));
  const cached = new Set(await readdir(cacheDir));
  const result: DrawnShareImages = { files: new Map(), drawn: 0, reused: 0 };

  /** A band of text as wide as the card's column and as tall as its text. */
  const drawBand = async (element: CardNode, text: string): Promise<Band> => {
    const svg = await satori(element, { width: BAND_WIDTH, fonts: LATIN.test(text) ? latinFonts : fonts });
    const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
    return { width: image.width, height: image.height, pixels: image.pixels };
  };
  // Topics repeat from card to card; a few hundred of them fit in a few megabytes.
  const kickers = new Map<string, Promise<Band>>();
  const kicker = (topic: string) => {
    if (!kickers.has(topic)) kickers.set(topic, drawBand(kickerBand(topic), topic));
    return kickers.get(topic)!;
  };
  const paper = rgba(COLOURS.paper);
  const rule = solidLayer(0, 0, CARD.width, CARD.rule, rgba(COLOURS.accent));

  const draw = async (job: ShareImageJob) => {
    const name = `${cacheKey(version, job)}.png`;
    const file = join(cacheDir, name);
    if (cached.has(name)) {
      result.reused++;
    } else {
      const [top, headline, footer] = await Promise.all([
        job.topic === undefined ? undefined : kicker(job.topic),
        drawBand(headlineBand(job.title), job.title),
        drawBand(footerBand(job.date), job.date),
      ]);
      const at = cardLayout({ kicker: top?.height ?? 0, headline: headline.height, footer: footer.height });
      const layers: Layer[] = [
        rule,
        ...(top ? [{ ...top, x: CARD.side, y: at.kicker }] : []),
        { ...headline, x: CARD.side, y: at.headline },
        { ...footer, x: CARD.side, y: at.footer },
      ];
      await writeAtomically(file, encodePng(layeredRows(CARD.width, CARD.height, paper, layers)));
      result.drawn++;
    }
    result.files.set(job.slug, file);
  };
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await draw(job);
  };
  await Promise.all([...Array(IN_FLIGHT)].map(worker));
  return result;
}

/** Copy drawn images to `artikel/<slug>/vorschau.png` in a built site, and add `logo.png`. */
export async function placeShareImages(files: ReadonlyMap<string, string>, siteDir: string): Promise<void> {
  const place = async ([slug, file]: [string, string]) => {
    const target = join(siteDir, shareImagePath("/", slug));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  };
  await Promise.all([...[...files].map(place), writeLogo(join(siteDir, "logo.png"))]);
}

/** The favicon as the 512-pixel PNG logo that NewsArticle's publisher needs. */
async function writeLogo(target: string): Promise<void> {
  const svg = await readFile(new URL("../public/favicon.svg", import.meta.url));
  const image = await renderAsync(svg, { fitTo: { mode: "width", value: LOGO.width } });
  await writeFile(target, image.asPng());
}

async function loadFonts() {
  const files = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => [subset, weight] as const));
  return Promise.all(
    files.map(async ([subset, weight]) => ({
      subset,
      name: CARD_FONT,
      weight,
      style: "normal" as const,
      data: await readFile(
        require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
}

/** Changes whenever the drawing code, the card layout, the fonts or the libraries change. */
async function codeVersion(fonts: readonly Buffer[]): Promise<string> {
  const hash = createHash("sha256");
  const code = [
    import.meta.url,
    new URL("../src/lib/share-card.ts", import.meta.url),
    new URL("./encode-png.ts", import.meta.url),
    new URL("./layered-image.ts", import.meta.url),
  ];
  for (const file of code) {
    hash.update(await readFile(new URL(file)));
  }
  for (const name of ["satori", "@resvg/resvg-js"]) hash.update(require(`${name}/package.json`).version);
  for (const font of fonts) hash.update(font);
  return hash.digest("hex");
}

function cacheKey(version: string, { title, topic, date }: ShareCard): string {
  return createHash("sha256")
    .update(JSON.stringify([version, title, topic ?? "", date]))
    .digest("hex")
    .slice(0, 32);
}

/** Builds running side by side may draw the same card; a rename never leaves half a file. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/**
 * `node scripts/share-images.ts <content dir> <cache dir>`: draw the images and print
 * the drawn files as JSON. `npm run build` runs it beside `astro build` at a lower
 * priority, so Astro, the longest step, keeps a core of its own.
 */
if (import.meta.main) {
  try {
    setPriority(10);
  } catch {
    // Priority is a courtesy; drawing at the same priority only takes longer.
  }
  const [contentDir, cacheDir] = process.argv.slice(2);
  if (!contentDir || !cacheDir)
    throw new Error("usage: node scripts/share-images.ts <content dir> <cache dir>");
  const { files, drawn, reused } = await drawShareImages(await readShareImageJobs(contentDir), cacheDir);
  process.stdout.write(JSON.stringify({ files: [...files], drawn, reused }));
}

/**
 * Share images drawn by `scripts/share-images.ts` in a process of its own; `stop()` ends
 * it when the build is stopped for another reason.
 */
export function drawShareImagesAside(contentDir: string, cacheDir: string) {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, fileURLToPath(import.meta.url), contentDir, cacheDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const done = new Promise<DrawnShareImages>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0) return reject(new Error(`drawing stopped (${signal ?? `exit code ${code}`})`));
      const { files, drawn, reused } = JSON.parse(output) as {
        files: [string, string][];
        drawn: number;
        reused: number;
      };
      resolve({ files: new Map(files), drawn, reused });
    });
  });
  return { done, stop: () => child.kill("SIGTERM") };
}
