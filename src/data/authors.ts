import { getCollection, type CollectionEntry } from "astro:content";
import { readdirSync } from "node:fs";
import { SEGMENTS } from "../consts.ts";
import { authorsFolder } from "../settings/authors-folder.ts";
import { listPages } from "../lib/list-pages.ts";
import { siteConfig } from "../settings/site-config.ts";
import { publishedArticles, type Article } from "./articles.ts";
import { pageKey } from "./page-keys.ts";

export type Author = CollectionEntry<"authors">;

let authors: Promise<Map<string, Author>> | undefined;

/** Every author file by slug, read once per build. */
export function authorsBySlug(): Promise<Map<string, Author>> {
  // Astro warns of an empty collection as of a mistake; a newsroom without authors is none.
  authors ??= hasAuthorFiles()
    ? getCollection("authors").then((entries) => new Map(entries.map((entry) => [entry.id, entry])))
    : Promise.resolve(new Map());
  return authors;
}

function hasAuthorFiles(): boolean {
  try {
    return readdirSync(authorsFolder(siteConfig().publicationFile)).some((name) => name.endsWith(".md"));
  } catch {
    return false;
  }
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

/**
 * Every author's own page and numbered pages (see `listPages`), each with its
 * `cacheKey`. An author without published articles still has a page: the byline of
 * a draft will link to it once it is published.
 */
export async function authorPages() {
  const base = import.meta.env.BASE_URL;
  const authors = [...(await authorsBySlug()).values()];
  const pages = await Promise.all(
    authors.map(async (author) =>
      listPages(base, [SEGMENTS.authors, author.id], await articlesBy(author)).map(async (page) => ({
        author,
        page,
        cacheKey: await pageKey(page.items, author.id, page.number, page.newer, page.older),
      })),
    ),
  );
  return Promise.all(pages.flat());
}
