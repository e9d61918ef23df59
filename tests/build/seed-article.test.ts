import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { READER_SETTINGS_SCRIPT } from "../../src/lib/reader-settings-script.ts";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { seedParagraphs } from "../support/seed.ts";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

const PAGE = "artikel/haniyeh-gespraeche-waffenruhe-aegypten/index.html";
const dist = inject("siteDist");

describe("the seed article page", () => {
  let page: Awaited<ReturnType<typeof readPage>>;
  let html: string;
  beforeAll(async () => {
    page = await readPage(dist, PAGE);
    html = await readFile(join(dist, PAGE), "utf8");
  });

  it("should show every paragraph of the wire text, in order, exactly once", async () => {
    const body = select(".article-body", page);
    expect(body).toBeDefined();
    // Pull quotes repeat words on purpose; the text is everything else.
    const blocks = selectAll(":scope > p, :scope > h2", body!).map((element) =>
      normaliseText(toString(element)),
    );
    const expected = (await seedParagraphs()).map(normaliseText);
    expect(blocks).toEqual(expected);
  });

  it("should render the ALL-CAPS line as the one subheading", () => {
    expect(textOf(page, ".article-body h2")).toEqual(["Biden sagt, er drängt auf Geiselabkommen"]);
  });

  it("should set German quotes and the ellipsis", () => {
    const text = toString(select(".article-body", page)!);
    expect(text).toContain("„Wir drängen darauf.“");
    expect(text).toContain("realitätsfremd…");
    expect(text).not.toMatch(/["”]/);
  });

  it("should show the pull quotes with their speakers, hidden from screen readers and search", () => {
    const quotes = selectAll("aside[role=doc-pullquote]", page);
    expect(quotes.map((quote) => toString(select("cite", quote)!))).toEqual([
      "John Kirby",
      "Taher Al-Nono",
      "Benjamin Netanjahu",
    ]);
    for (const quote of quotes) {
      expect(quote.properties["ariaHidden"]).toBe("true");
      expect(quote.properties["dataPagefindIgnore"]).toBe("");
      expect(select("blockquote", quote)).toBeDefined();
    }
  });

  it("should have one headline, the standfirst, source and a German date", () => {
    expect(textOf(page, "h1")).toEqual(["Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten"]);
    expect(textOf(page, "[data-kiosk=standfirst]")[0]).toMatch(/^Erstmals seit mehr als einem Monat/);
    expect(textOf(page, "[data-kiosk=source]")[0]).toContain("Reuters");
    const time = select("[data-kiosk=date] time", page)!;
    expect(time.properties["dateTime"]).toBe("2023-12-20");
    expect(toString(time)).toBe("20. Dezember 2023");
    expect(textOf(page, "[data-kiosk=reading-time]")[0]).toMatch(/^Lesezeit: \d+ Min\.$/);
  });

  it("should be German and carry no inline script but the reader settings, its speculation rules and its JSON-LD data", () => {
    expect(select("html", page)!.properties["lang"]).toBe("de");
    const inline = selectAll("script:not([src])", page);
    expect(inline.map((script) => script.properties["type"] ?? toString(script))).toEqual([
      READER_SETTINGS_SCRIPT,
      "application/ld+json",
      "speculationrules",
    ]);
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/gi)).toEqual([
      "<script>",
      '<script type="application/ld+json">',
      '<script type="speculationrules">',
    ]);
  });
});

describe("the seed article's topics", () => {
  it("should list them apart by commas that are not part of their links", async () => {
    const page = await readPage(dist, PAGE);
    const topics = select("[data-kiosk=article-topics]", page)!;
    expect(normaliseText(toString(topics))).toBe(normaliseText("Themen: Nahost, Gaza-Krieg, Diplomatie"));
    expect(selectAll("a", topics).map((link) => toString(link).trim())).toEqual([
      "Nahost",
      "Gaza-Krieg",
      "Diplomatie",
    ]);
  });
});

describe("the front page and 404", () => {
  it("should link the seed article from the front page", async () => {
    const front = await readPage(dist, "index.html");
    const links = selectAll("[data-kiosk=teaser] h2 a", front).map((a) => a.properties["href"]);
    expect(links).toEqual(["/artikel/haniyeh-gespraeche-waffenruhe-aegypten/"]);
  });

  it("should write a 404 page that links home", async () => {
    const notFound = await readPage(dist, "404.html");
    expect(textOf(notFound, "h1")).toEqual(["Seite nicht gefunden"]);
    expect(selectAll("main a", notFound).map((a) => a.properties["href"])).toContain("/");
  });
});
