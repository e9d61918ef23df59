/**
 * The articles' rendered HTML, one file an article outside Astro's content store, which
 * keeps only each file's key (docs/decisions/107). A key is a hash of what the render
 * gave the page, so equal keys are equal pages and a file once written never changes:
 * written atomically, it is whole or absent. Files sit under Astro's `cacheDir`
 * (astro.config.mjs), in folders by the key's first two characters, so that no folder
 * holds a whole archive.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { RENDERED_HTML } from "../kept-stores.ts";

const SUFFIX = ".html";

/** The field of an entry's data that holds the key of its HTML. */
const KEY_FIELD = "html";

/** The key of the HTML of an entry with `data`, if it was rendered. */
export function keyIn(data: Record<string, unknown> | undefined): string | undefined {
  const key = data?.[KEY_FIELD];
  return typeof key === "string" ? key : undefined;
}

/** `data` naming the HTML of `key`. */
export function withKey<T extends Record<string, unknown>>(data: T, key: string): T {
  return { ...data, [KEY_FIELD]: key };
}

/**
 * The key of a rendering: its HTML and what remark plugins added beside it.
 *
 * @example htmlKey("<p>Text.</p>", { readingMinutes: 1 }).length // 32
 */
export function htmlKey(html: string, added: Record<string, unknown>): string {
  return createHash("sha256")
    .update(html)
    .update("\0")
    .update(JSON.stringify(added))
    .digest("hex")
    .slice(0, 32);
}

/** The file of `key` in `folder`. */
export function htmlFile(folder: string, key: string): string {
  return join(folder, key.slice(0, 2), `${key}${SUFFIX}`);
}

/**
 * Keep `html` as the file of `key`, unless it is there already. Synchronous: the content
 * loader must not yield while it loads (docs/decisions/087).
 */
export function writeHtml(folder: string, key: string, html: string): void {
  const file = htmlFile(folder, key);
  if (existsSync(file)) return;
  mkdirSync(join(file, ".."), { recursive: true });
  const writing = `${file}.${process.pid}`;
  writeFileSync(writing, html);
  renameSync(writing, file);
}

/** The HTML of `key`, from the folder of the project Astro runs in. */
export function readHtml(key: string): string {
  return readFileSync(htmlFile(resolve(RENDERED_HTML), key), "utf8");
}

/** Remove the files of `keys`. */
export function removeHtml(folder: string, keys: Iterable<string>): void {
  for (const key of keys) rmSync(htmlFile(folder, key), { force: true });
}

/** Remove every file in `folder` but those of the keys `kept`, half-written ones too. */
export function removeAllBut(folder: string, kept: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !kept.has(entry.name.slice(0, -SUFFIX.length)))
      rmSync(join(entry.parentPath, entry.name), { force: true });
  }
}
