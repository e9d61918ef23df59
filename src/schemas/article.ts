import { z } from "astro/zod";
import { parseArticleDate, parseArticleDateTime } from "../lib/article-date.ts";
import { TEXT_LIMITS } from "../lib/input-limits.ts";
import { publication } from "../settings/load-publication.ts";
import { list, oneLine, text } from "./text.ts";

/**
 * A frontmatter date: a YAML date or an ISO string, checked strictly by `parse`.
 * js-yaml (Astro's parser) gives a `Date`, `yaml` (the check's) a string; a `Date` is
 * held to the same range as its string.
 */
const strictDate = (parse: typeof parseArticleDate) =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    const parsed = parse(value instanceof Date ? value.toISOString() : value, publication().timeZone);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.date;
  });

/** An ISO date, or date-time with offset. */
const articleDate = strictDate(parseArticleDate);

/** An author file's name without `.md`, as it stands in the author page's URL. */
const authorSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be the name of an author file without .md, e.g. anna-beispiel");

/** One correction of a published article, shown with its date where readers see it. */
const correction = z
  .object({
    /** When the correction was made: an ISO date-time with offset, never before the article's `date`. */
    date: strictDate(parseArticleDateTime),
    /** What was wrong and what is right now, in the article's language. */
    text: text(TEXT_LIMITS.paragraph),
  })
  .strict();

/**
 * The frontmatter of an article: the contract between editors and pages.
 * `imageSrc` is Astro's `image()` inside the collection and a plain path elsewhere.
 */
export function articleSchema<Src extends z.ZodType>(imageSrc: Src) {
  return z
    .object({
      /** The kicker (Dachzeile): a line over the headline naming the story's subject. */
      kicker: oneLine(TEXT_LIMITS.kicker).optional(),
      /** The headline. */
      title: text(TEXT_LIMITS.headline),
      /** The standfirst: one or two sentences that sum the story up. */
      dek: text(TEXT_LIMITS.standfirst),
      /** First publication. */
      date: articleDate,
      /** Last substantial change; never before `date`. */
      updated: articleDate.optional(),
      /**
       * Corrections of the published text, each with its date-time and what it
       * corrected; shown under the article, on `/korrekturen/`, in JSON-LD and the feeds.
       */
      corrections: list(correction).default([]),
      /**
       * The agency or desk the story comes from; required unless `authors` names who
       * wrote it. Wire copy keeps its agency here.
       */
      source: text(TEXT_LIMITS.line).optional(),
      /** Who wrote the story: slugs of author files (`authors/<slug>.md`), in byline order. */
      authors: list(authorSlug)
        .refine((slugs) => new Set(slugs).size === slugs.length, "names an author twice: name each once")
        .default([]),
      /** Place the story was reported from. */
      dateline: text(TEXT_LIMITS.line).optional(),
      /** Sections and subjects, in the editors' words. */
      topics: list(text(TEXT_LIMITS.name)).default([]),
      /** Language of the text; sets typography and `<html lang>`. The publication's language when missing. */
      lang: z.enum(["de", "en"]).default(() => publication().language),
      /** Drafts are never published. */
      draft: z.boolean({ error: "must be true or false, written in lower case" }).default(false),
      /**
       * The lead story ("Aufmacher"): set large at the top of the front page while it is
       * among the newest articles there; the newest marked one wins, else the newest.
       */
      lead: z.boolean({ error: "must be true or false, written in lower case" }).default(false),
      /** Lead image next to the Markdown file. */
      image: z
        .object({
          src: imageSrc,
          /** What the image shows, for readers who cannot see it. */
          alt: text(TEXT_LIMITS.paragraph),
          /** What the picture says in the story; shown under it. */
          caption: text(TEXT_LIMITS.paragraph).optional(),
          /** Photographer or agency. */
          credit: text(TEXT_LIMITS.line).optional(),
        })
        .optional(),
    })
    .strict()
    .superRefine(
      (data, ctx) => {
        // Run beside other fields' problems, as a missing required field is reported.
        const { source, authors } = data as { source?: unknown; authors?: unknown };
        if (source === undefined && Array.isArray(authors) && authors.length === 0) {
          ctx.addIssue({
            code: "custom",
            message:
              "is required unless the article has authors: write the agency or desk, or authors: [slug]",
            path: ["source"],
          });
        }
      },
      { when: () => true },
    )
    .superRefine((data, ctx) => {
      if (data.updated && data.updated < data.date) {
        ctx.addIssue({ code: "custom", message: "must not be before date", path: ["updated"] });
      }
      for (const [index, { date }] of data.corrections.entries()) {
        if (date < data.date) {
          ctx.addIssue({
            code: "custom",
            message: "must not be before the article's date: a correction follows publication",
            path: ["corrections", index, "date"],
          });
        }
      }
    });
}
