import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, inject, it } from "vitest";
import { readPage, selectAll, toString } from "../helpers/html.ts";

const dist = inject("siteDist");

/** Every HTML file of the build, relative to `dist/`. */
async function htmlFiles(): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith(".html"));
}

describe("script on the built pages", () => {
  it("should load only the reader script, from the site, on every page", async () => {
    for (const file of await htmlFiles()) {
      const page: Root = await readPage(dist, file);
      const scripts = selectAll("script", page);
      expect(
        scripts.map((script) => script.properties["src"]),
        file,
      ).toEqual(["/reader.js"]);
      expect(
        scripts.map((script) => toString(script)),
        file,
      ).toEqual([""]);
      // A Content-Security-Policy without 'unsafe-inline' forbids inline handlers too.
      const handlers: string[] = [];
      visit(page, "element", (element: Element) => {
        for (const name of Object.keys(element.properties)) if (/^on[A-Z]/.test(name)) handlers.push(name);
      });
      expect(handlers, file).toEqual([]);
    }
  });

  it("should keep all of it within 2 KB gzip", async () => {
    const files = await readdir(dist, { recursive: true });
    const scripts = files.filter((file) => /\.m?js$/.test(file));
    expect(scripts).toContain("reader.js");
    const bytes = await Promise.all(
      scripts.map(async (file) => gzipSync(await readFile(join(dist, file))).length),
    );
    expect(bytes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(2048);
  });
});
