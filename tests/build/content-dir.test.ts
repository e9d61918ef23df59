import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readPage, select, textOf, toString } from "../support/html.ts";

describe("KIOSK_CONTENT_DIR", () => {
  // Built by the global setup with KIOSK_CONTENT_DIR=tests/fixtures/articles-two.
  const dist = inject("articlesTwoDist");

  it("should build the articles of that folder and not the seed", async () => {
    expect((await readdir(join(dist, "artikel"))).sort()).toEqual([
      "hafen-hamburg-containerumschlag",
      "harbour-report-english",
    ]);
    const front = await readPage(dist, "index.html");
    expect(textOf(front, "[data-kiosk=teaser] h2")).toEqual([
      "Port traffic falls in the third quarter",
      "Hamburger Hafen schlägt weniger Container um",
    ]);
  });

  it("should set English typography and lang for an English article", async () => {
    const page = await readPage(dist, "artikel/harbour-report-english/index.html");
    expect(select("html", page)!.properties["lang"]).toBe("en");
    expect(toString(select(".article-body", page)!)).toContain(
      "“Global demand is weak,” a spokesman said — and he didn’t",
    );
  });

  it("should show the dateline and German quotes in a German article", async () => {
    const page = await readPage(dist, "artikel/hafen-hamburg-containerumschlag/index.html");
    expect(textOf(page, "[data-kiosk=dateline]")).toEqual(["Hamburg"]);
    expect(toString(select(".article-body", page)!)).toContain("„Die Weltkonjunktur bremst uns“, sagte");
    expect(select("[data-kiosk=date] time", page)!.properties["dateTime"]).toBe("2024-11-05T09:15:00.000Z");
  });

  it("should show the clock time of a date-time and none for a date alone, which no output gives a time", async () => {
    const timed = await readPage(dist, "artikel/hafen-hamburg-containerumschlag/index.html");
    expect(textOf(timed, ".article-meta [data-kiosk=date]").join(" ").trim()).toBe(
      "Veröffentlicht am 5. November 2024, 10:15 Uhr",
    );
    const dateOnly = await readPage(dist, "artikel/harbour-report-english/index.html");
    const time = select(".article-meta [data-kiosk=date] time", dateOnly)!;
    expect([time.properties["dateTime"], toString(time)]).toEqual(["2024-11-06", "6. November 2024"]);
    const ld = JSON.parse(toString(select("script[type='application/ld+json']", dateOnly)!));
    expect([ld.datePublished, ld.dateModified]).toEqual(["2024-11-06", "2024-11-06"]);
    // Teasers show the time too.
    const front = await readPage(dist, "index.html");
    expect(textOf(front, "[data-kiosk=teaser] time")).toEqual([
      "6. November 2024",
      "5. November 2024, 10:15 Uhr",
    ]);
  });
});
