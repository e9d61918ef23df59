/**
 * `node bench/search-index.ts [--articles N] [--runs R] [--repeat-text]`: the search index
 * alone, on a site built once from N generated articles (distinct, or with `--repeat-text`
 * the one wire text repeated). Measures, R times each and alternately:
 * every period indexed afresh (no cache); the same pages as one bundle, as Kiosk indexed
 * before its periods; and, with every bundle kept, the index after one new article is
 * added to the newest period. Prints medians of wall time and the peak memory of the
 * indexing process tree (docs/decisions/073).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchSlug, writeBenchArticles } from "./generate-articles.ts";
import { measure, type Measured } from "./measure.ts";
import { median } from "../src/lib/median.ts";
import { indexSearch } from "../build/search-index.ts";
import { runPagefind } from "../build/search/pagefind-program.ts";
import { copyProject, ROOT } from "../tools/project-copy.ts";
import { runProgram } from "../tools/run-program.ts";

const MODES = ["periods", "one-bundle", "one-added"] as const;
type Mode = (typeof MODES)[number];

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    "repeat-text": { type: "boolean", default: false },
    // Internal: one measured indexing, run in a process of its own.
    mode: { type: "string" },
    site: { type: "string" },
    cache: { type: "string" },
  },
});

if (values.mode) {
  const site = values.site!;
  const mode = values.mode as Mode;
  if (mode === "one-bundle") await runPagefind(site, join(site, "pagefind"));
  else
    console.log(
      JSON.stringify(await indexSearch(site, { cacheDir: mode === "one-added" ? values.cache : undefined })),
    );
  process.exit(0);
}

const articles = Number(values.articles);
const runs = Number(values.runs);
const work = await mkdtemp(join(tmpdir(), "kiosk-bench-search-"));
const content = join(work, "articles");
const corpus = await writeBenchArticles(content, articles, { repeatText: values["repeat-text"] });
const root = await copyProject();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...corpus };
const built = await runProgram("npm", ["run", "--silent", "build"], { cwd: root, env, output: "capture" })
  .done;
if (built.exitCode !== 0) throw new Error(`The site does not build:\n${built.output.slice(-3000)}`);
const dist = join(root, "dist");

/** A copy of the built site without its index; with one more article for `one-added`. */
async function site(mode: Mode, run = 0): Promise<string> {
  const dir = join(work, `site-${mode}`);
  await rm(dir, { recursive: true, force: true });
  await cp(dist, dir, { recursive: true });
  await rm(join(dir, "pagefind"), { recursive: true });
  if (mode === "one-added") {
    // The newest article's page, a minute later and with a word of its own in every run,
    // so that no run finds the bundle an earlier one kept: a word added, since a
    // distinct corpus's newest article holds no word that could be swapped for sure.
    const newest = await readFile(join(dist, "artikel", benchSlug(1), "index.html"), "utf8");
    const page = newest
      .replace(/(article:published_time" content=")[^"]+/, "$12024-12-31T17:01:00.000Z")
      .replace("<h1", "<h1 data-kiosk-bench")
      .replace("data-pagefind-body>", `data-pagefind-body><p>Feuerpause${run}</p>`);
    await mkdir(join(dir, "artikel", "meldung-neu"));
    await writeFile(join(dir, "artikel", "meldung-neu", "index.html"), page);
  }
  return dir;
}

const cache = join(work, "cache");
// The kept bundles of the site as it was before the new article.
await indexSearch(await site("periods"), { cacheDir: cache });

const measured: Record<Mode, Measured[]> = { periods: [], "one-bundle": [], "one-added": [] };
for (let run = 0; run < runs; run += 1) {
  for (const mode of MODES) {
    const dir = await site(mode, run);
    const args = [fileURLToPath(import.meta.url), "--mode", mode, "--site", dir, "--cache", cache];
    const result = await measure(process.execPath, args, { cwd: ROOT, env });
    if (result.exitCode !== 0) throw new Error(`${mode} failed:\n${result.output}`);
    measured[mode].push(result);
    console.error(
      `${mode} run ${run + 1}: ${result.seconds.toFixed(2)} s, ${(result.peakRss / 2 ** 20).toFixed(0)} MB ${result.output.trim()}`,
    );
  }
}
console.log(`| ${articles} articles | median wall | peak RSS | runs (s) |\n| --- | ---: | ---: | --- |`);
for (const mode of MODES) {
  const results = measured[mode];
  const seconds = median(results.map((r) => r.seconds)).toFixed(2);
  const peak = (median(results.map((r) => r.peakRss)) / 2 ** 20).toFixed(0);
  console.log(
    `| ${mode} | ${seconds} s | ${peak} MB | ${results.map((r) => r.seconds.toFixed(2)).join(", ")} |`,
  );
}
await rm(work, { recursive: true, force: true });
await rm(root, { recursive: true, force: true });
