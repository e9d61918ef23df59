/**
 * Readers outside Astro (the share cards, the sitemap's dates) take what they need of
 * the published articles from their files, through the check's own frontmatter reader.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import pMap from "p-map";
import { stampedValues } from "../files/file-stamp.ts";
import { markdownFiles } from "../files/markdown-files.ts";
import { ARTICLES } from "../settings/site-config.ts";
import { readFrontmatter, type ArticleFrontmatter } from "../schemas/frontmatter.ts";

/** What `pick` took from one published article, with the article's slug. */
export interface Picked<T> {
  slug: string;
  value: T;
}

/**
 * What `pick` takes from each published article of a content folder. Drafts and files
 * the check refuses are left out: the check runs beside every reader and stops the
 * build on those. With a `store`, what was picked is kept there, and unchanged files are
 * not read again (src/files/file-stamp.ts), so `pick` returns JSON; a store's name must
 * change with what `pick` takes. A failure names its file.
 */
export async function readPublishedArticles<T>(
  contentDir: string,
  store: string | undefined,
  pick: (article: ArticleFrontmatter) => T,
): Promise<Picked<T>[]> {
  // What is not a Markdown file where one is expected is the check's to report.
  const { files } = markdownFiles(contentDir, ARTICLES);
  const read = await stampedValues(store, async (path): Promise<T | null> => {
    try {
      const source = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
      const { article } = readFrontmatter(path, source);
      return article && !article.draft ? pick(article) : null;
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
  const articles = await pMap(
    files,
    async (path): Promise<Picked<T>[]> => {
      const value = await read.of(path);
      return value === null ? [] : [{ slug: basename(path, ".md"), value }];
    },
    { concurrency: 64 },
  );
  await read.save();
  return articles.flat();
}
