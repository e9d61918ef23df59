import { relatedArticles } from "../lib/related-articles.ts";
import { slugify } from "../lib/slug.ts";
import { publishedArticles, type Article } from "./articles.ts";

let related: Promise<Map<string, Article[]>> | undefined;

/** Up to three published articles sharing topics with `article` (see `relatedArticles`). */
export async function relatedTo(article: Article): Promise<Article[]> {
  related ??= publishedArticles().then((articles) => {
    const relatable = articles.map((entry) => ({
      id: entry.id,
      topics: [...new Set(entry.data.topics.map(slugify))],
      time: entry.data.date.getTime(),
      entry,
    }));
    const byId = relatedArticles(relatable);
    return new Map([...byId].map(([id, others]) => [id, others.map(({ entry }) => entry)]));
  });
  return (await related).get(article.id) ?? [];
}
