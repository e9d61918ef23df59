import { z } from "astro/zod";
import { TEXT_LIMITS } from "../lib/input-limits.ts";
import { text } from "./text.ts";

/**
 * The frontmatter of a page about the publication (`pages/<slug>.md` beside the
 * settings: Impressum, principles …), published at `/<slug>/`.
 */
export const pageSchema = z
  .object({
    /** The page's heading and `<title>`. */
    title: text(TEXT_LIMITS.headline),
    /** One sentence for search engines; the publication's description when missing. */
    description: text(TEXT_LIMITS.paragraph).optional(),
    /** Language of the text; the publication's language when missing. */
    lang: z.enum(["de", "en"]).optional(),
  })
  .strict();
