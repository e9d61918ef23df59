import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { encodePng } from "../../scripts/encode-png.ts";
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
  it("should write pixels a PNG decoder reads back unchanged", async () => {
    const [width, height] = [7, 3];
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < pixels.length; i += 4) pixels.set([i % 251, (i * 7) % 256, 255 - (i % 256), 255], i);
    const png = await encodePng(pixels, width, height);
    // resvg decodes the PNG as an image inside an SVG: a decoder Kiosk did not write.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
    const decoded = new Resvg(svg, { imageRendering: 1 }).render();
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Buffer.from(decoded.pixels)).toEqual(pixels);
  });

  it("should refuse pixels that do not fill the image", async () => {
    await expect(encodePng(Buffer.alloc(10), 2, 2)).rejects.toThrow(
      "expected 2×2 RGBA pixels, found 10 bytes",
    );
  });
});
