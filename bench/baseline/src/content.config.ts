import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

/** Every Markdown file of the benchmark corpus; no schema. */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "**/*.md", base: process.env["KIOSK_CONTENT_DIR"] ?? "articles" }),
  }),
};
