import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { stampedValues } from "../../src/files/file-stamp.ts";

let dir: string;
let store: string;
let reads: string[];
const make = async (path: string) => {
  reads.push(path);
  return (await readFile(path, "utf8")).toUpperCase();
};

/** Write `file` as it was a minute ago, as an editor's file is by the next build. */
async function written(file: string, text: string, minutesAgo = 1): Promise<void> {
  await writeFile(join(dir, file), text);
  const then = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(join(dir, file), then, then);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kiosk-stamps-"));
  store = join(dir, "store.json");
  reads = [];
  await written("a.md", "alpha");
  await written("b.md", "beta");
});

/** One run: the values of `files`, then saved. */
async function run(...files: string[]): Promise<string[]> {
  const values = await stampedValues(store, make);
  const made = await Promise.all(files.map((file) => values.of(join(dir, file))));
  await values.save();
  return made;
}

describe("values kept by file stamp", () => {
  it("should not read an unchanged file again in the next run", async () => {
    expect(await run("a.md", "b.md")).toEqual(["ALPHA", "BETA"]);
    reads = [];
    expect(await run("a.md", "b.md")).toEqual(["ALPHA", "BETA"]);
    expect(reads).toEqual([]);
  });

  it("should read again a file written anew, one whose time changed, and one replaced", async () => {
    await run("a.md", "b.md");
    reads = [];
    await written("a.md", "gamma");
    await utimes(join(dir, "b.md"), new Date(), new Date(Date.now() - 30_000));
    expect(await run("a.md", "b.md")).toEqual(["GAMMA", "BETA"]);
    expect(reads).toEqual([join(dir, "a.md"), join(dir, "b.md")]);
    reads = [];
    // Deleted and written with the same size: a new file.
    await rm(join(dir, "a.md"));
    await written("a.md", "delta");
    expect(await run("a.md")).toEqual(["DELTA"]);
    expect(reads).toEqual([join(dir, "a.md")]);
  });

  it("should not trust the stamp of a file modified within the last second", async () => {
    // Written twice within one tick of the clock, with the same size: the same stamp.
    const tick = new Date(Date.now() - 100);
    await writeFile(join(dir, "a.md"), "epsilon");
    await utimes(join(dir, "a.md"), tick, tick);
    await run("a.md");
    await writeFile(join(dir, "a.md"), "omicron");
    await utimes(join(dir, "a.md"), tick, tick);
    reads = [];
    expect(await run("a.md")).toEqual(["OMICRON"]);
    expect(reads).toEqual([join(dir, "a.md")]);
  });

  it("should keep only the files asked for in the last run", async () => {
    await run("a.md", "b.md");
    await run("a.md");
    reads = [];
    await run("a.md", "b.md");
    expect(reads).toEqual([join(dir, "b.md")]);
  });

  it("should fail on a file that is not there", async () => {
    await expect(run("fehlt.md")).rejects.toThrow(/ENOENT/);
  });
});
