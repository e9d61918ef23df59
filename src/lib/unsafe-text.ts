/**
 * Characters that no field of an article, author, page or the settings may hold: C0
 * and C1 controls but tab and line feed, the noncharacters U+FFFE and U+FFFF, and
 * halves of surrogate pairs. XML 1.0 (the RSS feed, the sitemaps) cannot carry them at
 * all, and in HTML, JSON-LD and share cards they are invisible.
 */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/**
 * What is wrong with one field's text: longer than `limit` characters (checked first,
 * before any pattern reads it), or holding a character no page or feed can carry.
 *
 * @example textProblem("a\u0007b", 100) // "holds the control character U+0007 at character 2: remove it"
 */
export function textProblem(value: string, limit: number): string | undefined {
  if (value.length > limit) return tooLong(value, limit);
  const found = UNSAFE_CHARACTER.exec(value);
  if (!found) return undefined;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `holds the control character U+${code} at character ${found.index + 1}: remove it`;
}

/** @example tooLong("abc", 2) // "is 3 characters long; at most 2 are allowed" */
export function tooLong(input: unknown, limit: number): string {
  return `is ${String(input).length} characters long; at most ${limit} are allowed`;
}

/**
 * Every string in parsed YAML, with its path: values and, as `key` entries, the keys
 * of mappings.
 *
 * @example [...stringsIn({ topics: ["a"] })] // [[["topics"], "topics"], [["topics", 0], "a"]]
 */
export function* stringsIn(
  data: unknown,
  path: (string | number)[] = [],
): Generator<[(string | number)[], string]> {
  if (typeof data === "string") yield [path, data];
  else if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* stringsIn(item, [...path, index]);
  } else if (data && typeof data === "object" && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) {
      yield [[...path, key], key];
      yield* stringsIn(value, [...path, key]);
    }
  }
}
