/** Adults read German news prose at about 200 words a minute on screens. */
const WORDS_PER_MINUTE = 200;

/**
 * Whole minutes to read a text, at least one.
 *
 * @example readingMinutes("ein zwei drei") // 1
 */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
