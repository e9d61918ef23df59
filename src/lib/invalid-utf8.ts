/**
 * Where a file stops being UTF-8: articles, author files, pages and the settings are
 * refused at that line, not read as mojibake.
 */

/**
 * Line of the first line that is not UTF-8, or 0 when all are.
 *
 * @example firstInvalidUtf8Line(new TextEncoder().encode("a\nb")) // 0
 * @example firstInvalidUtf8Line(Uint8Array.of(0x61, 0x0a, 0xe4)) // 2
 */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  try {
    strict.decode(bytes);
    return 0;
  } catch {
    let start = 0;
    let line = 1;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          strict.decode(bytes.subarray(start, index));
        } catch {
          return line;
        }
        start = index + 1;
        line++;
      }
    }
    return 1;
  }
}
