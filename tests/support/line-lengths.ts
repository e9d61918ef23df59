/**
 * Characters on each full line of the elements matching `selector`, measured from the
 * layout: every character's box tells which line it landed on. The last line of each
 * element is left out, as it is as long as the text happens to be. Soft hyphens are
 * not counted. Runs in the page: pass it to `page.evaluate`.
 */
export function lineLengths(selector: string): number[] {
  const lengths: number[] = [];
  const range = document.createRange();
  for (const element of document.querySelectorAll(selector)) {
    const lineHeight = parseFloat(getComputedStyle(element).fontSize);
    const lines: number[] = [];
    let lineTop: number | undefined;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let offset = 0; offset < node.length; offset++) {
        if (node.data[offset] === "\u00ad") continue;
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (lineTop === undefined || box.top > lineTop + lineHeight / 2) {
          lines.push(0);
          lineTop = box.top;
        }
        lines[lines.length - 1]! += 1;
      }
    }
    lengths.push(...lines.slice(0, -1));
  }
  return lengths;
}
