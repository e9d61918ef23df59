/** What a share image shows of an article. */
export interface ShareCard {
  title: string;
  /** The first topic, as a kicker above the headline; none when the article has none. */
  topic?: string | undefined;
  /** The publication date as readers write it ("20. Dezember 2023"). */
  date: string;
}

/** An element tree as satori reads it: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: (CardNode | string)[] | string };
}

/** The site's light colours (src/styles/global.css). */
const COLOURS = { paper: "#fdfcf9", ink: "#1b1b1b", muted: "#545454", accent: "#9a1b1b", rule: "#dedbd3" };

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

/**
 * The 1200×630 share image of an article as a satori element tree: a red rule, the
 * topic, the headline in Source Serif 4 bold, and the date beside the site name.
 *
 * @example shareCardElement({ title: "Titel", date: "20. Dezember 2023" }).type // "div"
 */
export function shareCardElement({ title, topic, date }: ShareCard, siteName = "Kiosk"): CardNode {
  return node(
    "div",
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      backgroundColor: COLOURS.paper,
      color: COLOURS.ink,
      fontFamily: CARD_FONT,
    },
    [
      node("div", { height: 20, backgroundColor: COLOURS.accent }, []),
      node(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          flexGrow: 1,
          padding: "52px 72px 48px",
        },
        [
          node(
            "div",
            {
              fontSize: 30,
              fontWeight: 700,
              color: COLOURS.accent,
              letterSpacing: 2,
              textTransform: "uppercase",
            },
            topic ?? "",
          ),
          node(
            "div",
            { display: "flex", fontSize: headlineSize(title), fontWeight: 700, lineHeight: 1.12 },
            title,
          ),
          node(
            "div",
            {
              display: "flex",
              justifyContent: "space-between",
              borderTop: `2px solid ${COLOURS.rule}`,
              paddingTop: 20,
              fontSize: 30,
              color: COLOURS.muted,
            },
            [node("div", {}, date), node("div", { fontWeight: 700, color: COLOURS.accent }, siteName)],
          ),
        ],
      ),
    ],
  );
}
