/**
 * The images Astro's image service makes of the articles' photos. Astro's incremental
 * build records every image a page asks for while it renders, with all its options, in
 * one string that limits the archive's size (docs/decisions/115); an image asked for
 * outside a render is made in every build and recorded on no page
 * (`IMAGE_ADDED_WHEN_READ` in src/astro-internals.ts). So the images of every article's
 * photo are asked for once a build, from `getStaticPaths`, before any page renders, and
 * a page is handed those. What was not asked for ahead a page asks for itself, and its
 * record keeps it: no page ever shows an image that a build does not make.
 */
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from "astro";
import { getImage } from "astro:assets";
import { photoRequests } from "../lib/photo-requests.ts";

/** The widths a teaser's thumbnail is offered in. */
export const TEASER_WIDTHS = [160, 320, 480, 800] as const;

/** The widths a lead photo is offered in, on its article and on the front page. */
export const LEAD_WIDTHS = [480, 800, 1200] as const;

/** What a photo's image is made from: the photo and Astro's options. */
export type ImageRequest = UnresolvedImageTransform & { src: ImageMetadata };

const madeAhead = new Map<string, Promise<GetImageResult>>();

function keyOf({ src, ...options }: ImageRequest): string {
  return JSON.stringify([src.src, options]);
}

/** An image of a photo: the one asked for ahead, or asked for now (and recorded on the page). */
export function photoImage(request: ImageRequest): Promise<GetImageResult> {
  return madeAhead.get(keyOf(request)) ?? getImage(request);
}

/**
 * Asks Astro's image service for these images now. Only `getStaticPaths` may call it: a
 * page rendering would record them on itself alone, and a later build that renders that
 * page again without them would not make them for the pages that only were handed them.
 */
export async function makeAhead(requests: readonly ImageRequest[]): Promise<void> {
  await Promise.all(
    requests.map((request) => {
      const key = keyOf(request);
      // Astro adds an image to the build when its `src` is first read: copying it reads it now.
      const made = madeAhead.get(key) ?? getImage(request).then((image) => ({ ...image }));
      madeAhead.set(key, made);
      return made;
    }),
  );
}

/** A photo's `<img>` sources in `widths`: its `src` and its `srcset`. */
export async function photoSources(
  src: ImageMetadata,
  widths: readonly number[],
): Promise<{ src: string; srcset: string }> {
  const requests = photoRequests(src, widths);
  const images = await Promise.all(requests.map(photoImage));
  const srcset = requests
    .flatMap((request, i) => (request.width === undefined ? [] : [`${images[i]!.src} ${request.width}w`]))
    .join(", ");
  return { src: images.at(-1)!.src, srcset };
}
