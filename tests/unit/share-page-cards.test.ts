import { describe, expect, it } from "vitest";
import { FRONT_SUBLINE_LIMIT, pageCards, type PageCardSources } from "../../src/metadata/page-cards.ts";

/** A newsroom under a base path: two days of articles, a section without one, an author, a page. */
const SOURCES: PageCardSources = {
  base: "/nachrichten/",
  language: "de",
  timeZone: "Europe/Berlin",
  name: "Hafenblatt",
  description: "Nachrichten vom Hafen",
  sections: ["EU", "Außenpolitik"],
  articles: [
    // 00:30 in Berlin on 1 December, still 30 November in UTC.
    { slug: "neu", topics: ["Hafen", "EU"], date: new Date("2026-11-30T23:30:00Z") },
    { slug: "alt", topics: ["Hafen"], date: new Date("2026-11-30T10:00:00Z") },
  ],
  authors: [{ slug: "anna-beispiel", name: "Anna Beispiel" }],
  pages: [{ slug: "ueber-uns", title: "Über uns" }],
};

describe("pageCards", () => {
  it("should list every page that is not an article, with the title its h1 shows and its kind above", () => {
    expect(pageCards(SOURCES)).toEqual([
      { path: "/nachrichten/", title: "Hafenblatt", subline: "Nachrichten vom Hafen" },
      { path: "/nachrichten/themen/", kicker: "Übersicht", title: "Themen" },
      { path: "/nachrichten/themen/hafen/", kicker: "Thema", title: "Hafen" },
      { path: "/nachrichten/themen/eu/", kicker: "Thema", title: "EU" },
      // A named section without articles has its page all the same.
      { path: "/nachrichten/themen/aussenpolitik/", kicker: "Thema", title: "Außenpolitik" },
      { path: "/nachrichten/autoren/anna-beispiel/", kicker: "Autor", title: "Anna Beispiel" },
      { path: "/nachrichten/archiv/", kicker: "Übersicht", title: "Archiv" },
      { path: "/nachrichten/archiv/2026/", kicker: "Archiv", title: "2026" },
      { path: "/nachrichten/archiv/2026/12/", kicker: "Archiv", title: "Dezember 2026" },
      { path: "/nachrichten/archiv/2026/11/", kicker: "Archiv", title: "November 2026" },
      { path: "/nachrichten/archiv/2026/12/01/", kicker: "Archiv", title: "1. Dezember 2026" },
      { path: "/nachrichten/archiv/2026/11/30/", kicker: "Archiv", title: "30. November 2026" },
      { path: "/nachrichten/korrekturen/", kicker: "Über die Redaktion", title: "Korrekturen" },
      { path: "/nachrichten/suche/", kicker: "Übersicht", title: "Suche" },
      { path: "/nachrichten/ueber-uns/", kicker: "Über die Redaktion", title: "Über uns" },
      { path: "/nachrichten/impressum/", kicker: "Über die Redaktion", title: "Impressum" },
      { path: "/nachrichten/datenschutz/", kicker: "Über die Redaktion", title: "Datenschutzerklärung" },
    ]);
  });

  it("should speak the publication's language and follow its clock", () => {
    const cards = pageCards({ ...SOURCES, language: "en", timeZone: "UTC" });
    const titles = new Map(cards.map(({ path, kicker, title }) => [path, `${kicker}: ${title}`]));
    expect(titles.get("/nachrichten/archiv/2026/11/30/")).toBe("Archive: 30 November 2026");
    expect(titles.has("/nachrichten/archiv/2026/12/")).toBe(false);
    expect(titles.get("/nachrichten/autoren/anna-beispiel/")).toBe("Author: Anna Beispiel");
    expect(titles.get("/nachrichten/datenschutz/")).toBe("About the newsroom: Privacy");
  });

  it("should take the newsroom's own Impressum, and leave a long description to the page", () => {
    const cards = pageCards({
      ...SOURCES,
      description: "x".repeat(FRONT_SUBLINE_LIMIT + 1),
      pages: [{ slug: "impressum", title: "Impressum der Hafenblatt GmbH" }],
    });
    expect(cards[0]).toEqual({ path: "/nachrichten/", title: "Hafenblatt" });
    expect(cards.filter(({ path }) => path.endsWith("/impressum/"))).toEqual([
      {
        path: "/nachrichten/impressum/",
        kicker: "Über die Redaktion",
        title: "Impressum der Hafenblatt GmbH",
      },
    ]);
  });

  it("should list no topic, author or day for a newsroom with no articles yet", () => {
    const paths = pageCards({ ...SOURCES, sections: undefined, articles: [], authors: [], pages: [] }).map(
      ({ path }) => path,
    );
    expect(paths).toEqual([
      "/nachrichten/",
      "/nachrichten/themen/",
      "/nachrichten/archiv/",
      "/nachrichten/korrekturen/",
      "/nachrichten/suche/",
      "/nachrichten/impressum/",
      "/nachrichten/datenschutz/",
    ]);
  });
});
