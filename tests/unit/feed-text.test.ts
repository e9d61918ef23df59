/**
 * Generated article text through the builders of both feeds: whatever the article
 * check lets through, the RSS is well-formed XML (to libxml2 and to fast-xml-parser),
 * the JSON Feed is JSON, and both carry the text unchanged.
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { feedHtml } from "../../src/metadata/feed-html.ts";
import { jsonFeed, type FeedChannel, type FeedItem } from "../../src/metadata/json-feed.ts";
import { rssFeed } from "../../src/metadata/rss-feed.ts";
import { textProblem } from "../../src/lib/unsafe-text.ts";

const HOME = "https://kiosk.example/nachrichten/";

/** Pieces of text from every class an editor or a wire service might send. */
const PIECES = [
  ..."&<>\"'",
  "]]>",
  "<![CDATA[",
  "<!-- -->",
  "&amp;",
  "&nbsp;",
  "&#0;",
  "\t",
  "\n",
  "\r",
  "\u0007",
  "\u0085",
  "e\u0301",
  "\u0301",
  "שלום",
  "مرحبا",
  "\u202E",
  "\u200F",
  "😀",
  "👩‍👩‍👧",
  "𝔘",
  "\u{1FFFE}",
  "\u2028",
  "\u2029",
  "\u00A0",
  "\u00AD",
  "\uFEFF",
  "\uFFFD",
  "\uFFFE",
  "\uD800",
  "\uDC00",
  " ",
  "Hafen",
  "1e3",
  "007",
  "true",
];

/** Text of those pieces and any other code point, as the article check lets it through. */
const text = fc
  .string({
    unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 12,
  })
  .filter((value) => value.trim() !== "" && textProblem(value, Number.POSITIVE_INFINITY) === undefined);

/** The publication's name and tagline come from its settings, which the same check reads. */
const channel = fc.record({ title: text, description: text }).map((named): FeedChannel => ({
  ...named,
  homePageUrl: HOME,
  feedUrl: `${HOME}rss.xml`,
  language: "de-DE",
  icon: `${HOME}logo.png`,
  favicon: `${HOME}favicon.svg`,
}));

const item = fc
  .record({ title: text, summary: text, body: text, source: text, alt: text, topic: text })
  .map(({ title, summary, body, source, alt, topic }, index = 0): FeedItem => {
    const url = `${HOME}artikel/a${index}/`;
    return {
      url,
      title,
      summary,
      html: feedHtml(`<p>${body}</p>`, url),
      published: new Date("2024-11-05T09:15:00Z"),
      source,
      topics: [topic],
      lang: "de",
      image: { url: `${url}foto.jpg?a=1&b=2`, width: 1200, height: 800, type: "image/jpeg", alt },
    };
  });

/** libxml2's verdict on a document: nothing when well-formed, else its complaint. */
function xmllint(xml: string): string {
  const { status, stderr } = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
  return status === 0 ? "" : stderr || `xmllint exited with ${status}`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => ["item", "dc:creator", "category"].includes(name),
});

describe("the feeds whatever the article text holds", () => {
  it("should give well-formed RSS that carries every title, standfirst, body and byline unchanged", () => {
    fc.assert(
      fc.property(channel, fc.array(item, { minLength: 1, maxLength: 3 }), (channel, items) => {
        const xml = rssFeed(channel, items);
        expect(xmllint(xml)).toBe("");
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = parser.parse(xml).rss.channel;
        expect([parsed.title, parsed.description]).toEqual([channel.title, channel.description]);
        expect(parsed.image).toEqual({ url: channel.icon, title: channel.title, link: channel.homePageUrl });
        for (const [index, sent] of items.entries()) {
          const got = parsed.item[index];
          expect(got.title).toBe(sent.title);
          expect(got.description).toBe(sent.summary);
          expect(got["content:encoded"]).toBe(sent.html);
          expect(got["dc:creator"]).toEqual([sent.source]);
          expect(got.category).toEqual(sent.topics);
          expect(got["media:content"]["@_url"]).toBe(sent.image.url);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("should give a JSON Feed that carries the text unchanged", () => {
    fc.assert(
      fc.property(channel, fc.array(item, { minLength: 1, maxLength: 3 }), (channel, items) => {
        const feed = JSON.parse(JSON.stringify(jsonFeed(channel, items)));
        expect(feed.items.map((sent: { title: string }) => sent.title)).toEqual(
          items.map(({ title }) => title),
        );
        expect(feed.items.map((sent: { summary: string }) => sent.summary)).toEqual(
          items.map(({ summary }) => summary),
        );
        expect(feed.items.map((sent: { content_html: string }) => sent.content_html)).toEqual(
          items.map(({ html }) => html),
        );
      }),
    );
  });
});
