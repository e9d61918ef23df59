import { photoRequests } from "../lib/photo-requests.ts";
import { shareImageRequests } from "./article-share-images.ts";
import type { Article } from "./articles.ts";
import { LEAD_WIDTHS, makeAhead, TEASER_WIDTHS } from "./photo-images.ts";

/**
 * Asks for the images of every published article's lead photo, which its page, its
 * teasers and its shares show, before any page renders (src/data/photo-images.ts).
 * Only `getStaticPaths` may call it.
 */
export async function makeArticlePhotos(articles: readonly Article[]): Promise<void> {
  await makeAhead(
    articles.flatMap(({ data: { image } }) =>
      image
        ? [
            ...photoRequests(image.src, TEASER_WIDTHS),
            ...photoRequests(image.src, LEAD_WIDTHS),
            ...shareImageRequests(image.src),
          ]
        : [],
    ),
  );
}
