/**
 * The palette of a brand's cards, and the accent they are drawn in: the brand's own
 * whenever it reads as text on the card's paper, else the headline's ink, with a message
 * saying so (docs/decisions/102).
 */
import { contrastRatio, TEXT_CONTRAST } from "../../src/settings/contrast.ts";
import { bandInks, cardInks, COLOURS } from "./card-layout.ts";
import { inkPalette, type InkPalette } from "./ink-palette.ts";

export interface CardPalette {
  palette: InkPalette;
  /** The colour of the rule, the kicker and the publication's name. */
  accent: string;
  /** The inks of each band, as `palette.indices` takes them. */
  inks: ReturnType<typeof bandInks>;
  /** Why the cards do not draw the brand's accent, and what they draw instead; none when they do. */
  fallback?: string;
}

/** `#rgb` as `#rrggbb`, as the settings may write it and the palette reads it. */
function sixDigits(colour: string): string {
  return colour.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, "#$1$1$2$2$3$3").toLowerCase();
}

function palette(accent: string): CardPalette {
  return { palette: inkPalette(COLOURS.paper, cardInks(accent)), accent, inks: bandInks(accent) };
}

/**
 * No band sets the accent beside more than one other ink, so one channel always tells
 * them apart (see `separatingChannel`): only contrast keeps an accent off the cards. The
 * settings refuse such an accent for the site; the cards check it on their own paper.
 *
 * @example cardPalette("#1f3a68").accent // "#1f3a68"
 * @example cardPalette("#a0a0a0").fallback // "#a0a0a0 has a contrast of 2.53:1 on …"
 */
export function cardPalette(brandAccent: string): CardPalette {
  const accent = sixDigits(brandAccent);
  const ratio = contrastRatio(accent, COLOURS.paper);
  if (ratio >= TEXT_CONTRAST) return palette(accent);
  return {
    ...palette(COLOURS.ink),
    fallback: `${accent} has a contrast of ${ratio.toFixed(2)}:1 on the share cards' paper ${COLOURS.paper}, and text needs ${TEXT_CONTRAST}:1: the cards draw their rule, kicker and name in ${COLOURS.ink} instead`,
  };
}
