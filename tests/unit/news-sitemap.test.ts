import { describe, expect, it } from "vitest";
import { readNewsSitemap, type NewsSitemapEntry } from "../support/news-sitemap.ts";
import { NEWS_SITEMAP, newsSitemap, type NewsSitemapArticle } from "../../src/metadata/news-sitemap.ts";

const NOW = new Date("2026-12-02T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const PUBLICATION = { name: "Kiosk" };
const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

/** The sitemap's entries, read by an XML parser; its namespaces checked on the way. */
function entriesOf(xml: string): NewsSitemapEntry[] {
  const { namespaces, entries } = readNewsSitemap(xml);
  expect(namespaces).toEqual({ sitemap: SITEMAP_NAMESPACE, news: NEWS_NAMESPACE });
  return entries;
}

function article(slug: string, published: Date, extra: Partial<NewsSitemapArticle> = {}): NewsSitemapArticle {
  return {
    url: `https://kiosk.example/artikel/${slug}/`,
    title: `Titel ${slug}`,
    published,
    lang: "de",
    ...extra,
  };
}

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

describe("newsSitemap", () => {
  it("should list only the articles of the two days up to now, the edges included", () => {
    const xml = newsSitemap(
      PUBLICATION,
      [
        article("vor-49-stunden", hoursAgo(49)),
        article("genau-zwei-tage", hoursAgo(48)),
        article("gestern", hoursAgo(24)),
        article("jetzt", NOW),
        article("in-einer-minute", new Date(NOW.getTime() + 60_000)),
        article("vor-einem-jahr", new Date("2025-12-02T12:00:00Z")),
      ],
      NOW,
    );
    expect(entriesOf(xml).map((entry) => entry.loc)).toEqual([
      "https://kiosk.example/artikel/jetzt/",
      "https://kiosk.example/artikel/gestern/",
      "https://kiosk.example/artikel/genau-zwei-tage/",
    ]);
  });

  it("should list the newest 1,000 of 1,200 fresh articles, newest first, whatever order they come in", () => {
    // One article every two minutes over the last 40 hours, handed over shuffled.
    const fresh = Array.from({ length: 1200 }, (_, index) =>
      article(`artikel-${String(index).padStart(4, "0")}`, new Date(NOW.getTime() - index * 2 * 60_000)),
    );
    // 7919 is prime to 1,200: index × 7919 mod 1,200 visits every index once, out of order.
    const shuffled = fresh.map((_, index) => fresh[(index * 7919) % fresh.length]!);
    expect(new Set(shuffled).size).toBe(fresh.length);
    expect(shuffled.slice(0, 3)).not.toEqual(fresh.slice(0, 3));
    const entries = entriesOf(newsSitemap(PUBLICATION, shuffled, NOW));
    expect(entries).toHaveLength(NEWS_SITEMAP.limit);
    expect(entries.map((entry) => entry.loc)).toEqual(fresh.slice(0, 1000).map(({ url }) => url));
    const dates = entries.map((entry) => Date.parse(entry["news:news"]["news:publication_date"]));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  it("should order articles of the same minute by URL, so the same articles give the same file", () => {
    const minute = hoursAgo(1);
    const xml = newsSitemap(
      PUBLICATION,
      [article("b", minute), article("a", minute), article("c", minute)],
      NOW,
    );
    expect(entriesOf(xml).map((entry) => entry.loc.split("/").at(-2))).toEqual(["a", "b", "c"]);
  });

  it("should give every entry its URL, publication name and language, date and title", () => {
    const published = new Date("2026-12-01T08:30:00+01:00");
    const xml = newsSitemap(
      PUBLICATION,
      [
        article("hafen", published, { title: "Containerriese läuft Hamburg an" }),
        article("port", hoursAgo(2), { title: "Port traffic falls", lang: "en" }),
      ],
      NOW,
    );
    expect(entriesOf(xml)).toEqual([
      {
        loc: "https://kiosk.example/artikel/port/",
        "news:news": {
          "news:publication": { "news:name": "Kiosk", "news:language": "en" },
          "news:publication_date": "2026-12-02T10:00:00.000Z",
          "news:title": "Port traffic falls",
        },
      },
      {
        loc: "https://kiosk.example/artikel/hafen/",
        "news:news": {
          "news:publication": { "news:name": "Kiosk", "news:language": "de" },
          "news:publication_date": "2026-12-01T07:30:00.000Z",
          "news:title": "Containerriese läuft Hamburg an",
        },
      },
    ]);
  });

  it("should escape markup in titles and names, and drop characters XML cannot carry", () => {
    const hostile = `</script><script>alert(1)</script> "Zitat" & <!-- Kommentar ]]> it's`;
    const xml = newsSitemap(
      { name: "Kiosk & <Co>" },
      [article("script", hoursAgo(1), { title: `${hostile}\u0000\u0008\uFFFF` })],
      NOW,
    );
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<!--");
    // XML forbids `]]>` in text; the parser below would not notice.
    expect(xml).not.toContain("]]>");
    const [entry] = entriesOf(xml);
    expect(entry!["news:news"]["news:title"]).toBe(hostile);
    expect(entry!["news:news"]["news:publication"]["news:name"]).toBe("Kiosk & <Co>");
  });

  it("should still be a sitemap with both namespaces when no article is fresh", () => {
    const xml = newsSitemap(PUBLICATION, [article("alt", hoursAgo(72))], NOW);
    expect(entriesOf(xml)).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });
});
