import { photoWidths } from "./photo-widths.ts";

/** What an image service is asked for to make one WebP image of a photo. */
export interface PhotoRequest<Photo> {
  src: Photo;
  width?: number;
  height?: number;
  format: "webp";
}

/**
 * The WebP images of a photo offered in `widths`, narrowest first, and last the one at
 * the photo's own size for the `<img>`'s `src` when no width already is.
 *
 * @example photoRequests({ width: 800, height: 450 }, [480, 1200]).map((r) => r.width) // [480, 800]
 */
export function photoRequests<Photo extends { width: number; height: number }>(
  src: Photo,
  widths: readonly number[],
): PhotoRequest<Photo>[] {
  const offered = photoWidths(widths, src.width);
  const sized = offered.map((width) => ({
    src,
    width,
    height: Math.round((width * src.height) / src.width),
    format: "webp" as const,
  }));
  return offered.at(-1) === src.width ? sized : [...sized, { src, format: "webp" }];
}
