import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { contrastRatio, luminance } from "../support/colour.ts";
import { median } from "../../src/lib/median.ts";
import { subresources } from "../support/page-weight.ts";

describe("the browser tests' measures", () => {
  it.each([
    ["rgb(0, 0, 0)", "rgb(255, 255, 255)", 21],
    ["rgb(255, 255, 255)", "rgb(0, 0, 0)", 21],
    ["rgb(118, 118, 118)", "rgb(255, 255, 255)", 4.54],
    ["rgba(20, 20, 20, 1)", "rgb(20, 20, 20)", 1],
  ])("should rate %s on %s at %f:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it("should refuse a colour it cannot read", () => {
    expect(() => luminance("light-dark(#000, #fff)")).toThrow(/expected rgb/);
  });

  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[70], 70],
  ])("should take the median of %j as %f", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("subresources", () => {
  const page = fromHtml(`<!doctype html><html><head>
    <link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="/print.css" media="print">
    <script src="/blocking.js"></script><script defer src="/later.js"></script>
    <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="https://cdn.example/x.css">
    <style>@font-face { src: url("/fonts/serif.woff2") format("woff2") }</style>
  </head><body><img src="/bild.jpg" srcset="/bild-800.jpg 800w, /bild-1600.jpg 1600w"></body></html>`);

  it("should tell what blocks the first paint from what loads after it, local files only", () => {
    expect(subresources(page)).toEqual({
      blocking: ["site.css", "blocking.js"],
      later: [
        "later.js",
        "print.css",
        "favicon.svg",
        "bild.jpg",
        "bild-800.jpg",
        "bild-1600.jpg",
        "fonts/serif.woff2",
      ],
    });
  });

  it("should read paths under the base path", () => {
    const based = fromHtml(`<head><link rel="stylesheet" href="/nachrichten/site.css"></head>`);
    expect(subresources(based, "/nachrichten/").blocking).toEqual(["site.css"]);
  });
});
