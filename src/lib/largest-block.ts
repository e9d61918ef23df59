/** The longest run of lines without a blank line: where it starts and how many characters it has. */
export interface Block {
  line: number;
  length: number;
}

/**
 * The largest block of a text: the longest run of lines with no blank line between
 * them (a paragraph, a list written without blank lines, a table), counted in
 * characters with its line breaks. Markdown's inline parsing slows down far faster
 * than such a block grows, so the check measures it before parsing.
 *
 * @example largestBlock("Eins.\n\nZwei\nDrei") // { line: 3, length: 9 }
 */
export function largestBlock(text: string): Block {
  const largest: Block = { line: 0, length: 0 };
  let current: Block = { line: 0, length: 0 };
  for (let start = 0, line = 1; start <= text.length; line++) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (/^\s*$/.test(text.slice(start, end))) {
      current = { line: 0, length: 0 };
    } else {
      if (current.length === 0) current.line = line;
      current.length += end - start + (newline < 0 ? 0 : 1);
      if (current.length > largest.length) Object.assign(largest, current);
    }
    start = end + 1;
  }
  return largest;
}
