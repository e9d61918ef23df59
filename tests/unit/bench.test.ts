import { mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeBenchArticles } from "../../bench/generate-articles.ts";
import { measure } from "../../bench/measure.ts";
import { reportTable } from "../../bench/report.ts";
import { median } from "../../src/lib/median.ts";
import { checkCollection } from "../../src/check/check-collection.ts";
import { ROOT } from "../../tools/project-copy.ts";

describe("the benchmark corpus", () => {
  it("should be valid articles with their own headline, date and topics and two pull quotes each", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-bench-corpus-"));
    await writeBenchArticles(dir, 13);
    expect(await checkCollection(dir)).toEqual([]);
    const files = await Promise.all((await readdir(dir)).map((name) => readFile(join(dir, name), "utf8")));
    const field = (name: string) =>
      new Set(files.map((text) => new RegExp(`^${name}: (.*)$`, "m").exec(text)![1]));
    expect(field("title").size).toBe(13);
    expect(field("date").size).toBe(13);
    expect(files.every((text) => text.match(/^:::pullquote\{/gm)?.length === 2)).toBe(true);
    const topics = new Set(
      files.flatMap((text) => [...text.matchAll(/^ {2}- (.*)$/gm)].map((match) => match[1])),
    );
    expect(topics.size).toBeGreaterThanOrEqual(10);
  });
});

describe("the benchmark report", () => {
  it("should take the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow("median of no values");
  });

  it("should print a row per site and the ratio of the medians", () => {
    const MB = 1024 * 1024;
    const table = reportTable(
      1000,
      {
        name: "Kiosk",
        seconds: [12, 15, 13],
        peakRss: [900 * MB, 1000 * MB],
        distBytes: 70 * MB,
        searchBytes: 3 * MB,
      },
      { name: "bare Astro", seconds: [10, 9, 11], peakRss: [700 * MB], distBytes: 6 * MB },
    );
    expect(table).toContain(
      "| Kiosk | 13.00 s | 13.00 ms | 1000 MB | 70.0 MB | 3.0 MB | 12.00, 15.00, 13.00 |",
    );
    expect(table).toContain("| bare Astro | 10.00 s | 10.00 ms | 700 MB | 6.0 MB | – | 10.00, 9.00, 11.00 |");
    expect(table).toMatch(/ratio Kiosk\/bare Astro of the medians: 1\.30$/);
  });
});

describe("the benchmark's measurement", () => {
  it("should count the memory of a child's children", async () => {
    // A grandchild holds 150 MB for a second; its parent holds next to nothing.
    const grandchild = `const b = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => b.length, 1000);`;
    const child = `require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" });`;
    const result = await measure(process.execPath, ["-e", child], { cwd: ROOT, env: process.env });
    expect(result.exitCode).toBe(0);
    expect(result.peakRss).toBeGreaterThan(150 * 2 ** 20);
  });

  it("should tell when the watched folder was replaced, before the command ended", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiosk-live-"));
    await mkdir(join(root, "dist"));
    await mkdir(join(root, "neu"));
    // The swap after 300 ms; the command goes on for a second.
    const child = `setTimeout(() => require("node:fs").renameSync("neu", "dist"), 300); setTimeout(() => {}, 1000);`;
    const result = await measure(process.execPath, ["-e", child], {
      cwd: root,
      env: process.env,
      live: join(root, "dist"),
    });
    expect(result.exitCode).toBe(0);
    expect(result.liveSeconds).toBeGreaterThanOrEqual(0.3);
    expect(result.liveSeconds).toBeLessThan(0.8);
    expect(result.seconds).toBeGreaterThanOrEqual(1);
  });
});
