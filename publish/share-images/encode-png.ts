/**
 * PNG from rows of RGBA pixels or palette indices, compressed by Node's zlib. A share
 * card is mostly flat colour, which deflate's fast levels pack well without PNG's
 * per-row filters; resvg's own encoder is slower on the same card (docs/decisions/060, 066).
 */
import { crc32, deflateSync } from "node:zlib";

/** An image handed over a row at a time, so that one composed of parts is never copied whole. */
export interface PngImage {
  width: number;
  height: number;
  /** Write row `y` into `target` from `offset`: 4 bytes of RGBA a pixel, or 1 palette index. */
  writeRow(y: number, target: Buffer, offset: number): void;
  /** Red, green and blue of each index, for an image of palette indices. */
  palette?: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;
const INDEXED = 3;
/** Two of nine: measured fastest on share cards (docs/decisions/063). */
const LEVEL = 2;

/**
 * Rows are laid out in one buffer kept for the next image: a fresh buffer a card made the
 * garbage collector the largest cost of drawing them (docs/decisions/063).
 */
let scanlines = Buffer.alloc(0);

export function encodePng({ width, height, writeRow, palette }: PngImage): Buffer {
  if (palette && (palette.length % 3 !== 0 || palette.length > 256 * 3))
    throw new Error(`a palette holds up to 256 colours of 3 bytes, found ${palette.length} bytes`);
  const rowBytes = width * (palette ? 1 : 4);
  const size = (rowBytes + 1) * height;
  if (scanlines.length < size) scanlines = Buffer.allocUnsafe(size);
  for (let y = 0; y < height; y++) {
    scanlines[y * (rowBytes + 1)] = 0; // filter type: none
    writeRow(y, scanlines, y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, palette ? INDEXED : RGBA, 0, 0, 0], 8); // depth, colour type, compression, filter, interlace
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    ...(palette ? [chunk("PLTE", palette)] : []),
    chunk("IDAT", deflateSync(scanlines.subarray(0, size), { level: LEVEL })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const frame = Buffer.alloc(8 + data.length + 4);
  frame.writeUInt32BE(data.length, 0);
  typed.copy(frame, 4);
  frame.writeUInt32BE(crc32(typed), 8 + data.length);
  return frame;
}
