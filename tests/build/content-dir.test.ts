import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../helpers/build-site.ts";
import { readPage, select, textOf, toString } from "../helpers/html.ts";

describe("KIOSK_CONTENT_DIR", () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite({ KIOSK_CONTENT_DIR: "tests/fixtures/articles-two" });
  });

  it("should build the articles of that folder and not the seed", async () => {
    expect(site.exitCode, site.output).toBe(0);
    expect((await readdir(join(site.dist, "artikel"))).sort()).toEqual([
      "hafen-hamburg-containerumschlag",
      "harbour-report-english",
    ]);
    const front = await readPage(site.dist, "index.html");
    expect(textOf(front, "[data-kiosk=teaser] h2")).toEqual([
      "Port traffic falls in the third quarter",
      "Hamburger Hafen schlägt weniger Container um",
    ]);
  });

  it("should set English typography and lang for an English article", async () => {
    const page = await readPage(site.dist, "artikel/harbour-report-english/index.html");
    expect(select("html", page)!.properties["lang"]).toBe("en");
    expect(toString(select(".article-body", page)!)).toContain(
      "“Global demand is weak,” a spokesman said — and he didn’t",
    );
  });

  it("should show the dateline and German quotes in a German article", async () => {
    const page = await readPage(site.dist, "artikel/hafen-hamburg-containerumschlag/index.html");
    expect(textOf(page, "[data-kiosk=dateline]")).toEqual(["Hamburg"]);
    expect(toString(select(".article-body", page)!)).toContain("„Die Weltkonjunktur bremst uns“, sagte");
    expect(select("[data-kiosk=date] time", page)!.properties["dateTime"]).toBe("2024-11-05T09:15:00.000Z");
  });
});
