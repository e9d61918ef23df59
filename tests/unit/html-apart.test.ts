import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataStore } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { htmlApart } from "../../src/loaders/html-apart.ts";
import { htmlFile, keyIn, writeHtml } from "../../src/loaders/rendered-html.ts";

type Entry = Parameters<DataStore["set"]>[0];

let folder: string;
let entries: Map<string, Entry>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "kiosk-html-apart-"));
  entries = new Map();
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Astro's store as a loader sees it: an entry with the digest it has is left as it is. */
function astroStore(): DataStore {
  return {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    entries: () => [...entries],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addModuleImport: () => undefined,
  } as DataStore;
}

/** An entry as glob() hands it over, rendered from `text`. */
function rendered(id: string, text: string): Entry {
  return {
    id,
    data: { title: `Titel ${id}` },
    filePath: `articles/${id}.md`,
    digest: createHash("sha256").update(text).digest("hex"),
    rendered: {
      html: `<p>${text}</p>`,
      metadata: { frontmatter: { title: `Titel ${id}`, readingMinutes: 2 }, headings: [] },
    },
  };
}

const fileOf = (id: string) => htmlFile(folder, keyIn(entries.get(id)?.data)!);

describe("a content store that keeps the HTML apart", () => {
  it("should keep an entry's HTML in a file, and in the store only its data, the file's key and the plugins' frontmatter", () => {
    const { store } = htmlApart(astroStore(), folder);
    store.set(rendered("a", "Der Hafen ist gesperrt."));
    const entry = entries.get("a")!;
    expect(entry.rendered).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain("Der Hafen");
    expect(entry.data).toEqual({ title: "Titel a", readingMinutes: 2, html: keyIn(entry.data) });
    expect(readFileSync(fileOf("a"), "utf8")).toBe("<p>Der Hafen ist gesperrt.</p>");
  });

  it("should name another file when the text changes, and the same file for the same rendering", () => {
    const { store } = htmlApart(astroStore(), folder);
    store.set(rendered("a", "Erste Fassung."));
    store.set(rendered("b", "Erste Fassung."));
    expect(fileOf("b")).toBe(fileOf("a"));
    store.set(rendered("a", "Zweite Fassung."));
    expect(fileOf("b")).not.toBe(fileOf("a"));
    expect(readFileSync(fileOf("a"), "utf8")).toBe("<p>Zweite Fassung.</p>");
  });

  it("should remove a replaced or deleted entry's HTML once no entry names it", () => {
    const html = htmlApart(astroStore(), folder);
    html.store.set(rendered("a", "Erste Fassung."));
    html.store.set(rendered("b", "Erste Fassung."));
    const first = fileOf("a");
    html.store.set(rendered("a", "Zweite Fassung."));
    html.removeUnused(false);
    expect(existsSync(first)).toBe(true);
    html.store.delete("b");
    html.removeUnused(false);
    expect(existsSync(first)).toBe(false);
    expect(existsSync(fileOf("a"))).toBe(true);
  });

  it("should remove every file no entry names, half-written ones too, after a sync from an empty store", () => {
    const html = htmlApart(astroStore(), folder);
    html.store.set(rendered("a", "Erste Fassung."));
    const stray = htmlFile(folder, "0".repeat(32));
    writeHtml(folder, "0".repeat(32), "<p>Alt.</p>");
    writeFileSync(`${fileOf("a")}.4242`, "<p>Ers");
    html.removeUnused(true);
    expect([existsSync(fileOf("a")), existsSync(stray), existsSync(`${fileOf("a")}.4242`)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("should keep an entry whose Markdown failed without a key, and remove the HTML it had", () => {
    const html = htmlApart(astroStore(), folder);
    html.store.set(rendered("a", "Erste Fassung."));
    const first = fileOf("a");
    html.store.set({ id: "a", data: { title: "Titel a" }, digest: "kaputt" });
    html.removeUnused(false);
    expect(keyIn(entries.get("a")?.data)).toBeUndefined();
    expect(existsSync(first)).toBe(false);
  });
});
