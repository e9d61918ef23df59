import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataStore } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_IMAGE } from "../../src/astro-internals.ts";
import { fileStamp } from "../../src/files/file-stamp.ts";
import { entryStamp, importedFiles, photoDigests } from "../../src/loaders/photo-digest.ts";

let root: string;

/** A photo's bytes, written as a minute ago, as an editor's file is by the next build. */
async function photo(name: string, bytes: string): Promise<string> {
  const file = join(root, "articles", "bilder", name);
  await writeFile(file, bytes);
  const then = new Date(Date.now() - 60_000);
  await utimes(file, then, then);
  return file;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kiosk-photo-digest-"));
  await mkdir(join(root, "articles", "bilder"), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** An entry as glob() stores it: the lead photo in its data, a body image among its imports. */
const entry = {
  id: "hafen",
  filePath: "articles/hafen.md",
  digest: "markdown-digest",
  data: { title: "Hafen", image: { src: `${DATA_IMAGE.prefix}./bilder/hafen.jpg`, alt: "Ein Hafen" } },
  assetImports: ["./bilder/karte.png", "~/assets/logo.png"],
};

/** A store that keeps the last entry it was given. */
function keeping(): { store: DataStore; last: () => { digest?: string | number } } {
  let last: { digest?: string | number } = {};
  const store = {
    set: (given: typeof last) => {
      last = given;
      return true;
    },
  } as unknown as DataStore;
  return { store, last: () => last };
}

describe("the photos an article imports", () => {
  it("should be its data's image and its body's, beside its Markdown, and nothing an alias names", () => {
    expect(importedFiles(root, entry)).toEqual([
      join(root, "articles/bilder/karte.png"),
      join(root, "articles/bilder/hafen.jpg"),
    ]);
  });

  it("should be in its stamp: a photo written again changes it, a missing one makes it untrusted", async () => {
    const file = await photo("hafen.jpg", "first photo");
    const before = entryStamp("1:2:3", [file]);
    expect(before).toBe(`1:2:3 ${fileStamp(file)}`);
    await rm(file);
    await photo("hafen.jpg", "second photo, another size");
    expect(entryStamp("1:2:3", [file])).not.toBe(before);
    expect(entryStamp("1:2:3", [join(root, "articles/bilder/none.jpg")])).toBe("");
  });

  it("should be in its digest: the same Markdown with another photo under the same name digests otherwise", async () => {
    const { store, last } = keeping();
    const digests = photoDigests(store, root);
    await photo("hafen.jpg", "first photo");
    await photo("karte.png", "a map");
    digests.set(entry);
    const first = last().digest;
    digests.set(entry);
    expect(last().digest).toBe(first);
    await photo("hafen.jpg", "second photo");
    digests.set(entry);
    expect(last().digest).not.toBe(first);
    expect(first).not.toBe(entry.digest);
  });

  it("should leave the digest of an entry that imports nothing as glob() made it", () => {
    const { store, last } = keeping();
    photoDigests(store, root).set({ ...entry, data: { title: "Ohne Foto" }, assetImports: [] });
    expect(last().digest).toBe(entry.digest);
  });
});
