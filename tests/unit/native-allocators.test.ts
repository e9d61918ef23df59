import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { pagefindProgram } from "../../publish/search/pagefind-program.ts";
import { keepFreedMemory } from "../../tools/native-allocators.ts";
import { runProgram } from "../../tools/run-program.ts";

/**
 * The settings that keep the build's native programs from handing freed memory back
 * (tools/native-allocators.ts) are read by the allocators of the installed packages, each
 * asked to print its options: a package that changes its allocator fails here.
 */

const require = createRequire(import.meta.url);
/** Rolldown as Astro's Vite loads it. */
const rolldown = createRequire(require.resolve("vite")).resolve("rolldown");

/** What mimalloc reports of its options when `module` loads its native code under `env`. */
async function mimallocOptions(module: string, env: NodeJS.ProcessEnv): Promise<string> {
  const load = `await import(${JSON.stringify(pathToFileURL(module).href)})`;
  const { exitCode, output } = await runProgram(process.execPath, ["--input-type=module", "--eval", load], {
    env: { ...env, MIMALLOC_VERBOSE: "1" },
    output: "capture",
  }).done;
  expect(exitCode, output).toBe(0);
  return output;
}

describe("the allocators of the build's native code", () => {
  it.each([
    ["resvg, which draws the share cards", require.resolve("@resvg/resvg-js")],
    ["rolldown, Astro's bundler", rolldown],
  ])("%s should keep freed memory (mimalloc never purges)", async (_, module) => {
    expect(await mimallocOptions(module, keepFreedMemory({}))).toMatch(/option 'purge_delay': -1\b/);
  });

  it("should leave an operator's own mimalloc setting as it is", async () => {
    const env = keepFreedMemory({ MIMALLOC_PURGE_DELAY: "25" });
    expect(await mimallocOptions(require.resolve("@resvg/resvg-js"), env)).toMatch(
      /option 'purge_delay': 25\b/,
    );
  });

  it("Pagefind's jemalloc should keep its dirty and muzzy pages", async () => {
    const site = await mkdtemp(join(tmpdir(), "kiosk-allocator-"));
    await mkdir(join(site, "artikel/a"), { recursive: true });
    await writeFile(
      join(site, "artikel/a/index.html"),
      '<html lang="de"><body data-pagefind-body><h1>Hafen gesperrt</h1></body></html>',
    );
    const env = keepFreedMemory({});
    const { exitCode, output } = await runProgram(
      pagefindProgram(),
      ["--site", site, "--output-path", join(site, "pagefind"), "--quiet"],
      // jemalloc prints its options at exit when asked to.
      { env: { _RJEM_MALLOC_CONF: `${env["_RJEM_MALLOC_CONF"]},stats_print:true` }, output: "capture" },
    ).done;
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/opt\.dirty_decay_ms: -1\b/);
    expect(output).toMatch(/opt\.muzzy_decay_ms: -1\b/);
  });
});
