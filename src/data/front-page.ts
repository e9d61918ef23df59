import { FRONT_POOL, frontPage } from "../lib/front-page.ts";
import { slugify } from "../lib/slug.ts";
import { publishedArticles, type Article } from "./articles.ts";
import { siteSections, type SiteSection } from "./sections.ts";

/** A section's container on the front: the section and its articles. */
export interface FrontContainer {
  section: SiteSection;
  articles: Article[];
}

export interface FrontArticles {
  lead: Article | undefined;
  top: Article[];
  sections: FrontContainer[];
  latest: Article[];
}

/**
 * The front page's lead, grid, section containers and latest headlines (see
 * `frontPage`), from the newest published articles only, never from the topic index of
 * the whole archive.
 */
export async function frontArticles(): Promise<FrontArticles> {
  const sections = await siteSections();
  const newest = (await publishedArticles()).slice(0, FRONT_POOL);
  const stories = newest.map((article) => ({
    id: article.id,
    topics: article.data.topics.map(slugify),
    lead: article.data.lead,
    article,
  }));
  const front = frontPage(
    stories,
    sections.map(({ slug }) => slug),
  );
  const unwrap = (shown: readonly { article: Article }[]) => shown.map(({ article }) => article);
  return {
    lead: front.lead?.article,
    top: unwrap(front.top),
    sections: front.sections.map(({ topic, stories: shown }) => ({
      section: sections.find(({ slug }) => slug === topic)!,
      articles: unwrap(shown),
    })),
    latest: unwrap(front.latest),
  };
}
