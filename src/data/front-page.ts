import { frontPage, type Front } from "../lib/front-page.ts";
import { slugify } from "../lib/slug.ts";
import { publishedArticles, type Article } from "./articles.ts";

/** A section of the front: the topic as editors write it, its URL segment, its articles. */
export interface FrontTopic {
  name: string;
  slug: string;
  articles: Article[];
}

export interface FrontArticles {
  lead: Article | undefined;
  latest: Article[];
  sections: FrontTopic[];
}

/**
 * The front page's lead, newest articles and topic sections (see `frontPage`), from the
 * newest published articles only, never from the topic index of the whole archive.
 */
export async function frontArticles(): Promise<FrontArticles> {
  const stories = (await publishedArticles()).map((article) => ({
    id: article.id,
    topics: [...new Set(article.data.topics.map(slugify))],
    lead: article.data.lead,
    article,
  }));
  const front: Front<(typeof stories)[number]> = frontPage(stories);
  return {
    lead: front.lead?.article,
    latest: front.latest.map(({ article }) => article),
    sections: front.sections.map(({ topic, stories: shown }) => {
      const articles = shown.map(({ article }) => article);
      const name = articles[0]!.data.topics.find((written) => slugify(written) === topic)!;
      return { name, slug: topic, articles };
    }),
  };
}
