import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CARD, COLOURS } from "../../publish/share-images/card-layout.ts";
import { drawShareImages, type ShareImageBrand } from "../../publish/share-images/draw.ts";
import { rgb } from "../../publish/share-images/ink-palette.ts";
import { displayPath } from "../../src/files/display-path.ts";
import { decodePng, type Pixels } from "../support/pixels.ts";

const JOB = {
  slug: "hafen",
  title: "Neuer Kai für Containerriesen",
  topic: "Hafen",
  date: "5. Dezember 2026",
};

/** The card of `JOB` in a brand's accent, with the warnings of drawing it. */
async function drawIn(brand: ShareImageBrand) {
  const cache = await mkdtemp(join(tmpdir(), "kiosk-share-accent-"));
  const { files, warnings } = await drawShareImages([JOB], cache, brand);
  return { card: decodePng(await readFile(files.get(JOB.slug)!)), warnings };
}

const pixel = ({ width, rgba }: Pixels, x: number, y: number) => [
  ...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3),
];

/** How many pixels of the rectangle are exactly `colour`. */
function count(image: Pixels, colour: string, top: number, bottom: number, left = 0, right = image.width) {
  const [r, g, b] = rgb(colour);
  let found = 0;
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++) {
      const [red, green, blue] = pixel(image, x, y);
      if (red === r && green === g && blue === b) found++;
    }
  return found;
}

/** The kicker's rows, the footer's rows, right of the date: where the accent is set as text. */
const KICKER = { top: CARD.rule + CARD.top, bottom: CARD.rule + CARD.top + 40 };
const FOOTER = { top: CARD.height - CARD.bottom - 80, bottom: CARD.height - CARD.bottom };

describe("the accent on share cards", () => {
  const NAVY = "#1f3a68";
  let navy: Awaited<ReturnType<typeof drawIn>>;
  beforeAll(async () => {
    navy = await drawIn({ name: "Hafenblatt", accent: NAVY });
  });

  it("should draw a navy accent, which reads on the paper, in navy: rule, kicker and name", () => {
    expect(pixel(navy.card, 600, 5)).toEqual(rgb(NAVY));
    expect(count(navy.card, NAVY, KICKER.top, KICKER.bottom)).toBeGreaterThan(100);
    expect(count(navy.card, NAVY, FOOTER.top, FOOTER.bottom, CARD.width / 2)).toBeGreaterThan(100);
    expect(navy.warnings).toEqual([]);
  });

  it("should keep the grey of the date and the hairline beside a navy name", () => {
    expect(count(navy.card, COLOURS.muted, FOOTER.top, FOOTER.bottom, 0, CARD.width / 2)).toBeGreaterThan(
      100,
    );
    expect(count(navy.card, NAVY, FOOTER.top, FOOTER.bottom, 0, CARD.width / 2)).toBe(0);
    expect(count(navy.card, COLOURS.rule, FOOTER.top, FOOTER.bottom)).toBeGreaterThanOrEqual(
      2 * (CARD.width - 2 * CARD.side),
    );
  });

  it("should draw an accent that no one channel tells from every other ink in its own colour", async () => {
    // As grey as the muted ink in red and green, as light as the hairline in blue.
    const BLUE = "#5050e0";
    const { card, warnings } = await drawIn({ name: "Hafenblatt", accent: BLUE });
    expect(count(card, BLUE, KICKER.top, KICKER.bottom)).toBeGreaterThan(100);
    expect(count(card, BLUE, FOOTER.top, FOOTER.bottom, CARD.width / 2)).toBeGreaterThan(100);
    expect(count(card, COLOURS.muted, FOOTER.top, FOOTER.bottom, 0, CARD.width / 2)).toBeGreaterThan(100);
    expect(warnings).toEqual([]);
  });

  it("should read an accent written #rgb as the settings allow it", async () => {
    const { card, warnings } = await drawIn({ name: "Hafenblatt", accent: "#139" });
    expect(pixel(card, 600, 5)).toEqual(rgb("#113399"));
    expect(warnings).toEqual([]);
  });

  it("should say in one line, at the accent's line of the settings, that a pale accent is drawn in ink", async () => {
    const settings = join(await mkdtemp(join(tmpdir(), "kiosk-share-settings-")), "publication.yaml");
    await writeFile(settings, "name: Hafenblatt\naccent:\n  light: '#8a9ab0'\n  dark: '#8a9ab0'\n");
    const { card, warnings } = await drawIn({ name: "Hafenblatt", accent: "#8a9ab0", settings });
    expect(warnings).toEqual([
      `${displayPath(settings)}:3: accent.light: warning: #8a9ab0 has a contrast of 2.79:1 on the share cards' paper ${COLOURS.paper}, and text needs 4.5:1: the cards draw their rule, kicker and name in ${COLOURS.ink} instead`,
    ]);
    expect(pixel(card, 600, 5)).toEqual(rgb(COLOURS.ink));
    expect(count(card, "#8a9ab0", 0, CARD.height)).toBe(0);
  });
});
