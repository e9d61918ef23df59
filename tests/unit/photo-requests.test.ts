import { describe, expect, it } from "vitest";
import { photoRequests } from "../../src/lib/photo-requests.ts";

const wide = { width: 1600, height: 900 };
const narrow = { width: 800, height: 450 };

describe("the images a photo is asked for in", () => {
  it("should be one a width, each of the photo's shape, and one at its own size for src", () => {
    expect(photoRequests(wide, [160, 320, 480, 800])).toEqual([
      { src: wide, width: 160, height: 90, format: "webp" },
      { src: wide, width: 320, height: 180, format: "webp" },
      { src: wide, width: 480, height: 270, format: "webp" },
      { src: wide, width: 800, height: 450, format: "webp" },
      { src: wide, format: "webp" },
    ]);
  });

  it("should ask for the photo's own size once when the widest width is its own", () => {
    expect(photoRequests(narrow, [480, 800, 1200])).toEqual([
      { src: narrow, width: 480, height: 270, format: "webp" },
      { src: narrow, width: 800, height: 450, format: "webp" },
    ]);
  });

  it("should round a height that the width does not divide", () => {
    expect(photoRequests({ width: 1000, height: 667 }, [160])[0]).toMatchObject({ width: 160, height: 107 });
  });
});
