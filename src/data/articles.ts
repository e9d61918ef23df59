import { getCollection, type CollectionEntry } from "astro:content";

export type Article = CollectionEntry<"articles">;

/** Published articles, newest first. Drafts are never published. */
export async function publishedArticles(): Promise<Article[]> {
  const articles = await getCollection("articles", ({ data }) => !data.draft);
  return articles.sort(byNewest);
}

function byNewest(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
