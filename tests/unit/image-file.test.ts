import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGO_FORMATS, PHOTO_FORMATS, readImageFile } from "../../src/files/image-file.ts";
import {
  IMAGE_PIXEL_LIMIT,
  IMAGE_SIDE_LIMIT,
  IMAGE_SIZE_LIMIT,
  SVG_SIZE_LIMIT,
} from "../../src/lib/input-limits.ts";
import { jpeg, png } from "../support/image-headers.ts";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 40"/>';
const photo = { formats: PHOTO_FORMATS, where: "next to the article" };
const logo = { formats: LOGO_FORMATS, where: "beside p.yaml" };

let root: string;
let folder: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "kiosk-image-file-"));
  folder = join(root, "artikel");
  mkdirSync(join(folder, "bilder", "ordner.jpg"), { recursive: true });
  writeFileSync(join(folder, "hafen.jpg"), jpeg(1600, 900));
  writeFileSync(join(folder, "bilder", "karte.png"), png(800, 600));
  writeFileSync(join(folder, "exif.jpg"), jpeg(4000, 3000, 3 * 65_533));
  writeFileSync(join(folder, "riesig.png"), png(30_000, 30_000));
  writeFileSync(join(folder, "breit.png"), png(IMAGE_SIDE_LIMIT + 1, 10));
  writeFileSync(
    join(folder, "viele.png"),
    png(IMAGE_SIDE_LIMIT, Math.floor(IMAGE_PIXEL_LIMIT / IMAGE_SIDE_LIMIT) + 1),
  );
  writeFileSync(
    join(folder, "grenze.png"),
    png(IMAGE_SIDE_LIMIT, Math.floor(IMAGE_PIXEL_LIMIT / IMAGE_SIDE_LIMIT)),
  );
  writeFileSync(join(folder, "null.png"), png(0, 10));
  writeFileSync(join(folder, "leer.jpg"), "");
  writeFileSync(join(folder, "text.jpg"), "kein Bild");
  writeFileSync(join(folder, "falsch.jpg"), png(10, 10));
  writeFileSync(join(folder, "gross.jpg"), jpeg(10, 10));
  truncateSync(join(folder, "gross.jpg"), IMAGE_SIZE_LIMIT + 1);
  writeFileSync(join(folder, "logo.svg"), SVG);
  writeFileSync(join(folder, "gross.svg"), SVG + " ".repeat(SVG_SIZE_LIMIT));
  writeFileSync(join(folder, "skript.svg"), '<svg xmlns="http://www.w3.org/2000/svg">\n<script/></svg>');
  writeFileSync(join(root, "draussen.jpg"), jpeg(10, 10));
  symlinkSync(join(root, "draussen.jpg"), join(folder, "link-hinaus.jpg"));
  symlinkSync("/etc/passwd", join(folder, "passwd.png"));
  symlinkSync("hafen.jpg", join(folder, "link-hinein.jpg"));
  symlinkSync("fehlt.jpg", join(folder, "ins-leere.jpg"));
  symlinkSync(root, join(folder, "oben"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("readImageFile", () => {
  it.each([
    ["hafen.jpg", { type: "jpg", width: 1600, height: 900 }],
    ["./bilder/karte.png", { type: "png", width: 800, height: 600 }],
    ["exif.jpg", { type: "jpg", width: 4000, height: 3000 }],
    [
      "grenze.png",
      { type: "png", width: IMAGE_SIDE_LIMIT, height: Math.floor(IMAGE_PIXEL_LIMIT / IMAGE_SIDE_LIMIT) },
    ],
    ["link-hinein.jpg", { type: "jpg", width: 1600, height: 900 }],
  ])("should read the facts of %s", (src, facts) => {
    expect(readImageFile(folder, src, photo)).toEqual(facts);
  });

  it("should read an SVG logo's size from its viewBox", () => {
    expect(readImageFile(folder, "logo.svg", logo)).toEqual({ type: "svg", width: 64, height: 40 });
  });

  it.each([
    ["fehlt.jpg", "file fehlt.jpg does not exist next to the article"],
    ["ins-leere.jpg", "file ins-leere.jpg does not exist next to the article"],
    [
      "/etc/hafen.jpg",
      "/etc/hafen.jpg is an absolute path: name a file next to the article, e.g. ./hafen.jpg",
    ],
    [
      "https://other.example/a.jpg",
      "https://other.example/a.jpg is an address: name a file next to the article",
    ],
    ["../draussen.jpg", "../draussen.jpg leads out of the folder: put the image next to the article"],
    [
      "bilder/../../draussen.jpg",
      "bilder/../../draussen.jpg leads out of the folder: put the image next to the article",
    ],
    [
      "link-hinaus.jpg",
      "link-hinaus.jpg is a link to a file outside the folder: put the image itself next to the article",
    ],
    [
      "oben/draussen.jpg",
      "oben/draussen.jpg is a link to a file outside the folder: put the image itself next to the article",
    ],
    [
      "passwd.png",
      "passwd.png is a link to a file outside the folder: put the image itself next to the article",
    ],
    ["bilder/ordner.jpg", "bilder/ordner.jpg is a folder, not an image file"],
    ["leer.jpg", "leer.jpg is empty (0 bytes)"],
    ["gross.jpg", `gross.jpg has ${IMAGE_SIZE_LIMIT + 1} bytes; Kiosk takes at most ${IMAGE_SIZE_LIMIT}`],
    ["text.jpg", "text.jpg is not a JPEG image"],
    ["falsch.jpg", "falsch.jpg is a PNG image, not JPEG: give it the ending of its format"],
    [
      "riesig.png",
      `riesig.png declares 30000 × 30000 pixels; Kiosk takes at most ${IMAGE_SIDE_LIMIT} a side and ${IMAGE_PIXEL_LIMIT / 1e6} megapixels: scale it down`,
    ],
    ["breit.png", `breit.png declares ${IMAGE_SIDE_LIMIT + 1} × 10 pixels; Kiosk takes at most`],
    [
      "viele.png",
      `viele.png declares ${IMAGE_SIDE_LIMIT} × ${Math.floor(IMAGE_PIXEL_LIMIT / IMAGE_SIDE_LIMIT) + 1} pixels`,
    ],
    ["null.png", "null.png declares 0 × 10 pixels: no picture"],
    [
      "logo.svg",
      "logo.svg must be an image in JPEG, PNG, WebP, AVIF or GIF format (.jpg, .jpeg, .png, .webp, .avif or .gif)",
    ],
  ])("should refuse %s as a photo", (src, message) => {
    expect(readImageFile(folder, src, photo)).toMatch(new RegExp(`^${RegExp.escape(message)}`));
  });

  it.each([
    ["hafen.jpg", "hafen.jpg must be an image in SVG or PNG format (.svg or .png)"],
    [
      "gross.svg",
      `gross.svg has ${SVG.length + SVG_SIZE_LIMIT} bytes; Kiosk takes at most ${SVG_SIZE_LIMIT}`,
    ],
    ["skript.svg", "skript.svg:2: <script> is not allowed in a logo"],
  ])("should refuse %s as a logo", (src, message) => {
    expect(readImageFile(folder, src, logo)).toMatch(new RegExp(`^${RegExp.escape(message)}`));
  });
});
