/**
 * The background of every colour scheme a reader can choose (src/styles/global.css):
 * text in the accent colour must stand out on each of them.
 */
export const SCHEME_BACKGROUNDS = { light: "#fdfcf9", dark: "#141414", sepia: "#f4ecd8" } as const;

export type Scheme = keyof typeof SCHEME_BACKGROUNDS;

/** WCAG 2.2, 1.4.3 Contrast (Minimum): normal text needs 4.5:1. */
export const TEXT_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb`, as CSS writes a colour without transparency. */
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** @example isHexColour("#9a1b1b") // true */
export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

/**
 * WCAG 2 contrast ratio of two hex colours, from 1 (equal) to 21 (black on white).
 *
 * @example contrastRatio("#000", "#ffffff") // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Relative luminance as WCAG 2 defines it: 0 for black, 1 for white. */
function luminance(hex: string): number {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = Number.parseInt(full.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
