import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
