/**
 * An image made of rectangles of pixels laid on a background colour, handed to the PNG
 * encoder row by row. A share card is its bands of text on paper: composing them costs
 * a copy of each row, where drawing the whole card would cost resvg the full canvas.
 */
import type { RgbaRows } from "./encode-png.ts";

/** A rectangle of RGBA pixels and where its top left corner goes. */
export interface Layer {
  x: number;
  y: number;
  width: number;
  height: number;
  pixels: Buffer;
}

/** `#rrggbb` as an opaque RGBA pixel. */
export function rgba(hex: string): Buffer {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #rrggbb, found "${hex}"`);
  return Buffer.from(`${match[1]}ff`, "hex");
}

/** One colour over a whole rectangle. */
export function solidLayer(x: number, y: number, width: number, height: number, colour: Buffer): Layer {
  return { x, y, width, height, pixels: Buffer.alloc(width * height * 4, colour) };
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
): RgbaRows {
  for (const layer of layers) {
    if (layer.pixels.length !== layer.width * layer.height * 4)
      throw new Error(`layer of ${layer.width}×${layer.height} has ${layer.pixels.length} bytes of pixels`);
  }
  return {
    width,
    height,
    writeRow(y, target, offset) {
      target.fill(background, offset, offset + width * 4);
      for (const { x, y: top, width: layerWidth, height: layerHeight, pixels } of layers) {
        if (y < top || y >= top + layerHeight) continue;
        const from = Math.max(0, -x);
        const to = Math.min(layerWidth, width - x);
        if (to <= from) continue;
        const row = (y - top) * layerWidth * 4;
        pixels.copy(target, offset + (x + from) * 4, row + from * 4, row + to * 4);
      }
    },
  };
}
