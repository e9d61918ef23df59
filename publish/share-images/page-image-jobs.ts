/**
 * The share cards of the pages that are not articles, read from the files Astro builds
 * them from: the settings, the author files and `pages/` beside them, and the published
 * articles the drawing process has read already (docs/decisions/102).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { authorsFolder } from "../../src/settings/authors-folder.ts";
import { loadPublication, PAGES } from "../../src/settings/load-publication.ts";
import { markdownFiles, type MarkdownFolder } from "../../src/files/markdown-files.ts";
import { pageCards } from "../../src/metadata/page-cards.ts";
import type { Frontmatter } from "../../src/schemas/frontmatter.ts";
import { readAuthorFrontmatter, readPageFrontmatter } from "../../src/schemas/frontmatter.ts";
import type { ShareCard } from "./card-layout.ts";

/** A published article, as the cards of the pages that list it need it. */
export interface PublishedArticle {
  slug: string;
  title: string;
  topics: string[];
  date: Date;
}

/** A page's share card and the page's address in the built site. */
export interface PageImageJob extends ShareCard {
  path: string;
}

/** Author files, as Astro's collection reads them: `authors/*.md`, none without the folder. */
const AUTHOR_FILES: MarkdownFolder = { holds: "author files", recursive: false, optional: true };

/**
 * What `field` gives of each Markdown file in `folder` whose frontmatter passes its
 * schema, by slug. The check refuses the others and stops the build; their pages are
 * never published, so they need no card.
 */
async function readFolder<T>(
  folder: string,
  kind: MarkdownFolder,
  read: (file: string, source: string) => Frontmatter<T>,
): Promise<{ slug: string; fields: T }[]> {
  const { files } = markdownFiles(folder, kind);
  const found = await Promise.all(
    files.map(async (path) => {
      const source = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
      const fields = read(path, source).article;
      return fields ? [{ slug: basename(path, ".md"), fields }] : [];
    }),
  );
  return found.flat();
}

/** The card of every page that is not an article, as `src/metadata/page-cards.ts` lists them. */
export async function readPageImageJobs(
  articles: readonly PublishedArticle[],
  { publication, file, pagesDir } = loadPublication(),
): Promise<PageImageJob[]> {
  const [authors, pages] = await Promise.all([
    readFolder(authorsFolder(file), AUTHOR_FILES, readAuthorFrontmatter),
    readFolder(pagesDir, PAGES, readPageFrontmatter),
  ]);
  const cards = pageCards({
    base: "/",
    language: publication.language,
    timeZone: publication.timeZone,
    name: publication.name,
    description: publication.description,
    sections: publication.sections,
    articles,
    authors: authors.map(({ slug, fields }) => ({ slug, name: fields.name })),
    pages: pages.map(({ slug, fields }) => ({ slug, title: fields.title })),
  });
  return cards.map(({ path, kicker, title, subline }) => ({ path, topic: kicker, title, subline, date: "" }));
}
