import { getCollection, render, type CollectionEntry } from "astro:content";
import { newestFirst } from "../lib/article-order.ts";

export type Article = CollectionEntry<"articles">;

let published: Promise<Article[]> | undefined;

/**
 * Published articles, newest first, read once: every list and page asks for them, and
 * the collection stays as it is while pages are made. Drafts are never published.
 */
export function publishedArticles(): Promise<Article[]> {
  published ??= getCollection("articles", ({ data }) => !data.draft).then((articles) =>
    articles.sort((a, b) => newestFirst(dated(a), dated(b))),
  );
  return published;
}

function dated({ id, data }: Article) {
  return { id, date: data.date };
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
