import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROP_RATIOS, cropSizes, SHARE_PHOTO_WIDTH } from "../../src/metadata/share-photo.ts";

const source = fc.record({
  width: fc.integer({ min: 16, max: 8000 }),
  height: fc.integer({ min: 16, max: 8000 }),
});

describe("cropSizes", () => {
  it("should cut each ratio Google asks for exactly, never wider than the share width or larger than the source", () => {
    fc.assert(
      fc.property(source, (photo) => {
        const crops = cropSizes(photo);
        expect(crops).toHaveLength(CROP_RATIOS.length);
        for (const [index, { width, height }] of crops.entries()) {
          const [across, down] = CROP_RATIOS[index]!;
          expect(width * down).toBe(height * across);
          expect(width).toBeLessThanOrEqual(Math.min(SHARE_PHOTO_WIDTH, photo.width));
          expect(height).toBeLessThanOrEqual(photo.height);
          // The largest such crop: one step of the ratio more would break a limit.
          const [wider, taller] = [width + across, height + down];
          expect(wider > SHARE_PHOTO_WIDTH || wider > photo.width || taller > photo.height).toBe(true);
        }
      }),
    );
  });

  it("should be as wide as the share width when the source allows", () => {
    expect(cropSizes({ width: 4000, height: 3000 }).map(({ width }) => width)).toEqual(
      CROP_RATIOS.map(() => SHARE_PHOTO_WIDTH),
    );
  });
});
