/**
 * PNG from resvg's RGBA pixels, compressed by Node's zlib in the thread pool. A share
 * card is mostly flat colour, which deflate's fast levels pack well without PNG's
 * per-row filters; resvg's own encoder spends over twice as long on the same card
 * (docs/decisions/060).
 */
import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;
/** Two of nine: measured fastest on share cards, about 50 KB each. */
const LEVEL = 2;

export async function encodePng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  if (pixels.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width}×${height} RGBA pixels, found ${pixels.length} bytes`);
  }
  const rowBytes = width * 4;
  const scanlines = Buffer.alloc((rowBytes + 1) * height); // each row: filter type 0, then pixels
  for (let y = 0; y < height; y++)
    pixels.copy(scanlines, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGBA, 0, 0, 0], 8); // bit depth, colour type, compression, filter, interlace
  const data = await deflateAsync(scanlines, { level: LEVEL });
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", data),
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
