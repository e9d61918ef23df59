import { defineCollection } from "astro:content";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { articleSchema } from "./schemas/article.ts";
import { authorSchema } from "./schemas/author.ts";
import { authorsFolder } from "./settings/authors-folder.ts";
import { loadPublication } from "./settings/load-publication.ts";
import { optionalGlob } from "./loaders/optional-glob.ts";
import { stampedGlob } from "./loaders/stamped-glob.ts";
import { pageSchema } from "./schemas/page.ts";
import { siteConfig } from "./settings/site-config.ts";

const articles = defineCollection({
  loader: stampedGlob({
    pattern: "**/*.md",
    base: pathToFileURL(`${siteConfig().contentDir}/`),
    // The slug is the file name: editors see the URL in the folder.
    generateId: ({ entry }) => basename(entry, ".md"),
    // Rendered at sync, the HTML kept in a file beside Astro's content store: a build
    // renders only new or changed articles, no Markdown module goes through Vite
    // (docs/decisions/060), and the store, one string, holds no article's text
    // (docs/decisions/107). A Markdown error there is logged, and renderArticle() stops the page.
    deferRender: false,
    // Its HTML is all a page needs (docs/decisions/085).
    retainBody: false,
  }),
  schema: ({ image }) => articleSchema(image()),
});

/**
 * Who writes: `authors/<slug>.md` beside the publication settings, one file an author;
 * a newsroom without authors has no folder.
 */
const authors = defineCollection({
  loader: optionalGlob({
    pattern: "*.md",
    base: pathToFileURL(`${authorsFolder(siteConfig().publicationFile)}/`),
    generateId: ({ entry }) => basename(entry, ".md"),
  }),
  schema: ({ image }) => authorSchema(image()),
});

/**
 * Pages about the publication, `pages/<slug>.md` beside its settings (Impressum,
 * principles …), published at `/<slug>/` through the articles' Markdown pipeline; the
 * folder is optional too.
 */
const pages = defineCollection({
  loader: optionalGlob({
    pattern: "*.md",
    base: pathToFileURL(`${loadPublication().pagesDir}/`),
    generateId: ({ entry }) => basename(entry, ".md"),
  }),
  schema: pageSchema,
});

export const collections = { articles, authors, pages };
