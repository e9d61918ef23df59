/**
 * An image made of rectangles of pixels laid on a background colour, handed to the PNG
 * encoder row by row. A share card is its bands of text on paper: composing them costs
 * a copy of each row, where drawing the whole card would cost resvg the full canvas.
 * Pixels are of any size: 4 bytes of RGBA, or 1 byte of a palette index.
 */
import type { PngImage } from "./encode-png.ts";

/** A rectangle of pixels and where its top left corner goes. */
export interface Layer {
  x: number;
  y: number;
  width: number;
  height: number;
  pixels: Buffer;
}

/** One pixel's colour over a whole rectangle. */
export function solidLayer(x: number, y: number, width: number, height: number, pixel: Buffer): Layer {
  return { x, y, width, height, pixels: Buffer.alloc(width * height * pixel.length, pixel) };
}

/**
 * The rows of a `width` × `height` image: `background`, then each layer over it in order.
 * Layers are cut to the image, so one that does not fit loses its overhang, never
 * another row's pixels.
 */
export function layeredRows(
  width: number,
  height: number,
  background: Buffer,
  layers: readonly Layer[],
): PngImage {
  const size = background.length;
  for (const layer of layers) {
    if (layer.pixels.length !== layer.width * layer.height * size)
      throw new Error(
        `layer of ${layer.width}×${layer.height} has ${layer.pixels.length} bytes for pixels of ${size}`,
      );
  }
  return {
    width,
    height,
    writeRow(y, target, offset) {
      target.fill(background, offset, offset + width * size);
      for (const { x, y: top, width: layerWidth, height: layerHeight, pixels } of layers) {
        if (y < top || y >= top + layerHeight) continue;
        const from = Math.max(0, -x);
        const to = Math.min(layerWidth, width - x);
        if (to <= from) continue;
        const row = (y - top) * layerWidth * size;
        pixels.copy(target, offset + (x + from) * size, row + from * size, row + to * size);
      }
    },
  };
}
