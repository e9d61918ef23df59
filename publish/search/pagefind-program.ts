/**
 * Pagefind's command-line program, run on one folder of pages: faster than its Node API's
 * service (docs/decisions/063). Every page is indexed in the publication's language, the
 * language of its search page, so articles in another language are found from it too and
 * words are stemmed as the newsroom's readers type them (docs/decisions/025).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { SEGMENTS } from "../../src/consts.ts";
import { interfaceLanguage } from "../../src/interface/strings.ts";
import { keepFreedMemory } from "../../tools/native-allocators.ts";
import { runProgram } from "../../tools/run-program.ts";

/** Only article pages carry `data-pagefind-body`; the others need not be read at all. */
const PAGES = `${SEGMENTS.article}/*/index.html`;

/** What Pagefind is told besides its folders: part of every bundle's cache key. */
export function pagefindArgs(language: string = interfaceLanguage()): string[] {
  return ["--glob", PAGES, "--force-language", language, "--quiet"];
}

/**
 * The program itself, found as Pagefind's npm wrapper finds it: the wrapper would be one
 * more Node process beside the indexer's largest moment.
 */
export function pagefindProgram(): string {
  const beside = createRequire(import.meta.resolve("pagefind"));
  return beside.resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
}

/** The version of the program, from the package that brings it. */
export async function pagefindVersion(): Promise<string> {
  const manifest = join(dirname(dirname(pagefindProgram())), "package.json");
  return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
}

/** Index the pages under `siteDir` into the bundle folder `outputDir`; `signal` stops it. */
export async function runPagefind(siteDir: string, outputDir: string, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const args = ["--site", siteDir, "--output-path", outputDir, ...pagefindArgs()];
  const pagefind = runProgram(pagefindProgram(), args, {
    env: keepFreedMemory(),
    output: "capture",
    install: "run npm install (the package pagefind brings it)",
  });
  // The build's one signal outlives every period: each run takes its listener away again.
  const stop = () => pagefind.stop();
  signal?.addEventListener("abort", stop, { once: true });
  const { exitCode, output } = await pagefind.done.finally(() => signal?.removeEventListener("abort", stop));
  if (exitCode !== 0) throw new Error(`pagefind exited with code ${exitCode}:\n${output.trim()}`);
}
