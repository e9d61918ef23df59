/**
 * A share card in at most 256 colours: the paper, and each ink the text is set in at 63
 * steps of coverage over the paper. resvg draws each band of text on a transparent
 * canvas; a pixel's coverage and red value tell its ink and step. A palette PNG holds a
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
  /** Premultiplied RGBA pixels drawn in the inks on transparency, as indices. */
  indices(pixels: Buffer): Buffer;
}

/** `#rrggbb` as red, green and blue. */
export function rgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #rrggbb, found "${hex}"`);
  return [1, 2, 3].map((group) => parseInt(match[group]!, 16)) as [number, number, number];
}

/**
 * The palette of `paper` and `inks`. Inks are told apart by one channel alone, which
 * keeps the lookup to one table: the channel in which they lie furthest apart (red for
 * Kiosk's own inks; a publication's accent may differ from the greys only in blue).
 */
export function inkPalette(paper: string, inks: readonly string[]): InkPalette {
  if (inks.length * STEPS + 1 > 256)
    throw new Error(`at most ${Math.floor(255 / STEPS)} inks fit in a palette`);
  const background = rgb(paper);
  const colours = inks.map(rgb);
  const channel = separatingChannel(colours);
  if (channel === undefined)
    throw new Error(`inks ${inks.join(", ")}: their reds, greens or blues must differ by 32 or more`);

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

  // Index by coverage and premultiplied red, built once.
  const lookup = new Uint8Array(256 * 256);
  for (let alpha = 1; alpha < 256; alpha++) {
    const step = Math.max(1, Math.round((alpha * STEPS) / 255));
    for (let red = 0; red < 256; red++) {
      const straight = Math.min(255, (red * 255) / alpha);
      let nearest = 0;
      for (let ink = 1; ink < colours.length; ink++)
        if (Math.abs(colours[ink]![channel] - straight) < Math.abs(colours[nearest]![channel] - straight))
          nearest = ink;
      lookup[alpha * 256 + red] = 1 + nearest * STEPS + step - 1;
    }
  }
  return {
    colours: Buffer.from(palette.flat()),
    paper: Buffer.from([0]),
    solid(ink) {
      const at = inks.indexOf(ink);
      if (at < 0) throw new Error(`${ink} is not one of the palette's inks`);
      return Buffer.from([1 + at * STEPS + STEPS - 1]);
    },
    indices(pixels) {
      const out = Buffer.alloc(pixels.length / 4);
      for (let i = 0, j = 0; j < out.length; i += 4, j++) {
        const alpha = pixels[i + 3]!;
        if (alpha !== 0) out[j] = lookup[alpha * 256 + pixels[i + channel]!]!;
      }
      return out;
    },
  };
}

/** The channel (0 red, 1 green, 2 blue) whose values of the inks lie 32 or more apart, the widest first. */
function separatingChannel(colours: readonly [number, number, number][]): 0 | 1 | 2 | undefined {
  const gap = (channel: 0 | 1 | 2) => {
    const values = colours.map((colour) => colour[channel]).sort((a, b) => a - b);
    return Math.min(...values.slice(1).map((value, i) => value - values[i]!));
  };
  const best = ([0, 1, 2] as const).reduce((a, b) => (gap(b) > gap(a) ? b : a));
  return gap(best) >= 32 ? best : undefined;
}
