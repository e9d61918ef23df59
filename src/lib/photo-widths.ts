/**
 * The widths a photo is offered in, as Astro's image service picks them for `<Image
 * widths>`: none wider than the photo, and the photo's own width when one was.
 *
 * @example photoWidths([480, 800, 1200], 1000) // [480, 800, 1000]
 */
export function photoWidths(widths: readonly number[], photoWidth: number): number[] {
  const fitting = [...widths].sort((a, b) => a - b).filter((width) => width <= photoWidth);
  return [...new Set(fitting.length < widths.length ? [...fitting, photoWidth] : fitting)];
}
