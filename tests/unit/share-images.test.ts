import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodePng, type PngImage } from "../../publish/share-images/encode-png.ts";
import { inkPalette, rgb } from "../../publish/share-images/ink-palette.ts";
import { layeredRows, solidLayer } from "../../publish/share-images/layered-image.ts";
import { placeShareImages } from "../../publish/share-images/start-drawing.ts";
import { drawShareImages, readShareImageJobs, recentlyUsed } from "../../publish/share-images/draw.ts";
import { writeOnce } from "../../publish/share-images/write-once.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { decodePng } from "../support/pixels.ts";

/** The PNG's RGBA pixels, by a decoder Kiosk did not write; it must be `width` × `height`. */
function decode(png: Buffer, width: number, height: number): Buffer {
  const decoded = decodePng(png);
  expect([decoded.width, decoded.height]).toEqual([width, height]);
  return Buffer.from(decoded.rgba);
}

describe("share images", () => {
  it("should read a card for every published article and none for drafts", async () => {
    const jobs = await readShareImageJobs(join(ROOT, "tests/fixtures/articles-publishing"));
    expect(jobs.map((job) => job.slug).sort()).toEqual([
      "bruecke-gesperrt",
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
    await placeShareImages(second, site);
    expect((await readdir(join(site, "artikel"))).sort()).toEqual(["a", "b"]);
    const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(size(await readFile(join(site, "artikel/a/vorschau.png")))).toEqual([1200, 630]);
    expect(size(await readFile(join(site, "logo.png")))).toEqual([512, 512]);
  });
});

describe("the share-image cache, shared by builds side by side", () => {
  // A build links each card from the cache into its site. Were a card another build drew
  // as well put in place by a rename, the file being linked could lose its name in the
  // middle of the link, which then fails with ENOENT (docs/decisions/089).
  it("should keep the file of a card that another build draws again", async () => {
    const cache = await mkdtemp(join(tmpdir(), "kiosk-share-cache-"));
    const card = join(cache, "card.png");
    await writeOnce(card, Buffer.from("first"));
    const first = await stat(card);
    await writeOnce(card, Buffer.from("again"));
    expect((await stat(card)).ino).toBe(first.ino);
    expect(await readFile(card, "utf8")).toBe("first");
    expect(await readdir(cache)).toEqual(["card.png"]);
  });
});

describe("encodePng", () => {
  const pattern = (width: number, height: number, seed: number) => {
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < pixels.length; i += 4)
      pixels.set([(i + seed) % 251, (i * 7) % 256, 255 - (i % 256), 255], i);
    return pixels;
  };
  /** A whole RGBA image, as one layer that covers it. */
  const pixelRows = (pixels: Buffer, width: number, height: number) =>
    layeredRows(width, height, Buffer.alloc(4), [{ x: 0, y: 0, width, height, pixels }]);

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
    expect(() => pixelRows(Buffer.alloc(10), 2, 2)).toThrow("layer of 2×2 has 10 bytes for pixels of 4");
  });
});

describe("layeredRows", () => {
  const [paper, red, ink] = [0, 1, 2].map((index) => Buffer.from([index]));
  /** The image as one letter a pixel, row by row. */
  const letters = (image: PngImage) =>
    [...Array(image.height).keys()].map((y) => {
      const row = Buffer.alloc(image.width);
      image.writeRow(y, row, 0);
      return [...row].map((index) => "pri"[index]).join("");
    });

  it("should lay each layer over the background and over the layers before it", () => {
    const image = layeredRows(5, 3, paper!, [solidLayer(0, 0, 5, 1, red!), solidLayer(1, 0, 2, 2, ink!)]);
    expect(letters(image)).toEqual(["riirr", "piipp", "ppppp"]);
  });

  it("should cut a layer that hangs over any edge to the image", () => {
    const image = layeredRows(4, 3, paper!, [solidLayer(-1, 2, 3, 2, ink!), solidLayer(3, -1, 4, 2, red!)]);
    expect(letters(image)).toEqual(["pppr", "pppp", "iipp"]);
  });

  it("should compose RGBA pixels as well as palette indices", () => {
    const image = layeredRows(2, 1, Buffer.from("fdfcf9ff", "hex"), [
      solidLayer(1, 0, 1, 1, Buffer.from("9a1b1bff", "hex")),
    ]);
    const row = Buffer.alloc(8);
    image.writeRow(0, row, 0);
    expect(row.toString("hex")).toBe("fdfcf9ff9a1b1bff");
  });

  it("should refuse a layer whose pixels do not fill it", () => {
    expect(() =>
      layeredRows(2, 2, paper!, [{ x: 0, y: 0, width: 2, height: 2, pixels: Buffer.alloc(3) }]),
    ).toThrow("layer of 2×2 has 3 bytes for pixels of 1");
  });
});

describe("inkPalette", () => {
  const inks = ["#000000", "#c00000"];
  const palette = inkPalette("#ffffff", inks);
  const colour = (index: number) => palette.colours.toString("hex", index * 3, index * 3 + 3);
  /** A premultiplied RGBA pixel of `hex` at coverage `alpha`, as resvg draws one. */
  const drawn = (hex: string, alpha: number) =>
    Buffer.from(
      rgb(hex)
        .map((value) => Math.round((value * alpha) / 255))
        .concat(alpha),
    );

  it("should hold the paper, then each ink in 63 steps from paper to full ink", () => {
    expect(palette.colours.length).toBe((1 + 2 * 63) * 3);
    expect(colour(palette.paper[0]!)).toBe("ffffff");
    expect(colour(palette.solid("#000000")[0]!)).toBe("000000");
    expect(colour(palette.solid("#c00000")[0]!)).toBe("c00000");
  });

  it("should index transparency as paper and each drawn pixel as its ink at its coverage", () => {
    const pixels = Buffer.concat([
      Buffer.alloc(4),
      drawn("#000000", 255),
      drawn("#c00000", 255),
      drawn("#000000", 128),
    ]);
    const [none, black, red, half] = palette.indices(pixels, inks);
    expect(none).toBe(palette.paper[0]);
    expect(black).toBe(palette.solid("#000000")[0]);
    expect(red).toBe(palette.solid("#c00000")[0]);
    // A half-covered black pixel on white is mid-grey, give or take the 63 steps' rounding.
    for (const value of Buffer.from(colour(half!), "hex"))
      expect(Math.abs(value - 127)).toBeLessThanOrEqual(2);
  });

  it("should write a palette PNG a decoder reads back as the blended colours", () => {
    const indices = palette.indices(
      Buffer.concat([drawn("#c00000", 255), drawn("#000000", 128), Buffer.alloc(4)]),
      inks,
    );
    const image = layeredRows(3, 1, palette.paper, [{ x: 0, y: 0, width: 3, height: 1, pixels: indices }]);
    const png = encodePng({ ...image, palette: palette.colours });
    const decoded = decode(png, 3, 1);
    expect(decoded.toString("hex", 0, 4)).toBe("c00000ff");
    expect(decoded.toString("hex", 8, 12)).toBe("ffffffff");
    for (const value of decoded.subarray(4, 7)) expect(Math.abs(value - 127)).toBeLessThanOrEqual(2);
  });

  it("should tell a band's inks apart by the channel they differ in, however little", () => {
    // A navy accent beside the muted grey: red tells them apart, blue would not.
    const band = ["#545454", "#1f3a68"];
    const greys = inkPalette("#fdfcf9", ["#1b1b1b", ...band]);
    const pixels = Buffer.concat([drawn("#545454", 255), drawn("#1f3a68", 255), drawn("#1f3a68", 200)]);
    const [grey, navy, faint] = greys.indices(pixels, band);
    expect(grey).toBe(greys.solid("#545454")[0]);
    expect(navy).toBe(greys.solid("#1f3a68")[0]);
    expect(faint! - navy!).toBeLessThan(0);
    expect(faint).toBeGreaterThan(greys.solid("#545454")[0]!);
    // Two inks alike in every channel are still each drawn in its own.
    const alike = inkPalette("#ffffff", ["#101010", "#202020"]);
    const [dark, light] = alike.indices(Buffer.concat([drawn("#101010", 255), drawn("#202020", 255)]), [
      "#101010",
      "#202020",
    ]);
    expect([dark, light]).toEqual([alike.solid("#101010")[0], alike.solid("#202020")[0]]);
  });

  it("should refuse a band's inks no one channel tells apart, and colours it cannot read", () => {
    const three = ["#000000", "#c00000", "#00c000"];
    expect(() => inkPalette("#ffffff", three).indices(Buffer.alloc(0), three)).toThrow(
      "inks #000000, #c00000, #00c000: no one of their reds, greens or blues tells them apart",
    );
    expect(() => rgb("red")).toThrow('expected a colour as #rrggbb, found "red"');
    expect(() => palette.solid("#123456")).toThrow("#123456 is not one of the palette's inks");
  });
});

describe("recentlyUsed", () => {
  it("should make a value once while its key is among the last used, and forget the oldest", async () => {
    const made: string[] = [];
    const band = recentlyUsed<string>(2);
    const get = (key: string) => band(key, async () => (made.push(key), key.toUpperCase()));
    expect(await Promise.all([get("eu"), get("eu")])).toEqual(["EU", "EU"]);
    await get("nahost");
    await get("eu"); // used again: now the newest
    await get("wirtschaft"); // forgets "nahost", the oldest
    await get("eu");
    await get("nahost");
    expect(made).toEqual(["eu", "nahost", "wirtschaft", "nahost"]);
  });
});
