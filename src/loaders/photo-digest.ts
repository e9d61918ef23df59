/**
 * The photos an article imports belong to its digest and to its stamp. `glob()` digests
 * an entry from its Markdown alone, so a photo replaced under the same file name
 * changed no key: the incremental build kept the old photo, where a clean build shows
 * the new one. Here an entry's digest also covers the bytes of every file it imports,
 * and its stamp the stamps of those files (src/files/file-stamp.ts).
 */
import type { DataStore } from "astro/loaders";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DATA_IMAGE } from "../astro-internals.ts";
import { fileStamp } from "../files/file-stamp.ts";

type StoredEntry = Pick<Parameters<DataStore["set"]>[0], "data" | "filePath" | "assetImports">;

/** The files an entry imports, its data's images and its body's, as absolute paths. */
export function importedFiles(root: string, { data, filePath, assetImports = [] }: StoredEntry): string[] {
  if (!filePath) return [];
  const imports = new Set(assetImports);
  collectDataImages(data, imports);
  const folder = dirname(join(root, filePath));
  // Only paths beside the Markdown: an alias or a package would be Vite's to resolve.
  return [...imports].filter((path) => path.startsWith(".")).map((path) => join(folder, path));
}

function collectDataImages(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (value.startsWith(DATA_IMAGE.prefix)) into.add(value.slice(DATA_IMAGE.prefix.length));
  } else if (Array.isArray(value)) for (const item of value) collectDataImages(item, into);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) collectDataImages(item, into);
}

/** The stamp of a Markdown file and of the files its entry imports; empty when one cannot be trusted. */
export function entryStamp(markdownStamp: string, files: readonly string[]): string {
  const stamps = [markdownStamp, ...files.map(stampOf)];
  return stamps.includes("") ? "" : stamps.join(" ");
}

function stampOf(file: string): string {
  try {
    return fileStamp(file);
  } catch {
    return "";
  }
}

/** A store whose entries' digests cover the bytes of the files they import. */
export function photoDigests(store: DataStore, root: string): DataStore {
  return {
    ...store,
    set(entry) {
      const files = importedFiles(root, entry);
      if (!entry.digest || files.length === 0) return store.set(entry);
      const hash = createHash("sha256").update(String(entry.digest));
      for (const file of files) hash.update("\0").update(readOrMissing(file));
      return store.set({ ...entry, digest: hash.digest("base64url") });
    },
  };
}

function readOrMissing(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    // Astro's image import reports the missing file; the digest only has to differ.
    return "missing";
  }
}
