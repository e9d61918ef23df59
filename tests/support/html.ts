import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";

/** A built page of `dist/`, parsed as a browser would. */
export async function readPage(dist: string, path: string): Promise<Root> {
  return fromHtml(await readFile(join(dist, path), "utf8"));
}

export function textOf(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((element) => toString(element));
}

export { select, selectAll, toString };

/** Every HTML file of a build, relative to `dist` and sorted. */
export async function htmlFiles(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith(".html")).sort();
}

/**
 * One page of each kind a build holds, by the first folder of its path: `index.html`
 * (front page), `artikel/…`, `themen/…`, `seite/…`, `suche/…`, `404.html` and any
 * kind added later.
 */
export async function pageTypes(dist: string): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  for (const file of await htmlFiles(dist)) {
    const type = file.includes("/") ? file.split("/")[0]! : file;
    if (!types.has(type)) types.set(type, file);
  }
  return types;
}

/** @example pageUrl("http://127.0.0.1:8080/nachrichten/", "artikel/a/index.html") // "…/nachrichten/artikel/a/" */
export function pageUrl(siteUrl: string, file: string): string {
  return new URL(file.replace(/(^|\/)index\.html$/, "$1"), siteUrl).href;
}
