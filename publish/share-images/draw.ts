/**
 * Share images: one 1200×630 PNG per published article, drawn from its headline, first
 * topic and date with satori (layout, text to paths) and resvg (pixels), one per other
 * page, drawn from its title (src/metadata/page-cards.ts), plus the publisher logo. Each
 * image is cached under a hash of what it shows and of the code and fonts that draw it,
 * so a build redraws only new or changed cards.
 * `npm run build` runs this in a process of its own beside `astro build`
 * (`start-drawing.ts`); see docs/decisions/023 and 063.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { join, resolve } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import { readPublishedArticles } from "../../src/check/published-articles.ts";
import { loadPublication } from "../../src/settings/load-publication.ts";
import { interfaceDate } from "../../src/interface/strings.ts";
import { LOGO } from "../../src/metadata/news-article.ts";
import { displayPath } from "../../src/files/display-path.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { settingLine } from "../../src/settings/setting-line.ts";
import {
  BAND_WIDTH,
  CARD,
  CARD_FONT,
  cardLayout,
  COLOURS,
  KIOSK_BRAND,
  type CardBrand,
  footerBand,
  headlineBand,
  kickerBand,
  type CardNode,
  type ShareCard,
} from "./card-layout.ts";
import { siteConfig } from "../../src/settings/site-config.ts";
import { encodePng } from "./encode-png.ts";
import { writeOnce } from "./write-once.ts";
import { cardPalette } from "./card-palette.ts";
import { layeredRows, solidLayer, type Layer } from "./layered-image.ts";
import { readPageImageJobs, type PageImageJob, type PublishedArticle } from "./page-image-jobs.ts";

const require = createRequire(import.meta.url);
const SUBSETS = ["latin", "latin-ext"] as const;
const WEIGHTS = [700, 400] as const;
/**
 * Characters of fontsource's `latin` subset, which holds German and its punctuation.
 * Satori looks each glyph up in every font it is given, so cards written in these
 * alone are drawn with that subset only, which is faster (docs/decisions/063).
 */
const LATIN =
  /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2212]*$/u;
/**
 * Cards in hand at once: satori lays out and zlib packs on this thread while resvg draws
 * in the thread pool.
 */
const IN_FLIGHT = 3;
/** Kicker and footer bands kept for the next cards: a few megabytes. */
const RECENT_BANDS = 32;

/** What this process drew, or found drawn, in the cache. */
export interface DrawnShareImages {
  /** The cached image of each article, by slug. */
  files: Map<string, string>;
  /** The cached image of every other page, by the page's address in the built site. */
  pages: Map<string, string>;
  logo: string;
  drawn: number;
  reused: number;
  /** Lines for the build to print: the cards could not draw what the settings ask for. */
  warnings: string[];
}

/** A published article's share image. */
export interface ShareImageJob extends ShareCard {
  slug: string;
}

/**
 * The share cards of every published article in a content folder, read by the article
 * check's own frontmatter reader; see `readPublishedArticles`.
 */
export async function readShareImageJobs(contentDir: string, store?: string): Promise<ShareImageJob[]> {
  return articleJobs(await readCardArticles(contentDir, store));
}

/**
 * What the cards take of each published article: the first topic for its own card, all
 * of them and its date for the pages it is listed on.
 */
async function readCardArticles(contentDir: string, store?: string): Promise<PublishedArticle[]> {
  const picked = await readPublishedArticles(contentDir, store, ({ title, topics, date }) => ({
    title,
    topics,
    date: date.toISOString(),
  }));
  return picked.map(({ slug, value }) => ({ slug, ...value, date: new Date(value.date) }));
}

function articleJobs(articles: readonly PublishedArticle[]): ShareImageJob[] {
  return articles.map(({ slug, title, topics, date }) => ({
    slug,
    title,
    topic: topics[0],
    date: interfaceDate(date),
  }));
}

/** The brand of the cards, with the logo file the publisher's logo is drawn from. */
export interface ShareImageBrand extends CardBrand {
  /** An SVG or PNG file; Kiosk's favicon when there is none. */
  logo?: { path: string; type: "svg" | "png" } | undefined;
  /** The settings file that names the accent, for a warning about it; `KIOSK_PUBLICATION`'s when none. */
  settings?: string | undefined;
}

/** The publication's name, light accent colour and logo (`KIOSK_PUBLICATION`), or Kiosk's. */
export function publicationBrand({ publication, logoPath, file } = loadPublication()): ShareImageBrand {
  return {
    name: publication.name,
    accent: publication.accent?.light ?? KIOSK_BRAND.accent,
    logo: publication.logo && logoPath ? { path: logoPath, type: publication.logo.type } : undefined,
    settings: file,
  };
}

/** The warning that the cards draw another accent than the settings', at the setting's line. */
async function accentWarning(message: string, settings = siteConfig().publicationFile): Promise<string> {
  const field = ["accent", "light"];
  const line = settingLine(await readFile(settings, "utf8").catch(() => ""), field);
  return formatProblem({
    file: displayPath(settings),
    line,
    field: field.join("."),
    message,
    severity: "warning",
  });
}

/** Pixels of one band of a card. */
type Band = Omit<Layer, "x" | "y">;

/** Draw the share image of every article job and page job that `cacheDir` does not hold yet. */
export async function drawShareImages(
  jobs: readonly ShareImageJob[],
  cacheDir: string,
  brand: ShareImageBrand = publicationBrand(),
  pageJobs: readonly PageImageJob[] = [],
): Promise<DrawnShareImages> {
  await mkdir(cacheDir, { recursive: true });
  const fonts = await loadFonts();
  const latinFonts = fonts.filter(({ subset }) => subset === "latin");
  const logo = await readFile(brand.logo?.path ?? new URL("../../public/favicon.svg", import.meta.url));
  // Another publication's cards and logo in the same cache have other names.
  const version = await codeVersion([...fonts.map(({ data }) => data), logo], brand);
  const cached = new Set(await readdir(cacheDir));
  const { palette, accent, inks, fallback } = cardPalette(brand.accent);
  const result: DrawnShareImages = {
    files: new Map(),
    pages: new Map(),
    logo: join(cacheDir, `logo-${version.slice(0, 32)}.png`),
    drawn: 0,
    reused: 0,
    warnings: fallback ? [await accentWarning(fallback, brand.settings)] : [],
  };

  /** A band of text in `bandInks` as wide as the card's column and as tall as its text, in palette indices. */
  const drawBand = async (element: CardNode, text: string, bandInks: readonly string[]): Promise<Band> => {
    const svg = await satori(element, { width: BAND_WIDTH, fonts: LATIN.test(text) ? latinFonts : fonts });
    const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
    return { width: image.width, height: image.height, pixels: palette.indices(image.pixels, bandInks) };
  };
  // Topics and dates repeat from card to card (a day's articles are read in a row).
  const kicker = recentlyUsed<Band>(RECENT_BANDS);
  const footer = recentlyUsed<Band>(RECENT_BANDS);
  const rule = solidLayer(0, 0, CARD.width, CARD.rule, palette.solid(accent));
  const hairline = palette.solid(COLOURS.rule);

  /** The cached file of a card, drawn unless the cache holds it. */
  const draw = async (card: ShareCard): Promise<string> => {
    const name = `${cacheKey(version, card)}.png`;
    const file = join(cacheDir, name);
    if (cached.has(name)) {
      result.reused++;
      return file;
    }
    const { topic, title, subline, date } = card;
    const [top, headline, foot] = await Promise.all([
      topic === undefined
        ? undefined
        : kicker(topic, () => drawBand(kickerBand(topic, accent), topic, inks.kicker)),
      subline === undefined
        ? drawBand(headlineBand(title), title, inks.headline)
        : drawBand(headlineBand(title, subline), title + subline, inks.headlineWithSubline),
      footer(date, () => drawBand(footerBand(date, brand.name, accent), date + brand.name, inks.footer)),
    ]);
    const at = cardLayout({ kicker: top?.height ?? 0, headline: headline.height, footer: foot.height });
    const layers: Layer[] = [
      rule,
      ...(top ? [{ ...top, x: CARD.side, y: at.kicker }] : []),
      { ...headline, x: CARD.side, y: at.headline },
      { ...foot, x: CARD.side, y: at.footer },
      solidLayer(CARD.side, at.footer, BAND_WIDTH, CARD.hairline, hairline),
    ];
    const image = layeredRows(CARD.width, CARD.height, palette.paper, layers);
    await writeOnce(file, encodePng({ ...image, palette: palette.colours }));
    result.drawn++;
    return file;
  };
  const all = [
    ...jobs.map((job) => async () => void result.files.set(job.slug, await draw(job))),
    ...pageJobs.map((job) => async () => void result.pages.set(job.path, await draw(job))),
  ];
  // By index: shifting a queue of a whole archive moves every job left behind.
  let next = 0;
  const worker = async () => {
    while (next < all.length) await all[next++]!();
  };
  await Promise.all([...[...Array(IN_FLIGHT)].map(worker), drawLogo(result.logo, logo, brand.logo?.type)]);
  return result;
}

/**
 * The publication's logo (Kiosk's favicon for the demo) as the square 512-pixel PNG
 * that NewsArticle's publisher names, centred on transparency whatever its shape.
 */
async function drawLogo(target: string, logo: Buffer, type: "svg" | "png" = "svg"): Promise<void> {
  const { width, height } = LOGO;
  const href = `data:image/${type === "svg" ? "svg+xml" : "png"};base64,${logo.toString("base64")}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"/></svg>`;
  const image = await renderAsync(svg, { fitTo: { mode: "width", value: width } });
  await writeOnce(target, image.asPng());
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

/** Changes whenever the drawing code, the card layout, the fonts, the logo, the brand or the libraries change. */
async function codeVersion(fonts: readonly Buffer[], brand: CardBrand): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify([brand.name, brand.accent]));
  const code = [
    import.meta.url,
    new URL("./card-layout.ts", import.meta.url),
    new URL("./encode-png.ts", import.meta.url),
    new URL("./layered-image.ts", import.meta.url),
    new URL("./ink-palette.ts", import.meta.url),
    new URL("./card-palette.ts", import.meta.url),
  ];
  for (const file of code) {
    hash.update(await readFile(new URL(file)));
  }
  for (const name of ["satori", "@resvg/resvg-js"]) hash.update(require(`${name}/package.json`).version);
  for (const font of fonts) hash.update(font);
  return hash.digest("hex");
}

/**
 * Values made by `make` under a key, the last `limit` keys kept. A pending value is
 * shared, so two cards in flight with one topic draw its band once.
 */
export function recentlyUsed<T>(limit: number) {
  const values = new Map<string, Promise<T>>();
  return (key: string, make: () => Promise<T>): Promise<T> => {
    const value = values.get(key) ?? make();
    values.delete(key);
    values.set(key, value);
    if (values.size > limit) values.delete(values.keys().next().value!);
    return value;
  };
}

function cacheKey(version: string, { title, topic, subline, date }: ShareCard): string {
  return createHash("sha256")
    .update(JSON.stringify([version, title, topic ?? "", subline ?? null, date]))
    .digest("hex")
    .slice(0, 32);
}

/**
 * `node publish/share-images/draw.ts <content dir> <cache dir>`: draw the images and print
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
    throw new Error("usage: node publish/share-images/draw.ts <content dir> <cache dir>");
  // One store a content folder: the cache is shared by every copy of the project.
  const folder = createHash("sha256").update(resolve(contentDir)).digest("hex").slice(0, 16);
  const store = join(cacheDir, `article-cards-${folder}.json`);
  await mkdir(cacheDir, { recursive: true });
  const articles = await readCardArticles(contentDir, store);
  const pageJobs = await readPageImageJobs(articles);
  const { files, pages, ...counts } = await drawShareImages(
    articleJobs(articles),
    cacheDir,
    publicationBrand(),
    pageJobs,
  );
  process.stdout.write(JSON.stringify({ files: [...files], pages: [...pages], ...counts }));
}
