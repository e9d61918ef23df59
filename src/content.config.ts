import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { articleSchema } from "./lib/article-schema.ts";
import { siteConfig } from "./lib/site-config.ts";

const articles = defineCollection({
  loader: glob({
    pattern: "**/*.md",
    base: pathToFileURL(`${siteConfig().contentDir}/`),
    // The slug is the file name: editors see the URL in the folder.
    generateId: ({ entry }) => basename(entry, ".md"),
    // Render while building pages, not at sync: less memory, and a Markdown error
    // stops the build instead of leaving an empty article (Astro logs and continues).
    deferRender: true,
  }),
  schema: ({ image }) => articleSchema(image()),
});

export const collections = { articles };
