/**
 * JSON to stand inside a `<script>` element. `<`, `>` and `&` become `\u003c` and so
 * on, so no string in it (a headline `</script><script>…`) can close the element or
 * open a comment; U+2028 and U+2029 are escaped for old JavaScript parsers. The JSON
 * value is unchanged.
 *
 * @example jsonForScript({ headline: "</script>" }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
