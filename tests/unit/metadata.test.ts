import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori from "satori";
import { describe, expect, it } from "vitest";
import { feedHtml } from "../../src/metadata/feed-html.ts";
import { jsonFeed } from "../../src/metadata/json-feed.ts";
import { jsonForScript } from "../../src/lib/json-for-script.ts";
import { newsArticleJsonLd } from "../../src/metadata/news-article.ts";
import {
  BAND_WIDTH,
  cardLayout,
  CARD,
  CARD_FONT,
  footerBand,
  headlineBand,
  headlineSize,
  kickerBand,
  type CardNode,
} from "../../publish/share-images/card-layout.ts";
import { shareImagePath, topicPath } from "../../src/lib/urls.ts";
import { seedParagraphs } from "../support/seed.ts";

const PAGE = "https://kiosk.example/nachrichten/artikel/a/";

describe("jsonForScript", () => {
  it.each([
    [
      "</script><script>alert(1)</script>",
      "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    ],
    ['"Zitat" & <!-- -->', '\\"Zitat\\" \\u0026 \\u003c!-- --\\u003e'],
    ["Zeile\u2028Absatz\u2029", "Zeile\\u2028Absatz\\u2029"],
  ])("should escape %j so it cannot leave the script element", (text, escaped) => {
    const json = jsonForScript({ text });
    expect(json).toBe(`{"text":"${escaped}"}`);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe("feedHtml", () => {
  it.each([
    ['<p><a href="../b/">b</a></p>', '<p><a href="https://kiosk.example/nachrichten/artikel/b/">b</a></p>'],
    ['<p><a href="#x">x</a></p>', '<p><a href="https://kiosk.example/nachrichten/artikel/a/#x">x</a></p>'],
    [
      '<img src="/nachrichten/_astro/b.jpg" alt="B">',
      '<img src="https://kiosk.example/nachrichten/_astro/b.jpg" alt="B">',
    ],
    ['<p><a href="https://example.org/">e</a></p>', '<p><a href="https://example.org/">e</a></p>'],
  ])("should make %s absolute", (html, expected) => {
    expect(feedHtml(html, PAGE)).toBe(expected);
  });

  it("should drop pull quotes and keep the text", () => {
    const html =
      '<p>Wir hoffen.</p><aside class="pull-quote" role="doc-pullquote" aria-hidden="true" data-pagefind-ignore>' +
      "<blockquote><p>Wir hoffen.</p></blockquote><footer><cite>K</cite>, Sprecher</footer></aside><p>Ende.</p>";
    expect(feedHtml(html, PAGE)).toBe("<p>Wir hoffen.</p><p>Ende.</p>");
  });

  it("should remove anything that could run", () => {
    const html =
      '<p onclick="x()">a</p><script>alert(1)</script><iframe src="/x"></iframe><a href="javascript:alert(1)">b</a><style>p{}</style>';
    expect(feedHtml(html, PAGE)).toBe("<p>a</p><a>b</a>");
  });
});

describe("newsArticleJsonLd", () => {
  const facts = {
    url: PAGE,
    headline: "Titel",
    description: "Vorspann.",
    published: new Date("2024-11-05T09:15:00Z"),
    modified: new Date("2024-11-06T10:00:00Z"),
    corrections: [],
    source: "Reuters",
    topics: ["EU", "Haushalt"],
    lang: "de",
    images: [{ url: `${PAGE}vorschau.png`, width: 1200, height: 630 }],
    publisher: { name: "Kiosk", logo: "https://kiosk.example/nachrichten/logo.png" },
  };

  it("should describe the article with every field a news search engine reads", () => {
    expect(newsArticleJsonLd(facts)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Titel",
      description: "Vorspann.",
      datePublished: "2024-11-05T09:15:00.000Z",
      dateModified: "2024-11-06T10:00:00.000Z",
      author: { "@type": "Organization", name: "Reuters" },
      publisher: {
        "@type": "Organization",
        name: "Kiosk",
        logo: {
          "@type": "ImageObject",
          url: "https://kiosk.example/nachrichten/logo.png",
          width: 512,
          height: 512,
        },
      },
      image: [{ "@type": "ImageObject", url: `${PAGE}vorschau.png`, width: 1200, height: 630 }],
      inLanguage: "de",
      articleSection: "EU",
      keywords: ["EU", "Haushalt"],
      mainEntityOfPage: { "@type": "WebPage", "@id": PAGE },
      url: PAGE,
      isAccessibleForFree: true,
    });
  });

  it("should leave out section and keywords for an article without topics", () => {
    const ld = newsArticleJsonLd({ ...facts, topics: [] });
    expect(ld).not.toHaveProperty("articleSection");
    expect(ld).not.toHaveProperty("keywords");
    expect(ld).not.toHaveProperty("correction");
  });

  it("should give each correction as a CorrectionComment", () => {
    const ld = newsArticleJsonLd({
      ...facts,
      corrections: [{ date: new Date("2024-11-06T09:00:00+01:00"), text: "Richtig ist Kiel." }],
    });
    expect(ld["correction"]).toEqual([
      { "@type": "CorrectionComment", text: "Richtig ist Kiel.", datePublished: "2024-11-06T08:00:00.000Z" },
    ]);
  });
});

describe("jsonFeed", () => {
  it("should map an item to JSON Feed 1.1 fields", () => {
    const feed = jsonFeed(
      {
        title: "Kiosk",
        description: "Nachrichten",
        homePageUrl: "https://kiosk.example/",
        feedUrl: "https://kiosk.example/feed.json",
        language: "de-DE",
        icon: "https://kiosk.example/logo.png",
        favicon: "https://kiosk.example/favicon.svg",
      },
      [
        {
          url: PAGE,
          title: "Titel",
          summary: "Vorspann.",
          html: "<p>Text</p>",
          published: new Date("2024-11-05T09:15:00Z"),
          modified: new Date("2024-11-06T08:00:00Z"),
          source: "Reuters",
          topics: ["EU"],
          lang: "de",
          image: { url: `${PAGE}foto.jpg`, width: 1200, height: 800, type: "image/jpeg", alt: "Foto" },
        },
      ],
    );
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      feed_url: "https://kiosk.example/feed.json",
      icon: "https://kiosk.example/logo.png",
      favicon: "https://kiosk.example/favicon.svg",
    });
    expect(feed["items"]).toEqual([
      {
        id: PAGE,
        url: PAGE,
        title: "Titel",
        summary: "Vorspann.",
        content_html: "<p>Text</p>",
        image: `${PAGE}foto.jpg`,
        date_published: "2024-11-05T09:15:00.000Z",
        date_modified: "2024-11-06T08:00:00.000Z",
        authors: [{ name: "Reuters" }],
        tags: ["EU"],
        language: "de",
      },
    ]);
  });
});

/** The fonts the share images are drawn with (publish/share-images/draw.ts). */
async function cardFonts() {
  const require = createRequire(import.meta.url);
  const files = ["latin", "latin-ext"].flatMap((subset) =>
    ([400, 700] as const).map((weight) => [subset, weight] as const),
  );
  return Promise.all(
    files.map(async ([subset, weight]) => ({
      name: CARD_FONT,
      weight,
      style: "normal" as const,
      data: await readFile(
        require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
}

/** Every headline of whole words that `words` begin, up to the 110 characters the check allows. */
function headlinesOf(words: string[]): string[] {
  const headlines: string[] = [];
  for (let count = 1; count <= words.length; count++) {
    const headline = words.slice(0, count).join(" ");
    if (headline.length > 110) break;
    headlines.push(headline);
  }
  return headlines;
}

/** Headlines growing a word at a time: wire-text German, long compounds, wide capitals. */
const HEADLINE_SERIES = [
  headlinesOf((await seedParagraphs()).join(" ").split(/\s+/)),
  headlinesOf(
    "Bundesverfassungsgericht Haushaltsgesetz Schuldenbremse Nachtragshaushalt Klimatransformationsfonds Verfassungsbeschwerde Sondervermögen".split(
      " ",
    ),
  ),
  headlinesOf(Array.from({ length: 30 }, () => "WMWM")),
];

describe("share card", () => {
  it("should never set a longer headline larger than a shorter one", () => {
    for (const series of HEADLINE_SERIES) {
      const sizes = series.map(headlineSize);
      for (let index = 1; index < series.length; index++) {
        expect(sizes[index], `"${series[index]}" after "${series[index - 1]}"`).toBeLessThanOrEqual(
          sizes[index - 1]!,
        );
      }
    }
  });

  it("should keep every headline up to 110 characters on the card, between topic and date line", async () => {
    const fonts = await cardFonts();
    /** Band height as the share images draw it: satori lays it out in the column's width. */
    const height = async (band: CardNode) => {
      const svg = await satori(band as Parameters<typeof satori>[0], { width: BAND_WIDTH, fonts });
      return Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
    };
    const kicker = await height(kickerBand("Nahost"));
    const footer = await height(footerBand("20. Dezember 2023"));
    for (const title of HEADLINE_SERIES.flat()) {
      const headline = await height(headlineBand(title));
      const at = cardLayout({ kicker, headline, footer });
      expect(at.headline, title).toBeGreaterThanOrEqual(at.kicker + kicker);
      expect(at.headline + headline, `"${title}" at ${headlineSize(title)} px`).toBeLessThanOrEqual(
        at.footer,
      );
    }
  });

  it("should show topic, headline, date and site name", () => {
    expect(JSON.stringify(kickerBand("EU"))).toContain('"EU"');
    expect(JSON.stringify(headlineBand("Titel"))).toContain('"Titel"');
    const footer = JSON.stringify(footerBand("5. November 2024"));
    for (const part of ['"5. November 2024"', '"Kiosk"']) expect(footer).toContain(part);
  });

  it("should put the kicker at the top, the footer at the foot and the headline midway between", () => {
    const heights = { kicker: 35, headline: 170, footer: 58 };
    const at = cardLayout(heights);
    expect(at.kicker).toBe(CARD.rule + CARD.top);
    expect(at.footer + heights.footer).toBe(CARD.height - CARD.bottom);
    const above = at.headline - (at.kicker + heights.kicker);
    const below = at.footer - (at.headline + heights.headline);
    expect(Math.abs(above - below)).toBeLessThanOrEqual(1);
  });

  it("should keep the bands in order when the headline fills the column", () => {
    const at = cardLayout({ kicker: 35, headline: 600, footer: 58 });
    expect(at.headline).toBe(at.kicker + 35);
  });
});

describe("URLs of share images and topics", () => {
  it("should put the share image beside the article and topics under /themen/", () => {
    expect(shareImagePath("/nachrichten/", "a")).toBe("/nachrichten/artikel/a/vorschau.png");
    expect(topicPath("/", "gaza-krieg")).toBe("/themen/gaza-krieg/");
  });
});
