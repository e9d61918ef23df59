import { describe, expect, inject, it } from "vitest";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

// Built by the global setup with KIOSK_CONTENT_DIR=tests/fixtures/articles-two, whose articles carry kickers.
const dist = inject("articlesTwoDist");

/** Each teaser's kicker and the headline right after it, as the page reads them. */
async function teasers(file: string): Promise<[string, string][]> {
  const page = await readPage(dist, file);
  return selectAll("[data-kiosk=teaser]", page).map((teaser) => {
    const headline = select("[data-kiosk=kicker] + :is(h2, h3)", teaser);
    return [textOf(teaser, "[data-kiosk=kicker]").join(), headline ? toString(headline).trim() : ""];
  });
}

describe("the kicker", () => {
  it("should stand just before the article's h1, outside it", async () => {
    const page = await readPage(dist, "artikel/hafen-hamburg-containerumschlag/index.html");
    expect(textOf(page, "[data-kiosk=kicker]")).toEqual(["Hafenwirtschaft"]);
    expect(textOf(page, "[data-kiosk=kicker] + h1").map((text) => text.trim())).toEqual([
      "Hamburger Hafen schlägt weniger Container um",
    ]);
  });

  it("should stand over the headline of the lead and of every teaser on the front page", async () => {
    expect(await teasers("index.html")).toEqual([
      ["Shipping", "Port traffic falls in the third quarter"],
      ["Hafenwirtschaft", "Hamburger Hafen schlägt weniger Container um"],
    ]);
  });

  it("should stand over the headline in a topic page's list", async () => {
    expect(await teasers("themen/wirtschaft/index.html")).toEqual([
      ["Hafenwirtschaft", "Hamburger Hafen schlägt weniger Container um"],
    ]);
  });
});
