import type { ImageMetadata } from "astro";
import { SHARE_IMAGE, type SizedImage } from "../metadata/news-article.ts";
import { cropSizes, imageType, sharePhotoWidth, type ShareImage } from "../metadata/share-photo.ts";
import { shareImagePath } from "../lib/urls.ts";
import type { Article } from "./articles.ts";
import { photoImage, type ImageRequest } from "./photo-images.ts";

/** What an article is shared with: one image for cards and feeds, and the images of its JSON-LD. */
export interface ArticleShareImages {
  share: ShareImage;
  structured: SizedImage[];
}

/**
 * JPEG, not the site's WebP: the previews of social networks and messengers are made
 * by crawlers that do not all read WebP (docs/decisions/101-lead-photo-where-people-share.md).
 */
const SHARE_FORMAT = "jpg";

/** What a transparent photo stands on in JPEG, which has no transparency. */
const BACKGROUND = "#ffffff";

/** The images of a lead photo made for sharing: the photo at the share width, then one crop a ratio. */
export function shareImageRequests(src: ImageMetadata): ImageRequest[] {
  const common = { src, format: SHARE_FORMAT, background: BACKGROUND } as const;
  return [
    { ...common, width: sharePhotoWidth(src) },
    ...cropSizes(src).map((size) => ({ ...common, ...size, fit: "cover" as const })),
  ];
}

/**
 * The article's lead photo, made by Astro's image pipeline at the share width and cut
 * to each ratio Google asks for; without a photo, the card drawn after the build.
 * `home` is the front page's absolute URL. The page's body makes its images from the
 * same source in the same build, so head and body always show the same photo.
 */
export async function articleShareImages(article: Article, home: URL): Promise<ArticleShareImages> {
  const { image, title } = article.data;
  if (!image) {
    const card = { url: new URL(shareImagePath(home.pathname, article.id), home).href, ...SHARE_IMAGE };
    return { share: { ...card, type: "image/png", alt: title }, structured: [card] };
  }
  const requests = shareImageRequests(image.src);
  const [made, ...crops] = await Promise.all(requests.map(photoImage));
  return {
    share: {
      url: new URL(made!.src, home).href,
      width: Number(made!.attributes["width"]),
      height: Number(made!.attributes["height"]),
      type: imageType(made!.options.format ?? SHARE_FORMAT),
      alt: image.alt,
    },
    structured: crops.map((crop, i) => ({
      url: new URL(crop.src, home).href,
      width: requests[i + 1]!.width!,
      height: requests[i + 1]!.height!,
    })),
  };
}
