import { z } from "astro/zod";
import { LIST_SIZE_LIMIT } from "../lib/input-limits.ts";
import { tooLong } from "../lib/unsafe-text.ts";

/**
 * A text field of at most `limit` characters, not blank. Control characters and the
 * largest sizes are refused before any schema runs (src/lib/unsafe-text.ts).
 *
 * @example text(120).parse(" Kairo ") // "Kairo"
 */
export function text(limit: number) {
  return z
    .string()
    .max(limit, { error: ({ input }) => tooLong(input, limit) })
    .trim()
    .min(1, "must not be empty");
}

/**
 * A list of at most `LIST_SIZE_LIMIT` entries.
 *
 * @example list(text(120)).parse(["Politik"]) // ["Politik"]
 */
export function list<Item extends z.ZodType>(item: Item) {
  return z.array(item).max(LIST_SIZE_LIMIT, `has too many entries: at most ${LIST_SIZE_LIMIT}`);
}

/**
 * A text field of one line: `text(limit)` without line breaks.
 *
 * @example oneLine(40).parse("Nahost") // "Nahost"
 */
export function oneLine(limit: number) {
  return text(limit).regex(/^[^\n\r\u2028\u2029]*$/, "must be one line: write it without line breaks");
}
