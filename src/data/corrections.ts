import type { Correction } from "../interface/corrections.ts";
import { publishedArticles, type Article } from "./articles.ts";

/** One correction with the article it corrects. */
export interface ArticleCorrection {
  article: Article;
  correction: Correction;
}

/**
 * Every correction of every published article, the newest first; corrections made at
 * the same moment in the order of the articles (newest first) and of their lists.
 */
export async function publishedCorrections(): Promise<ArticleCorrection[]> {
  const corrections = (await publishedArticles()).flatMap((article) =>
    article.data.corrections.map((correction) => ({ article, correction })),
  );
  return corrections.toSorted((a, b) => b.correction.date.getTime() - a.correction.date.getTime());
}
