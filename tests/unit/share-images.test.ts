import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { encodePng, pixelRows } from "../../scripts/encode-png.ts";
import { layeredRows, rgba, solidLayer } from "../../scripts/layered-image.ts";
import { drawShareImages, placeShareImages, readShareImageJobs } from "../../scripts/share-images.ts";
import { ROOT } from "../helpers/build-site.ts";

describe("share images", () => {
  it("should read a card for every published article and none for drafts", async () => {
    const jobs = await readShareImageJobs(join(ROOT, "tests/fixtures/articles-publishing"));
    expect(jobs.map((job) => job.slug).sort()).toEqual([
      "eu-gipfel-haushalt",
      "hafen-containerriese",
      "port-report-english",
      "titel-mit-script",
    ]);
    expect(jobs.find((job) => job.slug === "eu-gipfel-haushalt")).toEqual({
      slug: "eu-gipfel-haushalt",
      title: "EU-Gipfel ringt um den Haushalt",
      topic: "EU",
      date: "4. November 2024",
    });
  });

  it("should draw each card once and reuse it while the article is unchanged", async () => {
    const cache = await mkdtemp(join(tmpdir(), "kiosk-share-cache-"));
    const jobs = [
      { slug: "a", title: `Eine Überschrift ${Date.now()}`, topic: "EU", date: "5. November 2024" },
      { slug: "b", title: "Zweite Überschrift", topic: undefined, date: "6. November 2024" },
    ];
    const first = await drawShareImages(jobs, cache);
    expect([first.drawn, first.reused]).toEqual([2, 0]);
    const second = await drawShareImages(jobs, cache);
    expect([second.drawn, second.reused]).toEqual([0, 2]);
    expect(second.files).toEqual(first.files);
    const changed = await drawShareImages([{ ...jobs[0]!, date: "7. November 2024" }, jobs[1]!], cache);
    expect([changed.drawn, changed.reused]).toEqual([1, 1]);

    const site = await mkdtemp(join(tmpdir(), "kiosk-share-site-"));
    await placeShareImages(second.files, site);
    expect((await readdir(join(site, "artikel"))).sort()).toEqual(["a", "b"]);
    const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(size(await readFile(join(site, "artikel/a/vorschau.png")))).toEqual([1200, 630]);
    expect(size(await readFile(join(site, "logo.png")))).toEqual([512, 512]);
  });
});

describe("encodePng", () => {
  const pattern = (width: number, height: number, seed: number) => {
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < pixels.length; i += 4)
      pixels.set([(i + seed) % 251, (i * 7) % 256, 255 - (i % 256), 255], i);
    return pixels;
  };
  /** resvg decodes the PNG as an image inside an SVG: a decoder Kiosk did not write. */
  const decode = (png: Buffer, width: number, height: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
    const decoded = new Resvg(svg, { imageRendering: 1 }).render();
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    return Buffer.from(decoded.pixels);
  };

  it("should write pixels a PNG decoder reads back unchanged", () => {
    const pixels = pattern(7, 3, 0);
    expect(decode(encodePng(pixelRows(pixels, 7, 3)), 7, 3)).toEqual(pixels);
  });

  it("should keep each image whole when a smaller one follows a larger one", () => {
    const large = pattern(40, 30, 1);
    const small = pattern(5, 2, 2);
    const first = encodePng(pixelRows(large, 40, 30));
    const second = encodePng(pixelRows(small, 5, 2));
    expect(decode(first, 40, 30)).toEqual(large);
    expect(decode(second, 5, 2)).toEqual(small);
  });

  it("should refuse pixels that do not fill the image", () => {
    expect(() => pixelRows(Buffer.alloc(10), 2, 2)).toThrow("expected 2×2 RGBA pixels, found 10 bytes");
  });
});

describe("layeredRows", () => {
  const paper = rgba("#fdfcf9");
  const red = rgba("#9a1b1b");
  const ink = rgba("#1b1b1b");
  /** The image as one pixel colour a cell, row by row. */
  const colours = (image: ReturnType<typeof layeredRows>) => {
    const names = new Map([paper, red, ink].map((colour, i) => [colour.toString("hex"), "pri"[i]]));
    return [...Array(image.height).keys()].map((y) => {
      const row = Buffer.alloc(image.width * 4);
      image.writeRow(y, row, 0);
      return [...Array(image.width).keys()]
        .map((x) => names.get(row.toString("hex", x * 4, x * 4 + 4)))
        .join("");
    });
  };

  it("should lay each layer over the background and over the layers before it", () => {
    const image = layeredRows(5, 3, paper, [solidLayer(0, 0, 5, 1, red), solidLayer(1, 0, 2, 2, ink)]);
    expect(colours(image)).toEqual(["riirr", "piipp", "ppppp"]);
  });

  it("should cut a layer that hangs over any edge to the image", () => {
    const image = layeredRows(4, 3, paper, [solidLayer(-1, 2, 3, 2, ink), solidLayer(3, -1, 4, 2, red)]);
    expect(colours(image)).toEqual(["pppr", "pppp", "iipp"]);
  });

  it("should write the encoder a card a decoder reads back", () => {
    const image = layeredRows(6, 4, paper, [solidLayer(0, 0, 6, 1, red), solidLayer(2, 2, 3, 1, ink)]);
    const whole = Buffer.alloc(6 * 4 * 4);
    for (let y = 0; y < 4; y++) image.writeRow(y, whole, y * 6 * 4);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="6" height="4"><image width="6" height="4" href="data:image/png;base64,${encodePng(image).toString("base64")}"/></svg>`;
    expect(Buffer.from(new Resvg(svg, { imageRendering: 1 }).render().pixels)).toEqual(whole);
  });

  it("should refuse a layer whose pixels do not fill it, and a colour it cannot read", () => {
    expect(() =>
      layeredRows(2, 2, paper, [{ x: 0, y: 0, width: 2, height: 2, pixels: Buffer.alloc(4) }]),
    ).toThrow("layer of 2×2 has 4 bytes of pixels");
    expect(() => rgba("red")).toThrow('expected a colour as #rrggbb, found "red"');
  });
});
