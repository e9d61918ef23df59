/**
 * The search index: Pagefind reads the built pages (headline, standfirst and body,
 * marked `data-pagefind-body`) and writes its bundle to `pagefind/` in the site.
 * Every page is indexed as German, so English articles are found from the German
 * search page too (docs/decisions/025).
 *
 * Pagefind runs as its command-line program, faster than its Node API's service
 * (docs/decisions/063).
 */
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { join } from "node:path";
import { articlePath } from "../src/lib/urls.ts";
import { runProgram } from "../tools/run-program.ts";

/**
 * Pagefind's binary allocates with jemalloc, which by default keeps freed pages for a
 * while; handing them back at once lowers a large archive's peak memory
 * (docs/decisions/063). An operator's own setting wins.
 */
const ALLOCATOR = { _RJEM_MALLOC_CONF: "dirty_decay_ms:0,muzzy_decay_ms:0" };

/** Only article pages carry `data-pagefind-body`; the others need not be read at all. */
const PAGES = `${articlePath("", "*")}index.html`;

/**
 * The program itself, found as Pagefind's npm wrapper finds it: the wrapper would be one
 * more Node process beside the indexer's largest moment.
 */
function pagefindProgram(): string {
  const beside = createRequire(import.meta.resolve("pagefind"));
  return beside.resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
}

/** Index a built site in place; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const args = ["--site", siteDir, "--glob", PAGES, "--force-language", "de", "--quiet"];
  const pagefind = runProgram(pagefindProgram(), args, {
    env: { ...ALLOCATOR, ...process.env },
    output: "capture",
    install: "run npm install (the package pagefind brings it)",
  });
  const { exitCode, output } = await pagefind.done;
  if (exitCode !== 0) throw new Error(`pagefind exited with code ${exitCode}:\n${output.trim()}`);
  // One fragment file a page: the count of what was indexed, whatever Pagefind prints.
  return (await readdir(join(siteDir, "pagefind/fragment"))).length;
}
