/** Why a wire file cannot be ingested; the message names the problem for the editor. */
export class WireTextError extends Error {
  override name = "WireTextError";
}

export type WireBlock = { type: "paragraph"; text: string } | { type: "subhead"; text: string };

/**
 * Wire text as a string: UTF-8 only (a BOM is dropped), Windows and old Mac line
 * endings become `\n`. Empty, binary and non-UTF-8 input is refused.
 *
 * @example decodeWireText(new TextEncoder().encode("\uFEFFA\r\nB")) // "A\nB"
 */
export function decodeWireText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new WireTextError("is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WireTextError("is not valid UTF-8: convert it first, e.g. iconv -f latin1 -t utf-8");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  // Control characters other than tab and newline do not occur in text.
  if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw new WireTextError("is binary (it contains control characters), not text");
  }
  if (!text.trim()) throw new WireTextError("is empty");
  return text;
}

/**
 * Paragraphs are separated by blank lines; a paragraph of one line in capitals
 * (at least two letters, none lower-case) is a subhead, as agencies mark them.
 *
 * @example splitWireText("TITEL\n\nText.") // [{ type: "subhead", text: "TITEL" }, { type: "paragraph", text: "Text." }]
 */
export function splitWireText(text: string): WireBlock[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ""))
    .filter((block) => block.trim())
    .map((block) => ({ type: isSubhead(block) ? "subhead" : "paragraph", text: block }));
}

function isSubhead(block: string): boolean {
  return !block.includes("\n") && (block.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(block);
}
