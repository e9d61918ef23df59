import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { fromHtml } from "hast-util-from-html";
import type { Element, Root } from "hast";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { feedInstant } from "../../src/lib/german-date.ts";
import { fixtureArticles, type FixtureArticle } from "../support/fixture-articles.ts";
import { PUBLISHING } from "../support/global-setup.ts";
import { htmlFiles, readPage, select, selectAll, toString } from "../support/html.ts";

const dist = inject("publishingDist");
const HOME = "https://kiosk.example/nachrichten/";
/** Updated, then corrected twice; its corrections are listed newest first in the file. */
const CORRECTED = "bruecke-gesperrt";
/** An English article with one correction between those two. */
const ENGLISH = "port-report-english";

let published: FixtureArticle[];
beforeAll(async () => {
  published = (await fixtureArticles(PUBLISHING.KIOSK_CONTENT_DIR)).filter((article) => !article.draft);
});
const article = (slug: string) => published.find((candidate) => candidate.slug === slug)!;

/** What the fixture file says the last change was: `updated` or the newest correction. */
function lastChange({ updated, corrections }: FixtureArticle): Date | undefined {
  const times = [updated, ...corrections.map(({ date }) => date)].flatMap((date) => date?.getTime() ?? []);
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

/** The `datetime` and text of each `<time>` under `element`. */
function times(element: Root | Element): [string, string][] {
  return selectAll("time", element).map((time) => [String(time.properties["dateTime"]), toString(time)]);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("an updated and corrected article", () => {
  let page: Root;
  beforeAll(async () => {
    page = await readPage(dist, `artikel/${CORRECTED}/index.html`);
  });

  it("should say which date is the publication and which the last change, in <time> elements", () => {
    const corrected = article(CORRECTED);
    const published = select("[data-kiosk=date]", page)!;
    const updated = select("[data-kiosk=updated]", page)!;
    expect(squash(toString(published))).toBe("Veröffentlicht am 5. November 2024, 8:30 Uhr");
    expect(squash(toString(updated))).toBe("Aktualisiert am 6. November 2024, 9:15 Uhr");
    expect(Date.parse(times(published)[0]![0])).toBe(corrected.date.getTime());
    // The newest correction came after `updated`, so it is the last change.
    expect(lastChange(corrected)!.getTime()).toBeGreaterThan(corrected.updated!.getTime());
    expect(Date.parse(times(updated)[0]![0])).toBe(lastChange(corrected)!.getTime());
  });

  it("should end the text with a „Korrektur“ note for each correction, oldest first", () => {
    const notes = selectAll("[data-kiosk=correction]", page);
    const oldestFirst = article(CORRECTED).corrections.toSorted((a, b) => +a.date - +b.date);
    expect(notes.map((note) => squash(toString(note)))).toEqual([
      `Korrektur vom 5. November 2024, 12:00 Uhr: ${oldestFirst[0]!.text}`,
      `Korrektur vom 6. November 2024, 9:15 Uhr: ${oldestFirst[1]!.text}`,
    ]);
    expect(notes.map((note) => Date.parse(times(note)[0]![0]))).toEqual(oldestFirst.map(({ date }) => +date));
    // After the body, inside the article, and not in the search index.
    const body = select(".article-body", page)!;
    const corrections = select("article > [data-kiosk=corrections]", page)!;
    const children = select("article", page)!.children;
    expect(children.indexOf(corrections)).toBeGreaterThan(children.indexOf(body));
    expect(select("article", page)!.properties["dataPagefindBody"]).toBeUndefined();
    expect(corrections.properties["dataPagefindBody"]).toBeUndefined();
  });

  it("should carry dateModified and each correction as a CorrectionComment in its JSON-LD", () => {
    const ld = JSON.parse(toString(select("script[type='application/ld+json']", page)!));
    const corrected = article(CORRECTED);
    expect(Date.parse(ld.dateModified)).toBe(lastChange(corrected)!.getTime());
    expect(ld.correction).toHaveLength(corrected.corrections.length);
    for (const correction of ld.correction) {
      expect(Object.keys(correction).sort()).toEqual(["@type", "datePublished", "text"]);
      expect(correction["@type"]).toBe("CorrectionComment");
      expect(correction.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
    expect(
      ld.correction.map((c: { text: string; datePublished: string }) => [
        c.text,
        Date.parse(c.datePublished),
      ]),
    ).toEqual(expect.arrayContaining(corrected.corrections.map(({ text, date }) => [text, date.getTime()])));
    const modified = select("meta[property='article:modified_time']", page)!.properties["content"];
    expect(Date.parse(String(modified))).toBe(lastChange(corrected)!.getTime());
  });
});

describe("every article's dates and notes", () => {
  it("should show „Aktualisiert am“ and notes only when the file has them, with the same last change in JSON-LD", async () => {
    for (const fixture of published) {
      const page = await readPage(dist, `artikel/${fixture.slug}/index.html`);
      const last = lastChange(fixture);
      const updated = select("[data-kiosk=updated] time", page);
      expect(updated && Date.parse(String(updated.properties["dateTime"])), fixture.slug).toBe(
        last?.getTime(),
      );
      expect(selectAll("[data-kiosk=correction]", page), fixture.slug).toHaveLength(
        fixture.corrections.length,
      );
      const ld = JSON.parse(toString(select("script[type='application/ld+json']", page)!));
      expect(Date.parse(ld.dateModified), fixture.slug).toBe((last ?? fixture.date).getTime());
      if (fixture.corrections.length === 0) expect(ld, fixture.slug).not.toHaveProperty("correction");
    }
  });

  it("should keep the German words of an English article's dates and note in German, its text in English", async () => {
    const page = await readPage(dist, `artikel/${ENGLISH}/index.html`);
    expect(select("html", page)!.properties["lang"]).toBe("en");
    expect(select(".article-meta-line", page)!.properties["lang"]).toBe("de");
    const [note] = selectAll("[data-kiosk=correction]", page);
    const label = select("strong", note!)!;
    expect(label.properties["lang"]).toBe("de");
    expect(squash(toString(label))).toBe("Korrektur vom 5. November 2024, 15:00 Uhr:");
    const [correction] = article(ENGLISH).corrections;
    expect(times(label)).toEqual([["2024-11-05T14:00:00.000Z", "5. November 2024, 15:00 Uhr"]]);
    expect(Date.parse(times(label)[0]![0])).toBe(correction!.date.getTime());
    expect(squash(toString(note!))).toBe(`Korrektur vom 5. November 2024, 15:00 Uhr: ${correction!.text}`);
  });
});

/** The `<time>` elements and text of feed HTML. */
function feedNotes(html: string): { times: [string, string][]; text: string } {
  const tree = fromHtml(html, { fragment: true });
  return { times: times(tree), text: squash(toString(tree)) };
}

describe("the feeds", () => {
  it("should give RSS items the notes in their content and the last change as dcterms:modified", async () => {
    const xml = await readFile(join(dist, "rss.xml"), "utf8");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.rss["@_xmlns:dcterms"]).toBe("http://purl.org/dc/terms/");
    const items = [parsed.rss.channel.item].flat() as Record<string, string>[];
    for (const fixture of published) {
      const item = items.find(({ link }) => link === `${HOME}artikel/${fixture.slug}/`)!;
      const last = lastChange(fixture);
      expect(item["dcterms:modified"] && Date.parse(item["dcterms:modified"]), fixture.slug).toBe(
        last?.getTime(),
      );
      // pubDate stays the first publication: feed readers would show a changed one as new.
      expect(new Date(item["pubDate"]!).getTime()).toBe(feedInstant(fixture.date, "Europe/Berlin").getTime());
      const content = feedNotes(item["content:encoded"]!);
      for (const { date, text } of fixture.corrections) {
        expect(content.text).toContain(text);
        expect(content.times.map(([datetime]) => Date.parse(datetime))).toContain(date.getTime());
      }
      if (fixture.corrections.length === 0) expect(content.text).not.toContain("Korrektur vom");
    }
    const corrected = feedNotes(
      items.find(({ link }) => link === `${HOME}artikel/${CORRECTED}/`)!["content:encoded"]!,
    );
    expect(corrected.text).toMatch(
      /Korrektur vom 5\. November 2024, 12:00 Uhr: Die Brücke .*\.Korrektur vom 6\. November 2024, 9:15 Uhr:/,
    );
  });

  it("should give JSON Feed items date_modified and the notes in content_html", async () => {
    const feed = JSON.parse(await readFile(join(dist, "feed.json"), "utf8")) as {
      items: { url: string; date_modified?: string; content_html: string }[];
    };
    for (const fixture of published) {
      const item = feed.items.find(({ url }) => url === `${HOME}artikel/${fixture.slug}/`)!;
      const last = lastChange(fixture);
      expect(item.date_modified && Date.parse(item.date_modified), fixture.slug).toBe(last?.getTime());
      if (item.date_modified) expect(item.date_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      const content = feedNotes(item.content_html);
      for (const { date, text } of fixture.corrections) {
        expect(content.text).toContain(`${text}`);
        expect(content.times.map(([datetime]) => Date.parse(datetime))).toContain(date.getTime());
      }
    }
  });
});

describe("/korrekturen/", () => {
  it("should list every correction of every published article, newest first, linked to its article", async () => {
    const page = await readPage(dist, "korrekturen/index.html");
    expect(toString(select("h1", page)!)).toBe("Korrekturen");
    const expected = published
      .flatMap((fixture) => fixture.corrections.map((correction) => ({ fixture, correction })))
      .sort((a, b) => +b.correction.date - +a.correction.date);
    expect(expected.map(({ fixture }) => fixture.slug)).toEqual([CORRECTED, ENGLISH, CORRECTED]);
    const entries = selectAll("[data-kiosk=correction-list] > li", page);
    expect(
      entries.map((entry) => ({
        link: select("h2 a", entry)!.properties["href"],
        title: toString(select("h2 a", entry)!),
        time: Date.parse(times(entry)[0]![0]),
        text: toString(select(".correction-text", entry)!),
      })),
    ).toEqual(
      expected.map(({ fixture, correction }) => ({
        link: `/nachrichten/artikel/${fixture.slug}/`,
        title: fixture.title,
        time: correction.date.getTime(),
        text: correction.text,
      })),
    );
    expect(entries.map((entry) => entry.properties["lang"])).toEqual([undefined, "en", undefined]);
    expect(squash(toString(select(".correction-date", entries[0]!)!))).toBe(
      "Korrektur vom 6. November 2024, 9:15 Uhr",
    );
  });

  it("should be linked from the footer of every page", async () => {
    const files = await htmlFiles(dist);
    expect(files).toContain("korrekturen/index.html");
    for (const file of files) {
      const page = await readPage(dist, file);
      const links = selectAll("body > footer a", page).map((a) => a.properties["href"]);
      expect(links, file).toContain("/nachrichten/korrekturen/");
    }
  });

  it("should say so on a site without corrections", async () => {
    const page = await readPage(inject("siteDist"), "korrekturen/index.html");
    expect(selectAll("[data-kiosk=correction-list]", page)).toEqual([]);
    expect(squash(toString(select("main", page)!))).toContain("Bisher wurde kein Artikel korrigiert.");
  });
});
