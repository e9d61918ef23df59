import { SHARE_IMAGE } from "../../src/metadata/news-article.ts";

/** What a share image shows: of an article, or of another page (src/metadata/page-cards.ts). */
export interface ShareCard {
  title: string;
  /** The kicker above the headline: an article's first topic, or the kind of page; none when there is none. */
  topic?: string | undefined;
  /** A line under the headline, in the muted ink: the front page's description. */
  subline?: string | undefined;
  /** The publication date as readers write it ("20. Dezember 2023"); empty on a page that is not an article. */
  date: string;
}

/** An element tree as satori reads it: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: (CardNode | string)[] | string };
}

/** The site's light colours (src/styles/global.css). */
export const COLOURS = {
  paper: "#fdfcf9",
  ink: "#1b1b1b",
  muted: "#545454",
  accent: "#9a1b1b",
  rule: "#dedbd3",
} as const;

/**
 * The card's frame in pixels: a red rule across the top, then a column inside the
 * margins with the topic at its top, the date line under a hairline at its foot and the
 * headline midway.
 */
export const CARD = { ...SHARE_IMAGE, rule: 20, top: 52, bottom: 48, side: 72, hairline: 2 } as const;
/** Width of the column the bands of text are drawn in. */
export const BAND_WIDTH = CARD.width - 2 * CARD.side;
/** Every colour the bands are drawn in, on transparency; the paper shows through. */
export const CARD_INKS = cardInks(COLOURS.accent);

/** Font family name under which the share-image renderer registers Source Serif 4. */
export const CARD_FONT = "Source Serif 4";

function node(
  type: string,
  style: CardNode["props"]["style"],
  children: CardNode["props"]["children"],
): CardNode {
  return { type, props: { style, children } };
}

/**
 * Headline size in pixels: long headlines (up to the 110 characters the check allows)
 * still fit four lines of the 1056-pixel column.
 *
 * @example headlineSize("Kurz") // 76
 */
export function headlineSize(title: string): number {
  if (title.length <= 50) return 76;
  if (title.length <= 80) return 64;
  return 54;
}

/*
 * The card is drawn as three bands of text, each as wide as the column and as tall as
 * its text, in `CARD_INKS` on transparency; `cardLayout` places them on the paper. Only the headline differs
 * from card to card, so only it is drawn every time (docs/decisions/063). Each band is
 * set in one or two inks (`BAND_INKS`), so that one channel tells them apart whatever
 * the accent (docs/decisions/102).
 */

function band(style: CardNode["props"]["style"], children: CardNode["props"]["children"]): CardNode {
  return node("div", { display: "flex", width: "100%", fontFamily: CARD_FONT, ...style }, children);
}

/** Who publishes the cards: the name in the footer, and the colour of the rule, kicker and name. */
export interface CardBrand {
  name: string;
  accent: string;
}

/** The demo's brand. */
export const KIOSK_BRAND: CardBrand = { name: "Kiosk", accent: COLOURS.accent };

/** Every colour the bands of one brand's cards are drawn in. */
export function cardInks(accent: string): string[] {
  return [...new Set([COLOURS.ink, COLOURS.muted, accent, COLOURS.rule])];
}

/** The inks of each band: the hairline above the footer is drawn apart from its text. */
export function bandInks(accent: string) {
  return {
    kicker: [accent],
    headline: [COLOURS.ink],
    headlineWithSubline: [COLOURS.ink, COLOURS.muted],
    footer: [...new Set([COLOURS.muted, accent])],
  };
}

/** The topic as a kicker in small capitals of the accent colour. */
export function kickerBand(topic: string, accent: string = COLOURS.accent): CardNode {
  return band(
    { fontSize: 30, fontWeight: 700, color: accent, letterSpacing: 2, textTransform: "uppercase" },
    topic,
  );
}

/** The headline in Source Serif 4 bold, wrapped to the column; a subline under it in the muted ink. */
export function headlineBand(title: string, subline?: string): CardNode {
  const headline = { fontSize: headlineSize(title), fontWeight: 700, lineHeight: 1.12, color: COLOURS.ink };
  if (subline === undefined) return band(headline, title);
  return band({ flexDirection: "column" }, [
    node("div", headline, title),
    node("div", { marginTop: 24, fontSize: 36, lineHeight: 1.3, color: COLOURS.muted }, subline),
  ]);
}

/** The date beside the site name, below room for the hairline `cardLayout` draws. */
export function footerBand(date: string, siteName = "Kiosk", accent: string = COLOURS.accent): CardNode {
  return band(
    {
      justifyContent: "space-between",
      paddingTop: CARD.hairline + 20,
      fontSize: 30,
      color: COLOURS.muted,
    },
    [node("div", {}, date), node("div", { fontWeight: 700, color: accent }, siteName)],
  );
}

/**
 * Where the bands go, from their heights: the kicker at the top of the column, the
 * footer at its foot, the headline in the middle of the space between (what CSS's
 * `justify-content: space-between` does). A band that is missing has height 0.
 *
 * @example cardLayout({ kicker: 35, headline: 170, footer: 58 }).headline // 231
 */
export function cardLayout(heights: { kicker: number; headline: number; footer: number }) {
  const top = CARD.rule + CARD.top;
  const footer = CARD.height - CARD.bottom - heights.footer;
  const space = Math.max(0, footer - top - heights.kicker - heights.headline);
  return { kicker: top, headline: top + heights.kicker + Math.round(space / 2), footer };
}
