import { z } from "astro/zod";
import { parseArticleDate } from "../lib/article-date.ts";

/** A frontmatter date: a YAML date or an ISO string, checked strictly when it is a string. */
const articleDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const parsed = parseArticleDate(value);
  if ("error" in parsed) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.date;
});

const text = z.string().trim().min(1, "must not be empty");

/**
 * The frontmatter of an article: the contract between editors and pages.
 * `imageSrc` is Astro's `image()` inside the collection and a plain path elsewhere.
 */
export function articleSchema<Src extends z.ZodType>(imageSrc: Src) {
  return z
    .object({
      /** The headline. */
      title: text,
      /** The standfirst: one or two sentences that sum the story up. */
      dek: text,
      /** First publication. */
      date: articleDate,
      /** Last substantial change; never before `date`. */
      updated: articleDate.optional(),
      /** The byline: news agency or author(s). */
      source: text,
      /** Place the story was reported from. */
      dateline: text.optional(),
      /** Sections and subjects, in the editors' words. */
      topics: z.array(text).default([]),
      /** Language of the text; sets typography and `<html lang>`. */
      lang: z.enum(["de", "en"]).default("de"),
      /** Drafts are never published. */
      draft: z.boolean({ error: "must be true or false, written in lower case" }).default(false),
      /** Lead image next to the Markdown file. */
      image: z
        .object({
          src: imageSrc,
          /** What the image shows, for readers who cannot see it. */
          alt: text,
          /** What the picture says in the story; shown under it. */
          caption: text.optional(),
          /** Photographer or agency. */
          credit: text.optional(),
        })
        .optional(),
    })
    .strict()
    .refine((data) => !data.updated || data.updated >= data.date, {
      message: "must not be before date",
      path: ["updated"],
    });
}
