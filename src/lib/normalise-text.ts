/** Every straight, curly, low and angle quotation mark and apostrophe. */
const QUOTE_MARKS = /["'„“”‚‘’«»‹›]/g;

/**
 * Text reduced to what a reader compares: no quotation marks, `...` as `…`, no soft
 * hyphens, single spaces, lower case. Typography may change the first three; the words
 * may not.
 *
 * @example normaliseText('„Wir drängen darauf.“') // "wir drängen darauf."
 */
export function normaliseText(text: string): string {
  return text
    .replace(QUOTE_MARKS, "")
    .replace(/\.\.\./g, "…")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
