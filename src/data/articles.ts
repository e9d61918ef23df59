import { getCollection, render, type CollectionEntry } from "astro:content";
import { newestFirst } from "../lib/article-order.ts";
import { RENDERED_HTML } from "../kept-stores.ts";
import { keyIn, readHtml } from "../loaders/rendered-html.ts";

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
 * The article's body, rendered when the collection was synced and kept in a file of its
 * own beside Astro's store (docs/decisions/107); the dev server keeps it in its store.
 * Astro logs a Markdown error at sync and keeps the entry without a body; publishing it
 * would lose the text.
 */
export function renderArticle(article: Article): ReturnType<typeof render> {
  if (article.rendered) return render(article);
  const file = article.filePath ?? article.id;
  const key = renderedKey(article);
  if (!key) throw new Error(`${file}: the text could not be rendered (see the error above)`);
  let html: string;
  try {
    html = readHtml(key);
  } catch {
    throw new Error(
      `${file}: its rendered text is missing from ${RENDERED_HTML}: build with npm run build -- --clean`,
    );
  }
  // As Astro renders a stored rendering: images in the body (the entry's assetImports, which
  // Astro keeps on every entry and CollectionEntry's type leaves out) and the plugins' frontmatter.
  const { assetImports = [] } = article as Article & { assetImports?: string[] };
  return render({
    ...article,
    rendered: { html, metadata: { imagePaths: assetImports, frontmatter: article.data } },
  });
}

/** The key of the article's rendered HTML, which changes with its text and with the Markdown pipeline. */
export function renderedKey(article: Article): string | undefined {
  return keyIn(article.data);
}
