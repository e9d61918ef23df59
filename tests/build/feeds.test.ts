import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { feedInstant } from "../../src/lib/german-date.ts";
import { publishedAndDrafts, type FixtureArticle } from "../support/fixture-articles.ts";
import { PUBLISHING } from "../support/global-setup.ts";

const dist = inject("publishingDist");
const HOME = "https://kiosk.example/nachrichten/";
const articleUrl = (slug: string) => `${HOME}artikel/${slug}/`;

interface RssItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description: string;
  "content:encoded": string;
  category?: string | string[];
}

let published: FixtureArticle[];
let drafts: FixtureArticle[];
beforeAll(async () => {
  ({ published, drafts } = await publishedAndDrafts(PUBLISHING.KIOSK_CONTENT_DIR));
});

/** Every URL in feed HTML, and whether it ran into anything that could execute. */
function inspectHtml(html: string) {
  const tree = fromHtml(html, { fragment: true });
  const urls = selectAll("[href], [src]", tree).map((element) =>
    String(element.properties["href"] ?? element.properties["src"]),
  );
  return {
    urls,
    scripts: selectAll("script, iframe, object, embed, [onclick], [onload], [onerror]", tree).length,
    pullQuotes: selectAll("aside, [role=doc-pullquote], [aria-hidden]", tree).length,
  };
}

describe("/rss.xml", () => {
  let channel: { title: string; link: string; item: RssItem[] | RssItem };
  let items: RssItem[];
  beforeAll(async () => {
    const xml = await readFile(join(dist, "rss.xml"), "utf8");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.rss["@_version"]).toBe("2.0");
    channel = parsed.rss.channel;
    items = [channel.item].flat();
  });

  it("should list every published article, newest first, with link, guid, date and standfirst", () => {
    expect(channel.link).toBe(HOME);
    expect(items.map((item) => item.link)).toEqual(published.map(({ slug }) => articleUrl(slug)));
    for (const [index, item] of items.entries()) {
      const article = published[index]!;
      expect(item.title).toBe(article.title);
      expect(item.guid["#text"]).toBe(item.link);
      expect(item.guid["@_isPermaLink"]).toBe("true");
      expect(new Date(item.pubDate).getTime()).toBe(feedInstant(article.date, "Europe/Berlin").getTime());
      expect([item.category ?? []].flat()).toEqual(article.topics);
      expect(item.description.length).toBeGreaterThan(0);
    }
  });

  it("should carry no draft", () => {
    const xml = JSON.stringify(items);
    for (const draft of drafts) {
      expect(xml).not.toContain(draft.slug);
      expect(xml).not.toContain(draft.title);
    }
  });

  it("should carry the full article HTML with absolute URLs, no script and no pull quote", () => {
    const eu = items.find((item) => item.link === articleUrl("eu-gipfel-haushalt"))!;
    expect(eu["content:encoded"]).toContain("Eine Einigung wird frühestens in der Nacht erwartet.");
    for (const item of items) {
      const html = inspectHtml(item["content:encoded"]);
      expect(html.scripts).toBe(0);
      expect(html.pullQuotes).toBe(0);
      for (const url of html.urls) expect(url).toMatch(/^https:\/\/kiosk\.example\/nachrichten\//);
    }
    // The pull quote's words stay once, in the text; its speaker's role goes with it.
    expect(eu["content:encoded"]).not.toContain("Quastenflosser");
  });
});

describe("/feed.json", () => {
  let feed: Record<string, unknown> & { items: Record<string, unknown>[] };
  beforeAll(async () => {
    feed = JSON.parse(await readFile(join(dist, "feed.json"), "utf8"));
  });

  it("should be a JSON Feed 1.1 with absolute home and feed URLs", () => {
    expect(feed["version"]).toBe("https://jsonfeed.org/version/1.1");
    expect(feed["title"]).toBe("Kiosk");
    expect(feed["home_page_url"]).toBe(HOME);
    expect(feed["feed_url"]).toBe(`${HOME}feed.json`);
  });

  it("should list every published article with id, URL, date and content, and no draft", () => {
    expect(feed.items.map((item) => item["url"])).toEqual(published.map(({ slug }) => articleUrl(slug)));
    for (const [index, item] of feed.items.entries()) {
      const article = published[index]!;
      expect(item["id"]).toBe(item["url"]);
      expect(item["title"]).toBe(article.title);
      expect(Date.parse(String(item["date_published"]))).toBe(
        feedInstant(article.date, "Europe/Berlin").getTime(),
      );
      expect(String(item["date_published"])).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
      );
      expect(item["tags"]).toEqual(article.topics);
      expect(item["image"]).toBe(`${articleUrl(article.slug)}vorschau.png`);
      const html = inspectHtml(String(item["content_html"]));
      expect(html.scripts).toBe(0);
      expect(html.pullQuotes).toBe(0);
    }
    const text = JSON.stringify(feed);
    for (const draft of drafts) expect(text).not.toContain(draft.slug);
  });
});
