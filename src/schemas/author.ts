import { z } from "astro/zod";
import { TEXT_LIMITS } from "../lib/input-limits.ts";
import { tooLong } from "../lib/unsafe-text.ts";
import { list, text } from "./text.ts";

/** A profile elsewhere: only web addresses, which a reader can follow. */
const profileUrl = z
  .string()
  .max(TEXT_LIMITS.url, { error: ({ input }) => tooLong(input, TEXT_LIMITS.url) })
  .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
    message: "must be a web address starting with https:// (or http://)",
  });

/**
 * The frontmatter of an author file (`authors/<slug>.md` beside the publication
 * settings): who writes, shown on `/autoren/<slug>/` and named in the byline.
 * `imageSrc` is Astro's `image()` inside the collection and a plain path elsewhere.
 */
export function authorSchema<Src extends z.ZodType>(imageSrc: Src) {
  return z
    .object({
      /** The name as the byline prints it. */
      name: text(TEXT_LIMITS.name),
      /** What the author does for the newsroom, e.g. „Korrespondentin in Kairo“. */
      role: text(TEXT_LIMITS.line),
      /**
       * A few sentences about the author, in plain text, shown on the author page. A
       * field rather than the file's Markdown body: it is one paragraph, needs no markup,
       * and has nothing in it that could reach a page unescaped.
       */
      bio: text(TEXT_LIMITS.paragraph).optional(),
      /** A portrait next to the author file. */
      photo: z
        .object({
          src: imageSrc,
          /** What the portrait shows, for readers who cannot see it. */
          alt: text(TEXT_LIMITS.paragraph),
        })
        .strict()
        .optional(),
      /** The author's profiles elsewhere (schema.org `sameAs`), as web addresses. */
      sameAs: list(profileUrl).default([]),
    })
    .strict();
}
