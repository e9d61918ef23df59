import type { SizedImage } from "./news-article.ts";

/** An image offered where the article is shared: its size, MIME type and text alternative. */
export interface ShareImage extends SizedImage {
  type: string;
  alt: string;
}

/** The width social networks and Google Discover show a large preview from. */
export const SHARE_PHOTO_WIDTH = 1200;

/** The aspect ratios Google's Article guidance asks an article's images in, widest first. */
export const CROP_RATIOS = [
  [16, 9],
  [4, 3],
  [1, 1],
] as const;

/**
 * The share photo's width: the share width, or the source's own when it is narrower,
 * since an enlarged photo only looks blurred.
 *
 * @example sharePhotoWidth({ width: 800, height: 600 }) // 800
 */
export function sharePhotoWidth(source: { width: number }): number {
  return Math.min(SHARE_PHOTO_WIDTH, source.width);
}

/**
 * The largest crop of each ratio in `CROP_RATIOS` up to the share width that fits in
 * the source without enlarging it: a crop too tall for the source is as wide as its
 * height allows. Each width is a whole multiple of its ratio's, so every crop has its
 * ratio exactly.
 *
 * @example cropSizes({ width: 1600, height: 900 }) // [{ width: 1200, height: 675 }, { width: 1200, height: 900 }, { width: 900, height: 900 }]
 */
export function cropSizes(source: { width: number; height: number }): { width: number; height: number }[] {
  return CROP_RATIOS.map(([across, down]) => {
    const widest = Math.min(SHARE_PHOTO_WIDTH, source.width, (source.height * across) / down);
    const units = Math.max(1, Math.floor(widest / across));
    return { width: units * across, height: units * down };
  });
}

/**
 * The MIME type of an image format as Astro's image pipeline names it.
 *
 * @example imageType("jpg") // "image/jpeg"
 */
export function imageType(format: string): string {
  return format === "jpg" ? "image/jpeg" : `image/${format}`;
}
