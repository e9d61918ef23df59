/**
 * A share card in at most 256 colours: the paper, and each ink the text is set in at 63
 * steps of coverage over the paper. resvg draws each band of text on a transparent
 * canvas; a pixel's coverage and one channel's value tell its ink and step. A palette PNG holds a
 * byte a pixel instead of four, so zlib packs the card in a quarter of the time, into a
 * third of the bytes (docs/decisions/063).
 */

/** Steps of coverage an ink is blended over the paper in; 4 inks fit in 256 colours. */
const STEPS = 63;

export interface InkPalette {
  /** The palette as PNG's PLTE chunk wants it: red, green, blue for each index. */
  colours: Buffer;
  /** The index of the paper, as a one-byte pixel. */
  paper: Buffer;
  /** The index of an ink at full coverage, as a one-byte pixel. */
  solid(ink: string): Buffer;
  /**
   * Premultiplied RGBA pixels drawn in `inks` on transparency, as indices; `inks` are
   * those of one band, a few of the palette's, which one channel tells apart.
   */
  indices(pixels: Buffer, inks: readonly string[]): Buffer;
}

/** `#rrggbb` as red, green and blue. */
export function rgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #rrggbb, found "${hex}"`);
  return [1, 2, 3].map((group) => parseInt(match[group]!, 16)) as [number, number, number];
}

/**
 * How far off, in levels of 255, a faint edge pixel may be drawn when the channel that
 * tells a band's inks apart mistakes one ink for another (see `separatingChannel`).
 */
const MISTAKE_LEVELS = 8;

/**
 * The palette of `paper` and `inks`. The inks of each band are told apart by one
 * channel alone, which keeps the lookup to one table a band: the channel that tells
 * that band's inks apart best (red for Kiosk's own; a publication's navy accent differs
 * from the muted grey in red, from the ink only in green and blue).
 */
export function inkPalette(paper: string, inks: readonly string[]): InkPalette {
  if (inks.length * STEPS + 1 > 256)
    throw new Error(`at most ${Math.floor(255 / STEPS)} inks fit in a palette`);
  const background = rgb(paper);
  const colours = inks.map(rgb);
  const at = (ink: string) => {
    const index = inks.indexOf(ink);
    if (index < 0) throw new Error(`${ink} is not one of the palette's inks`);
    return index;
  };

  const palette = [background];
  for (const colour of colours)
    for (let step = 1; step <= STEPS; step++)
      palette.push(
        colour.map((value, i) => Math.round(background[i]! + ((value - background[i]!) * step) / STEPS)) as [
          number,
          number,
          number,
        ],
      );

  /** Index by coverage and one premultiplied channel, built once for each set of a band's inks. */
  const lookups = new Map<string, { channel: 0 | 1 | 2; table: Uint8Array }>();
  const lookup = (band: readonly string[]) => {
    const key = band.join(" ");
    let known = lookups.get(key);
    if (!known) {
      const members = band.map(at);
      const channel = separatingChannel(members.map((ink) => colours[ink]!));
      if (channel === undefined)
        throw new Error(`inks ${band.join(", ")}: no one of their reds, greens or blues tells them apart`);
      const table = new Uint8Array(256 * 256);
      for (let alpha = 1; alpha < 256; alpha++) {
        const step = Math.max(1, Math.round((alpha * STEPS) / 255));
        for (let value = 0; value < 256; value++) {
          const straight = Math.min(255, (value * 255) / alpha);
          let nearest = members[0]!;
          for (const ink of members)
            if (Math.abs(colours[ink]![channel] - straight) < Math.abs(colours[nearest]![channel] - straight))
              nearest = ink;
          table[alpha * 256 + value] = 1 + nearest * STEPS + step - 1;
        }
      }
      lookups.set(key, (known = { channel, table }));
    }
    return known;
  };
  return {
    colours: Buffer.from(palette.flat()),
    paper: Buffer.from([0]),
    solid: (ink) => Buffer.from([1 + at(ink) * STEPS + STEPS - 1]),
    indices(pixels, band) {
      const { channel, table } = lookup(band);
      const out = Buffer.alloc(pixels.length / 4);
      for (let i = 0, j = 0; j < out.length; i += 4, j++) {
        const alpha = pixels[i + 3]!;
        if (alpha !== 0) out[j] = table[alpha * 256 + pixels[i + channel]!]!;
      }
      return out;
    },
  };
}

/**
 * The channel (0 red, 1 green, 2 blue) that tells `colours` apart best, if one does well
 * enough. Premultiplied pixels lose precision as coverage falls, so a faint edge pixel
 * may be read as the ink nearest to it in that channel rather than its own: for two
 * inks `gap` apart in the channel and at most `spread` apart in any, only pixels of less
 * than 255/`gap` coverage can be misread, each then off by less than `spread`/`gap`
 * levels. The channel with the least such error over every pair of inks is taken, and
 * refused when that error exceeds `MISTAKE_LEVELS`. Two inks always pass (their widest
 * channel gives `gap` = `spread`), so a band of one or two inks is drawn in its own.
 */
export function separatingChannel(colours: readonly [number, number, number][]): 0 | 1 | 2 | undefined {
  const error = (channel: 0 | 1 | 2) => {
    let worst = 0;
    for (let a = 0; a < colours.length; a++)
      for (let b = a + 1; b < colours.length; b++) {
        const spread = Math.max(...[0, 1, 2].map((c) => Math.abs(colours[a]![c]! - colours[b]![c]!)));
        const gap = Math.abs(colours[a]![channel] - colours[b]![channel]);
        if (spread > 0) worst = Math.max(worst, gap === 0 ? Infinity : spread / gap);
      }
    return worst;
  };
  const best = ([0, 1, 2] as const).reduce((a, b) => (error(b) < error(a) ? b : a));
  return error(best) <= MISTAKE_LEVELS ? best : undefined;
}
