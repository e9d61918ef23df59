import { readFile } from "node:fs/promises";
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
