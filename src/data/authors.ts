import { getCollection, type CollectionEntry } from "astro:content";
import { publishedArticles, type Article } from "./articles.ts";

export type Author = CollectionEntry<"authors">;

let authors: Promise<Map<string, Author>> | undefined;

/** Every author file by slug, read once per build. */
export function authorsBySlug(): Promise<Map<string, Author>> {
  authors ??= getCollection("authors").then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return authors;
}

/**
 * The authors an article names, in its byline's order. The article check refuses a
 * slug without a file before every build; one that slips past stops the page.
 */
export async function authorsOf(article: Article): Promise<Author[]> {
  const index = await authorsBySlug();
  return article.data.authors.map((slug) => {
    const author = index.get(slug);
    if (!author) {
      throw new Error(`${article.filePath ?? article.id}: authors: "${slug}" has no author file`);
    }
    return author;
  });
}

let byAuthor: Promise<Map<string, Article[]>> | undefined;

/** An author's published articles, newest first. Drafts are never published. */
export async function articlesBy(author: Author): Promise<Article[]> {
  byAuthor ??= publishedArticles().then(indexByAuthor);
  return (await byAuthor).get(author.id) ?? [];
}

function indexByAuthor(articles: readonly Article[]): Map<string, Article[]> {
  const index = new Map<string, Article[]>();
  for (const article of articles) {
    for (const slug of new Set(article.data.authors)) {
      const list = index.get(slug);
      if (list) list.push(article);
      else index.set(slug, [article]);
    }
  }
  return index;
}

