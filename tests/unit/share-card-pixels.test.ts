import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COLOURS } from "../../publish/share-images/card-layout.ts";
import { drawShareImages, readShareImageJobs } from "../../publish/share-images/draw.ts";
import { rgb } from "../../publish/share-images/ink-palette.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { decodePng, pixelDifference, type PixelDifference, type Pixels } from "../support/pixels.ts";

// `UPDATE=1 npx vitest run --project unit tests/unit/share-card-pixels.test.ts` redraws the references; look at them before committing.
const REFERENCES = join(ROOT, "tests/fixtures/share-cards");

/**
 * The cards, as the articles they are drawn for: the seed article, a short headline,
 * one of the 110 characters the check allows, and one without a topic.
 */
const ARTICLES = {
  "haniyeh-gespraeche-waffenruhe-aegypten": {
    title: "Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten",
    topics: ["Nahost"],
    date: "2023-12-20",
  },
  "bahnstreik-beendet": { title: "Bahnstreik beendet", topics: ["Verkehr"], date: "2023-12-20" },
  "erdbeben-china": {
    title:
      "Erdbeben der Stärke 6,2 erschüttert den Nordwesten Chinas – mindestens 118 Tote, Retter suchen nach Vermissten",
    topics: ["Welt"],
    date: "2023-12-19",
  },
  "stadtrat-haushalt": { title: "Stadtrat beschließt neuen Haushalt", topics: [], date: "2023-12-22" },
} as const;
type Slug = keyof typeof ARTICLES;
const SEED: Slug = "haniyeh-gespraeche-waffenruhe-aegypten";

/**
 * How far a card may lie from its reference: each channel off by at most 1.5 of 255 on
 * average, and at most 1 pixel in 2,000 off by more than 8 (two of the palette's steps of
 * coverage): edges of glyphs moved by a fraction of a pixel, as another version of satori
 * or resvg may move them. The whole card drawn by satori in one piece lies 0.02 of 255
 * and 0.011 % of pixels off the band route's; an ink 9 of 255 lighter is refused.
 */
const TOLERANCE = { mean: 1.5, far: 8, farOff: 0.0005 };
const difference = (image: Pixels, reference: Pixels) => pixelDifference(image, reference, TOLERANCE.far);
const passes = ({ mean, farOff }: PixelDifference) =>
  mean.every((value) => value <= TOLERANCE.mean) && farOff <= TOLERANCE.farOff;
const describeDifference = ({ mean, farOff }: PixelDifference) =>
  `mean ${mean.map((value) => value.toFixed(3)).join("/")} of 255, ${(100 * farOff).toFixed(4)} % of pixels off by more than ${TOLERANCE.far}`;

/** Every card drawn by the drawing process from articles in a content folder, as PNG files. */
let drawn: Map<string, string>;
beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), "kiosk-share-pixels-content-"));
  for (const [slug, { title, topics, date }] of Object.entries(ARTICLES)) {
    const frontmatter = [
      `title: ${JSON.stringify(title)}`,
      "dek: Eine Zusammenfassung in einem Satz.",
      `date: ${date}`,
      "source: Kiosk-Testredaktion",
      `topics: ${JSON.stringify(topics)}`,
    ];
    await writeFile(join(content, `${slug}.md`), `---\n${frontmatter.join("\n")}\n---\n\nText.\n`);
  }
  const cache = await mkdtemp(join(tmpdir(), "kiosk-share-pixels-cache-"));
  ({ files: drawn } = await drawShareImages(await readShareImageJobs(content), cache));
});

const card = async (slug: Slug) => decodePng(await readFile(drawn.get(slug)!));

/** A copy of the card moved `dx` pixels right and `dy` down, uncovered pixels repeating its edge. */
function moved({ width, height, rgba }: Pixels, dx: number, dy: number): Pixels {
  const out = new Uint8Array(rgba.length);
  const clamp = (value: number, size: number) => Math.min(size - 1, Math.max(0, value));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const from = (clamp(y - dy, height) * width + clamp(x - dx, width)) * 4;
      out.set(rgba.subarray(from, from + 4), (y * width + x) * 4);
    }
  return { width, height, rgba: out };
}

/** A copy of the card with each pixel's colour changed by `change`. */
function recoloured(image: Pixels, change: (rgba: Uint8Array, at: number) => void): Pixels {
  const rgba = new Uint8Array(image.rgba);
  for (let at = 0; at < rgba.length; at += 4) change(rgba, at);
  return { ...image, rgba };
}

describe("share card pixels", () => {
  it("should draw the headlines the cases promise", () => {
    expect(ARTICLES["erdbeben-china"].title).toHaveLength(110);
    expect([...drawn.keys()].sort()).toEqual(Object.keys(ARTICLES).sort());
  });

  it.each(Object.keys(ARTICLES) as Slug[])("should draw %s as its reference", async (slug) => {
    const file = join(REFERENCES, `${slug}.png`);
    if (process.env["UPDATE"]) {
      await mkdir(REFERENCES, { recursive: true });
      await writeFile(file, await readFile(drawn.get(slug)!));
    }
    const image = await card(slug);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const found = difference(image, decodePng(await readFile(file)));
    expect(passes(found), describeDifference(found)).toBe(true);
  });
});

/** Cards made from the real seed card that must fail, so that the tolerance cannot loosen unseen. */
describe("the comparison of share cards", () => {
  let seed: Pixels;
  beforeAll(async () => {
    seed = await card(SEED);
  });
  const expectRefused = (image: Pixels) => {
    const found = difference(image, seed);
    expect(passes(found), describeDifference(found)).toBe(false);
  };

  it("should pass the card itself and the card with every channel off by one", () => {
    expect(difference(seed, seed)).toEqual({ mean: [0, 0, 0], farOff: 0 });
    const offByOne = recoloured(seed, (rgba, at) => {
      for (let channel = 0; channel < 3; channel++) rgba[at + channel] = rgba[at + channel]! ^ 1;
    });
    expect(passes(difference(offByOne, seed))).toBe(true);
  });

  it("should refuse a blank card: paper below the red rule", () => {
    const paper = seed.rgba.slice(-4);
    expectRefused(
      recoloured(seed, (rgba, at) => {
        if (at >= 20 * seed.width * 4) rgba.set(paper, at);
      }),
    );
  });

  it("should refuse a card moved by one pixel, down or sideways", () => {
    expectRefused(moved(seed, 0, 1));
    expectRefused(moved(seed, 1, 0));
  });

  it("should refuse a card with a strip of its headline garbled", () => {
    const row = seed.width * 4;
    const rgba = new Uint8Array(seed.rgba);
    // Rows 300–339 lie in the headline's second line; each is copied 150 pixels to the left.
    for (let y = 300; y < 340; y++) rgba.copyWithin(y * row + 72 * 4, y * row + 222 * 4, y * row + 1128 * 4);
    expectRefused({ ...seed, rgba });
  });

  it("should refuse a card whose ink is lighter by 9 of 255", () => {
    const [red, green, blue] = rgb(COLOURS.ink);
    expectRefused(
      recoloured(seed, (rgba, at) => {
        if (rgba[at] === red && rgba[at + 1] === green && rgba[at + 2] === blue)
          rgba.set([red + 9, green + 9, blue + 9], at);
      }),
    );
  });

  it("should refuse a card whose paper is tinted by two of 255", () => {
    const [red, green, blue] = seed.rgba.slice(-4);
    expectRefused(
      recoloured(seed, (rgba, at) => {
        if (rgba[at] === red && rgba[at + 1] === green && rgba[at + 2] === blue) rgba[at + 2] = blue! - 2;
      }),
    );
  });
});
