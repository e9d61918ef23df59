import { describe, expect, it } from "vitest";
import { contrastRatio, luminance } from "../helpers/colour.ts";
import { median } from "../helpers/line-lengths.ts";

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
