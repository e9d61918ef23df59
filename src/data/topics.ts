import { SEGMENTS } from "../consts.ts";
import { listPages } from "../lib/list-pages.ts";
import { slugify } from "../lib/slug.ts";
import { topicCollisions } from "../lib/topic-slug.ts";
import { publishedArticles, type Article } from "./articles.ts";
import { pageKey } from "./page-keys.ts";
import { siteSections } from "./sections.ts";

/** A topic page: the name as editors write it, its URL segment, its articles newest first. */
export interface Topic {
  name: string;
  slug: string;
  articles: Article[];
}

let topics: Promise<Map<string, Topic>> | undefined;

/**
 * Every topic of the published articles by slug, built once per build. Spellings that
 * share a slug stop the build (the article check reports them first, with lines);
 * they are never merged into one page.
 */
export function topicsBySlug(): Promise<Map<string, Topic>> {
  topics ??= publishedArticles().then(indexTopics);
  return topics;
}

/** The topics of one article, in its own order. */
export async function topicsOf(article: Article): Promise<Topic[]> {
  const index = await topicsBySlug();
  return [...new Set(article.data.topics.map(slugify))].flatMap((slug) => index.get(slug) ?? []);
}

function indexTopics(articles: Article[]): Map<string, Topic> {
  const uses = articles.flatMap((article) =>
    article.data.topics.map((topic) => ({ file: article.filePath ?? article.id, topic })),
  );
  const collisions = topicCollisions(uses);
  const unnamed = uses.filter((use) => !slugify(use.topic));
  if (collisions.length > 0 || unnamed.length > 0) {
    throw new Error(
      [
        ...collisions.map(
          ({ slug, first, other }) =>
            `${other.file}: topics: "${other.topic}" and "${first.topic}" (${first.file}) would share /themen/${slug}/`,
        ),
        ...unnamed.map(
          ({ file, topic }) => `${file}: topics: "${topic}" has no letters or digits for its URL`,
        ),
      ].join("\n"),
    );
  }
  const index = new Map<string, Topic>();
  for (const article of articles) {
    const slugs = new Set(article.data.topics.map(slugify));
    for (const name of article.data.topics) {
      const slug = slugify(name);
      if (!slugs.delete(slug)) continue; // listed twice in one article
      const topic = index.get(slug) ?? { name, slug, articles: [] };
      topic.articles.push(article);
      index.set(slug, topic);
    }
  }
  return index;
}

/**
 * Every topic's own page and numbered pages (see `listPages`), each with its `cacheKey`;
 * a section no article has used yet has its page too, so the navigation never leads nowhere.
 */
export async function topicPages() {
  const base = import.meta.env.BASE_URL;
  const index = await topicsBySlug();
  const unused = (await siteSections())
    .filter(({ slug }) => !index.has(slug))
    .map(({ name, slug }): Topic => ({ name, slug, articles: [] }));
  return Promise.all(
    [...index.values(), ...unused].flatMap((topic) =>
      listPages(base, [SEGMENTS.topics, topic.slug], topic.articles).map(async (page) => ({
        topic,
        page,
        cacheKey: await pageKey(page.items, topic.name, page.number, page.newer, page.older),
      })),
    ),
  );
}
