import { z } from "astro/zod";

const text = z.string().trim().min(1, "must not be empty");

/**
 * The frontmatter of a page about the publication (`pages/<slug>.md` beside the
 * settings: Impressum, principles …), published at `/<slug>/`.
 */
export const pageSchema = z
  .object({
    /** The page's heading and `<title>`. */
    title: text,
    /** One sentence for search engines; the publication's description when missing. */
    description: text.optional(),
    /** Language of the text; the publication's language when missing. */
    lang: z.enum(["de", "en"]).optional(),
  })
  .strict();
