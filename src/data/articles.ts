import { getCollection, render, type CollectionEntry } from "astro:content";

export type Article = CollectionEntry<"articles">;

/** Published articles, newest first. Drafts are never published. */
export async function publishedArticles(): Promise<Article[]> {
  const articles = await getCollection("articles", ({ data }) => !data.draft);
  return articles.sort(byNewest);
}

function byNewest(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The article's body, rendered when the collection was synced. Astro logs a Markdown
 * error at sync and keeps the entry without a body; publishing it would lose the text.
 */
export function renderArticle(article: Article): ReturnType<typeof render> {
  if (!article.rendered) {
    throw new Error(
      `${article.filePath ?? article.id}: the text could not be rendered (see the error above)`,
    );
  }
  return render(article);
}
