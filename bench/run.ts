/**
 * `npm run bench -- [--articles N] [--runs R] [--rebuild] [--publish [--change add|edit|topics|delete]…] [--share-image-cache] [--repeat-text]`:
 * Kiosk against a bare Astro site over the same N generated articles, distinct ones unless
 * `--repeat-text` asks for the one wire text repeated (bench/generate-articles.ts), built cleanly and
 * alternately R times each (default 5). Prints median wall time, time per article, peak memory,
 * output size and, for Kiosk, the search index; with `--rebuild`, also the time to
 * rebuild after editing one article. Clean means no `dist/` and nothing kept between
 * builds (src/kept-stores.ts), drawn share images included; with `--share-image-cache`
 * the drawn images are kept, as a CI that keeps that store would.
 * With `--publish`, one clean build each, then R runs of each change a newsroom publishes
 * (bench/publish.ts); `--change`, given once or more, runs only those changes.
 */
import { appendFile, mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { benchSlug, writeBenchArticles } from "./generate-articles.ts";
import { measure, type Measured } from "./measure.ts";
import { KEPT, SHARE_IMAGES } from "../src/kept-stores.ts";
import { median } from "../src/lib/median.ts";
import { copyProject, ROOT } from "../tools/project-copy.ts";
import { benchPublish, CHANGE_KEYS } from "./publish.ts";
import { reportTable, type SiteRuns } from "./report.ts";

const BASELINE = join(ROOT, "bench/baseline");

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    // Five, not the three the issue asks at least: Kiosk uses both cores, so a busy
    // neighbour on the machine moves its times more than the bare site's.
    runs: { type: "string", default: "5" },
    rebuild: { type: "boolean", default: false },
    publish: { type: "boolean", default: false },
    change: { type: "string", multiple: true, default: [] },
    // For archives where the bare site's rebuilds would take most of the run.
    "kiosk-only": { type: "boolean", default: false },
    "share-image-cache": { type: "boolean", default: false },
    "repeat-text": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(articles) || articles < 1)
  throw new Error(`--articles: expected a count, found "${values.articles}"`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a count, found "${values.runs}"`);
for (const change of values.change)
  if (!CHANGE_KEYS.includes(change))
    throw new Error(`--change: expected one of ${CHANGE_KEYS.join(", ")}, found "${change}"`);

const work = await mkdtemp(join(tmpdir(), "kiosk-bench-"));
// A newsroom's folder of its own: a page's key holds every file beside the settings
// (src/data/page-keys.ts), so the bare site's output must not be among them.
const content = join(work, "newsroom", "articles");
const corpus = await writeBenchArticles(content, articles, { repeatText: values["repeat-text"] });
// A copy of the project, as the build tests use, keeps the benchmark off its own dist/.
const kioskRoot = await copyProject();
const SHARE_IMAGE_CACHE = join(kioskRoot, SHARE_IMAGES);
const bareDist = join(work, "bare-dist");
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...corpus };

const kioskBuild = () =>
  ensure(
    "Kiosk",
    measure("npm", ["run", "--silent", "build"], { cwd: kioskRoot, env, live: join(kioskRoot, "dist") }),
  );
const bareBuild = () =>
  ensure("bare Astro", measure("npx", ["astro", "build", "--outDir", bareDist], { cwd: BASELINE, env }));

const keepImages = values["share-image-cache"];

/** Clean: no output and nothing kept, but the drawn share images when asked to keep them. */
async function cleanKiosk() {
  const images = join(work, "share-images");
  if (keepImages) await rename(SHARE_IMAGE_CACHE, images);
  await Promise.all([join(kioskRoot, "dist"), join(kioskRoot, KEPT)].map(remove));
  if (!keepImages) return;
  await mkdir(dirname(SHARE_IMAGE_CACHE), { recursive: true });
  await rename(images, SHARE_IMAGE_CACHE);
}
async function cleanBare() {
  await Promise.all([bareDist, join(BASELINE, ".astro")].map(remove));
}

const kiosk: SiteRuns = { name: "Kiosk", seconds: [], peakRss: [], distBytes: 0 };
const bare: SiteRuns = { name: "bare Astro", seconds: [], peakRss: [], distBytes: 0 };
const cleanRuns = values.publish ? 1 : runs;
const kind = values["repeat-text"] ? "articles of one repeated text" : "distinct articles";
console.log(`${articles} ${kind} in ${content}; ${cleanRuns} clean builds each, alternating.`);
if (keepImages) {
  console.log("Share images kept between builds: drawing them once first.");
  await remove(SHARE_IMAGE_CACHE);
  await kioskBuild();
}
const kioskOnly = values["kiosk-only"];
for (let run = 1; run <= cleanRuns; run++) {
  for (const [site, clean, build] of [
    [kiosk, cleanKiosk, kioskBuild],
    ...(kioskOnly ? [] : [[bare, cleanBare, bareBuild] as const]),
  ] as const) {
    await clean();
    const result = await build();
    site.seconds.push(result.seconds);
    site.peakRss.push(result.peakRss);
    console.log(`run ${run}: ${site.name} ${result.seconds.toFixed(2)} s, ${mb(result.peakRss)} MB`);
  }
}
kiosk.distBytes = await treeSize(join(kioskRoot, "dist"));
kiosk.searchBytes = await treeSize(join(kioskRoot, "dist/pagefind"));
if (!kioskOnly) {
  bare.distBytes = await treeSize(bareDist);
  console.log(`\n${reportTable(articles, kiosk, bare)}`);
}

if (values.rebuild) {
  // The last clean builds left their caches; one article changes, as an editor's fix would.
  const edited = join(content, `${benchSlug(Math.ceil(articles / 2))}.md`);
  const rebuilds = { kiosk: [] as number[], bare: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    await appendFile(edited, `\nNachtrag ${run}: Die Meldung wurde ergänzt.\n`);
    rebuilds.kiosk.push((await kioskBuild()).seconds);
    rebuilds.bare.push((await bareBuild()).seconds);
  }
  const clean = median(kiosk.seconds);
  const again = median(rebuilds.kiosk);
  console.log(
    `\nRebuild after editing one article: Kiosk ${again.toFixed(2)} s (${((again / clean) * 100).toFixed(0)} % of its clean build), ` +
      `bare Astro ${median(rebuilds.bare).toFixed(2)} s; runs ${rebuilds.kiosk.map((s) => s.toFixed(2)).join(", ")}`,
  );
}
if (values.publish) {
  const table = await benchPublish({
    content,
    articles,
    runs,
    kiosk: kioskBuild,
    bare: kioskOnly ? undefined : bareBuild,
    kioskDist: join(kioskRoot, "dist"),
    only: values.change,
  });
  console.log(`\nPublishing into the archive:\n${table}`);
}
await Promise.all([work, kioskRoot].map(remove));

async function ensure(name: string, running: Promise<Measured>): Promise<Measured> {
  const result = await running;
  if (result.exitCode !== 0) throw new Error(`${name} build failed:\n${result.output}`);
  return result;
}

function remove(path: string) {
  // Retried: a build in another copy of the project may be writing into a shared cache.
  return rm(path, { recursive: true, force: true, maxRetries: 5 });
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

async function treeSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
