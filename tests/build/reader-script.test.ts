import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, inject, it } from "vitest";
import { READER_SETTINGS_SCRIPT } from "../../src/lib/reader-settings-script.ts";
import { readPage, select, selectAll, toString } from "../support/html.ts";

const dist = inject("siteDist");

/** Every HTML file of the build, relative to `dist/`. */
async function htmlFiles(): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith(".html"));
}

/**
 * The search page also loads Pagefind's own UI (docs/decisions/025) and the script that
 * types `?q=` into it (decision 103), from the site.
 */
const SEARCH = {
  page: "suche/index.html",
  scripts: ["/pagefind/pagefind-component-ui.js", "/search-query.js"],
};
/** Article pages also load the share control's script, from the site (docs/decisions/070). */
const SHARE = { pages: /^artikel\/[^/]+\/index\.html$/, script: "/share.js" };

/** The script files a page loads, in order. */
function expectedFiles(file: string): string[] {
  if (file === SEARCH.page) return ["/reader.js", ...SEARCH.scripts];
  return SHARE.pages.test(file) ? ["/reader.js", SHARE.script] : ["/reader.js"];
}

/** Scripts that run: data blocks (JSON-LD, Pagefind's result template) are not scripts. */
function runnable(page: Root): Element[] {
  return selectAll("script", page).filter((script) =>
    ["", "module", "text/javascript"].includes(String(script.properties["type"] ?? "")),
  );
}

describe("script on the built pages", () => {
  it("should run only the reader settings inline, allowed by its hash, and the reader and share scripts from the site", async () => {
    for (const file of await htmlFiles()) {
      const page: Root = await readPage(dist, file);
      const scripts = runnable(page);
      const inline = scripts.filter((script) => !script.properties["src"]);
      expect(
        inline.map((script) => toString(script)),
        file,
      ).toEqual([READER_SETTINGS_SCRIPT]);
      const policy = String(
        select('meta[http-equiv="content-security-policy"]', page)?.properties["content"],
      );
      const hash = createHash("sha256").update(toString(inline[0]!)).digest("base64");
      expect(policy, file).toContain(`'sha256-${hash}'`);
      expect(policy, file).not.toContain("unsafe-inline");
      const external = scripts.filter((script) => script.properties["src"]);
      expect(
        external.map((script) => script.properties["src"]),
        file,
      ).toEqual(expectedFiles(file));
      expect(
        external.map((script) => toString(script)),
        file,
      ).toEqual(external.map(() => ""));
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
    // The search page's scripts load there alone, beside Pagefind's own.
    const searchOnly = new Set(SEARCH.scripts.map((script) => script.slice(1)));
    const scripts = files.filter(
      (file) => /\.m?js$/.test(file) && !file.startsWith("pagefind/") && !searchOnly.has(file),
    );
    expect(scripts).toContain("reader.js");
    expect(scripts).toContain("share.js");
    const bytes = await Promise.all(
      scripts.map(async (file) => gzipSync(await readFile(join(dist, file))).length),
    );
    // The inline settings script rides in every page and counts too.
    const inline = gzipSync(READER_SETTINGS_SCRIPT).length;
    expect(bytes.reduce((sum, size) => sum + size, inline)).toBeLessThanOrEqual(2048);
  });
});
