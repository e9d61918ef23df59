import { describe, expect, it } from "vitest";
import { photoWidths } from "../../src/lib/photo-widths.ts";

describe("the widths a photo is offered in", () => {
  it("should be those asked for when the photo is wider than all of them", () => {
    expect(photoWidths([160, 320, 480, 800], 1600)).toEqual([160, 320, 480, 800]);
  });

  it("should end at the photo's own width, as Astro's image service ends them, when it is narrower", () => {
    expect(photoWidths([480, 800, 1200], 1000)).toEqual([480, 800, 1000]);
    expect(photoWidths([160, 320, 480, 800], 800)).toEqual([160, 320, 480, 800]);
    expect(photoWidths([480, 800, 1200], 300)).toEqual([300]);
  });

  it("should be in ascending order", () => {
    expect(photoWidths([800, 160, 480], 1600)).toEqual([160, 480, 800]);
  });
});
