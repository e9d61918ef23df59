import { describe, expect, it } from "vitest";
import { parseArticleDate, parseArticleDateTime } from "../../src/lib/article-date.ts";
import { bodyLineOffset } from "../../src/lib/body-line-offset.ts";
import { lastModified, oldestFirst } from "../../src/interface/corrections.ts";
import { formatLongDate, isoDatetime } from "../../src/lib/german-date.ts";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { readingMinutes } from "../../src/lib/reading-time.ts";
import { siteConfig } from "../../src/settings/site-config.ts";
import { articlePath, pagePath, pageShareImagePath } from "../../src/lib/urls.ts";

describe("parseArticleDate", () => {
  it.each([
    ["2023-12-20", "2023-12-20T00:00:00.000Z"],
    ["2023-12-21T09:30:00+01:00", "2023-12-21T08:30:00.000Z"],
    ["2024-02-29T23:59Z", "2024-02-29T23:59:00.000Z"],
    ["2024-04-08T10:00:00+14:00", "2024-04-07T20:00:00.000Z"],
    ["2024-04-08T10:00:00-14:00", "2024-04-09T00:00:00.000Z"],
    ["2024-04-08T10:00:00+05:45", "2024-04-08T04:15:00.000Z"],
    ["1000-01-01", "1000-01-01T00:00:00.000Z"],
    ["9999-12-31T22:59:59+00:00", "9999-12-31T22:59:59.000Z"],
  ])("should read %s", (value, iso) => {
    const parsed = parseArticleDate(value, "Europe/Berlin");
    expect("date" in parsed && parsed.date.toISOString()).toBe(iso);
  });

  it.each([
    ["2023-02-30", "2023-02-30 is not a day of the calendar"],
    ["2023-02-29", "2023-02-29 is not a day of the calendar"],
    ["2023-13-01", "2023-13-01 is not a day of the calendar"],
    ["2023-12-20T24:00:00Z", "not a time of day"],
    ["20.12.2023", "expected an ISO date"],
    ["2023-12-20T09:30:00", "expected an ISO date"],
    ["2024-04-08T10:00:00+25:00", "+25:00 in 2024-04-08T10:00:00+25:00 is not a time zone offset"],
    ["2024-04-08T10:00:00-14:30", "-14:30 in 2024-04-08T10:00:00-14:30 is not a time zone offset"],
    ["2024-04-08T10:00:00+14:01", "is not a time zone offset: they run from -14:00 to +14:00"],
    ["2024-04-08T10:00:00+01:60", "+01:60 in 2024-04-08T10:00:00+01:60 is not a time zone offset"],
    ["0001-01-01", "0001-01-01 is outside the dates Kiosk publishes: 1000-01-01 to 9999-12-31"],
    ["0999-12-31T23:59:59Z", "is outside the dates Kiosk publishes"],
    ["1000-01-01T00:30:00+01:00", "is outside the dates Kiosk publishes"],
    ["9999-12-31T23:30:00-01:00", "is outside the dates Kiosk publishes"],
    // Already 1 January 10000 on the newsroom's clock, which pages and the archive show.
    ["9999-12-31T23:30:00Z", "is outside the dates Kiosk publishes"],
    ["0099-02-29", "0099-02-29 is not a day of the calendar"],
  ])("should refuse %s", (value, error) => {
    const parsed = parseArticleDate(value, "Europe/Berlin");
    expect("error" in parsed && parsed.error).toContain(error);
  });
});

describe("parseArticleDateTime", () => {
  it("should read a date-time with offset and refuse a bare date or a bad offset", () => {
    const parsed = parseArticleDateTime("2023-12-21T10:00:00+01:00", "Europe/Berlin");
    expect("date" in parsed && parsed.date.toISOString()).toBe("2023-12-21T09:00:00.000Z");
    const bare = parseArticleDateTime("2023-12-21", "Europe/Berlin");
    expect("error" in bare && bare.error).toContain("expected an ISO date-time with offset");
    const offset = parseArticleDateTime("2023-12-21T10:00:00+25:00", "Europe/Berlin");
    expect("error" in offset && offset.error).toContain("is not a time zone offset");
  });
});

describe("lastModified and oldestFirst", () => {
  const correction = (iso: string) => ({ date: new Date(iso), text: iso });
  it.each([
    [undefined, [], undefined],
    ["2024-03-15", [], "2024-03-15T00:00:00.000Z"],
    [undefined, ["2024-03-16T10:00:00Z", "2024-03-15T10:00:00Z"], "2024-03-16T10:00:00.000Z"],
    ["2024-03-20", ["2024-03-16T10:00:00Z"], "2024-03-20T00:00:00.000Z"],
    ["2024-03-15", ["2024-03-16T10:00:00Z"], "2024-03-16T10:00:00.000Z"],
  ])("should date an article updated %s with corrections %j at %s", (updated, dates, expected) => {
    const changes = { updated: updated ? new Date(updated) : undefined, corrections: dates.map(correction) };
    expect(lastModified(changes)?.toISOString()).toBe(expected);
  });

  it("should put corrections in the order they were made", () => {
    const dates = ["2024-03-16T10:00:00Z", "2024-03-15T10:00:00Z", "2024-03-17T10:00:00Z"];
    expect(oldestFirst(dates.map(correction)).map(({ text }) => text)).toEqual(dates.toSorted());
  });
});

describe("German dates", () => {
  it.each([
    ["2023-12-20", "20. Dezember 2023", "2023-12-20"],
    ["2024-03-01T23:30:00Z", "2. März 2024", "2024-03-01T23:30:00.000Z"],
  ])("should show %s as %s", (value, shown, datetime) => {
    expect(formatLongDate(new Date(value), "de", "Europe/Berlin")).toBe(shown);
    expect(isoDatetime(new Date(value))).toBe(datetime);
  });
});

describe("readingMinutes", () => {
  it.each([
    ["", 1],
    ["Wort ".repeat(199), 1],
    ["Wort ".repeat(700), 4],
  ])("should count %#", (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });
});

describe("normaliseText", () => {
  it.each([
    ["„Wir  drängen\ndarauf.“", "wir drängen darauf."],
    ['"realitätsfremd..."', "realitätsfremd…"],
    ["Waffen\u00adstill\u00adstand", "waffenstillstand"],
    ["‚ja‘ «non» ’s", "ja non s"],
  ])("should reduce %j", (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe("siteConfig", () => {
  it("should default to the repository's content and localhost", () => {
    expect(siteConfig({}, "/repo")).toEqual({
      contentDir: "/repo/content/articles",
      publicationFile: "/repo/content/publication.yaml",
      site: "http://localhost:4321",
      base: "/",
    });
  });

  it.each([
    ["nachrichten", "/nachrichten/"],
    ["/nachrichten", "/nachrichten/"],
    ["/a/b/", "/a/b/"],
  ])("should normalise KIOSK_BASE %s", (base, expected) => {
    expect(siteConfig({ KIOSK_BASE: base }).base).toBe(expected);
  });

  it("should take KIOSK_CONTENT_DIR relative to the root or absolute", () => {
    expect(siteConfig({ KIOSK_CONTENT_DIR: "x/y" }, "/repo").contentDir).toBe("/repo/x/y");
    expect(siteConfig({ KIOSK_CONTENT_DIR: "/srv/artikel" }, "/repo").contentDir).toBe("/srv/artikel");
  });

  it("should take KIOSK_PUBLICATION relative to the root or absolute", () => {
    expect(siteConfig({ KIOSK_PUBLICATION: "x/p.yaml" }, "/repo").publicationFile).toBe("/repo/x/p.yaml");
    expect(siteConfig({ KIOSK_PUBLICATION: "/srv/p.yaml" }, "/repo").publicationFile).toBe("/srv/p.yaml");
  });

  it.each([
    [{ KIOSK_SITE: "example.org" }, "KIOSK_SITE: expected an absolute URL"],
    [{ KIOSK_SITE: "https://example.org/news" }, "KIOSK_SITE: expected an origin without a path"],
    [{ KIOSK_BASE: "/a b/" }, "KIOSK_BASE: expected a path"],
  ])("should refuse %j", (env, message) => {
    expect(() => siteConfig(env)).toThrow(message);
  });
});

describe("urls", () => {
  it("should point every link at a folder under the base", () => {
    expect(articlePath("/", "haniyeh")).toBe("/artikel/haniyeh/");
    expect(articlePath("/nachrichten/", "haniyeh")).toBe("/nachrichten/artikel/haniyeh/");
    expect(pagePath("/nachrichten/")).toBe("/nachrichten/");
    expect(pagePath("/", "themen", "Gaza Krieg")).toBe("/themen/Gaza%20Krieg/");
  });

  it("should give every numbered page of a list its first page's share image", () => {
    expect(pageShareImagePath("/nachrichten/")).toBe("/nachrichten/vorschau.png");
    expect(pageShareImagePath("/themen/politik/")).toBe("/themen/politik/vorschau.png");
    expect(pageShareImagePath("/autoren/anna/seite/3/")).toBe("/autoren/anna/vorschau.png");
    expect(pageShareImagePath("/archiv/2026/12/05/")).toBe("/archiv/2026/12/05/vorschau.png");
  });
});

describe("bodyLineOffset", () => {
  it("should count the frontmatter and blank lines Astro drops before the body", () => {
    const source = "---\ntitle: A\ndek: B\n---\n\n\nErster Absatz.\n\nZweiter.";
    expect(bodyLineOffset(source, "Erster Absatz.\n\nZweiter.")).toBe(6);
  });

  it("should add nothing when the body keeps its lines, frontmatter blanked", () => {
    const source = "---\ntitle: A\n---\nText";
    expect(bodyLineOffset(source, "   \n        \n   \nText")).toBe(0);
  });

  it("should count CRLF lines like LF lines", () => {
    expect(bodyLineOffset("---\r\ntitle: A\r\n---\r\n\r\nText", "Text")).toBe(4);
  });
});
