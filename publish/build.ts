/**
 * `npm run build`: check every article and build into a folder of its own, and only when
 * all of it succeeded put that folder in place of `dist/`. A failed build leaves the
 * previous `dist/` exactly as it was; what an interrupted one left is tidied first.
 *
 * Phases: lock → recover → render (astro build) beside check and draw (share images),
 * each in a process of its own, the check and the drawing at a lower priority → assemble
 * (a publish: what Astro wrote beside links to the unchanged published pages) → index
 * (Pagefind) beside the drawing, then place the images → publish (swap into `dist/`) →
 * keep (the replaced site, as the next publish's folder) → unlock. A failed check stops
 * the others at once; nothing is published unless all succeed. A publish into a site
 * that has a search index swaps its pages in first, with that index, then indexes and
 * swaps again: news is live without waiting for the index. One build at a time: a
 * second one in the same folder waits for the first to end.
 */
import { existsSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTENT_STORE, unpinnedAstro } from "../src/astro-internals.ts";
import { MANIFEST, manifestPages } from "../src/integrations/manifest-pages.ts";
import { onThread } from "../src/integrations/published-pages-thread.ts";
import { filesUnder, mirrorFiles } from "../src/files/link-files.ts";
import { displayPath } from "../src/files/display-path.ts";
import { markdownFiles } from "../src/files/markdown-files.ts";
import { ARTICLES, siteConfig } from "../src/settings/site-config.ts";
import { ASTRO_CACHE, KEPT, KEPT_PLACEHOLDERS, SEARCH_BUNDLES, SHARE_IMAGES } from "../src/kept-stores.ts";
import { runProgram } from "../tools/run-program.ts";
import { assembleOutput } from "./assemble-output.ts";
import { limitReached, ONE_STRING, oneStringFilling } from "./limit-reached.ts";
import { takeBuildLock } from "./build-lock.ts";
import {
  forgetPublishedManifest,
  keepPublishedManifest,
  restorePublishedManifest,
} from "./incremental-state.ts";
import {
  assemblyFolder,
  keepForNextBuild,
  recoverOutput,
  removeTrash,
  replaceOutput,
  stagingFolder,
  takeKeptFolder,
} from "./output-folder.ts";
import { writeSearchIndex } from "./search-index.ts";
import { searchIndexFailure } from "./search/index-failure.ts";
import { SEARCH_FOLDER } from "./search/place-bundles.ts";
import { linkTree } from "../tools/link-tree.ts";
import { keepFreedMemory } from "../tools/native-allocators.ts";
import type { DrawnShareImages } from "./share-images/draw.ts";
import { drawShareImagesAside, placeShareImages } from "./share-images/start-drawing.ts";

const DIST = "dist";
const CHECK = fileURLToPath(new URL("../cli/check.ts", import.meta.url));
/**
 * How long a build waits for another one in the same folder: publishes overlap in a
 * newsroom, and the one that waits then publishes the content as it is by then. A clean
 * build of a large archive may take this long (docs/decisions/069).
 */
const WAIT_FOR_OTHER_BUILD_MS = 30 * 60_000;
/** Where Astro builds; on a publish, among placeholders for the published pages. */
const staging = stagingFolder(".");
/** Where a publish puts its site together: links to the published pages, and what Astro wrote. */
const assembly = assemblyFolder(".");
let interrupted = false;

async function stop(message: string): Promise<never> {
  // A step that failed because an interruption stopped it: the interruption reports and exits.
  if (interrupted) return new Promise<never>(() => undefined);
  await removeBuildFolders();
  console.error(`${message} ${DIST}/ is unchanged.`);
  process.exit(1);
}

async function removeBuildFolders(): Promise<void> {
  await Promise.all([staging, assembly].map((folder) => rm(folder, { recursive: true, force: true })));
}

/** Run a step and say how long it took. */
async function timed<T>(step: Promise<T>, describe: (result: T) => string): Promise<T> {
  const begin = performance.now();
  const result = await step;
  console.log(`${describe(result)} in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  return result;
}

/** A step's outcome as a value, so a failure waits until nothing else still writes. */
function settle<T>(step: Promise<T>): Promise<{ value: T } | { error: Error }> {
  return step.then(
    (value) => ({ value }),
    (error: Error) => ({ error }),
  );
}

// Lock: held until the swap is done, and removed however this process ends.
const lock = await takeBuildLock(".", {
  waitMs: WAIT_FOR_OTHER_BUILD_MS,
  onWait: (pid) => console.error(`Build: waiting for another build (pid ${pid}) in this folder to end`),
}).catch((error: Error) => {
  console.error(`Build stopped: ${error.message} ${DIST}/ is unchanged.`);
  process.exit(1);
});

// Recover: put back what an interrupted build left.
for (const line of await recoverOutput(DIST, ".")) console.error(`Build: ${line}`);

// Reuse: only what changed is rendered again, unless asked to build from nothing. The
// site is put together in the folder the last publish kept, which holds links to most
// of the pages already; the rest are linked while Astro works.
const unpinned = unpinnedAstro();
if (unpinned)
  console.error(
    `Build: Astro ${unpinned.installed} is installed, not ${unpinned.pinned} as package.json pins: building from nothing (npm install installs ${unpinned.pinned}).`,
  );
const clean = process.argv.includes("--clean") || unpinned !== undefined;
if (clean) await rm(KEPT, { recursive: true, force: true });
const reuse = !clean && (await restorePublishedManifest(ASTRO_CACHE, DIST));
if (reuse) await takeKeptFolder(".", assembly, DIST);
// Astro builds among the placeholders the last publish left; a clean build in an empty folder.
if (reuse && existsSync(KEPT_PLACEHOLDERS)) await rename(KEPT_PLACEHOLDERS, staging);
const linking = reuse
  ? settle(onThread({ kind: "links", manifest: join(ASTRO_CACHE, MANIFEST), from: DIST, to: assembly }))
  : undefined;
/** The folder that is published: Astro's own on a clean build. */
const site = reuse ? assembly : staging;
// The sites earlier builds replaced are deleted while this one works.
const trashRemoved = settle(removeTrash("."));

const { contentDir } = siteConfig();
// The check's lines name each file and folder: the articles, the settings or what is beside them.
const CHECK_FAILED = "Build stopped: fix the problems above.";
const env = {
  ASTRO_TELEMETRY_DISABLED: "1",
  ...process.env,
  KIOSK_PUBLISHED_SITE: reuse ? DIST : "",
};

/**
 * Astro holds its whole content store in one heap: at 100,000 articles it outgrows Node's
 * default limit of about 4 GB (docs/decisions/080). An operator's own limit wins.
 */
const ASTRO_HEAP_MB = 8192;
const nodeOptions = process.env["NODE_OPTIONS"] ?? "";
const astroEnv = {
  // Its bundler and compiler allocate with mimalloc (docs/decisions/119).
  ...keepFreedMemory(env),
  NODE_OPTIONS: nodeOptions.includes("--max-old-space-size")
    ? nodeOptions
    : `${nodeOptions} --max-old-space-size=${ASTRO_HEAP_MB}`.trim(),
};

/** Stops the search index of a build that stops. */
const indexStop = new AbortController();

// Render, check and draw side by side. Astro, the longest step, runs at full priority;
// the check gates only the swap: Astro, the drawing and the index stop when it fails.
const astro = runProgram("astro", ["build", "--outDir", staging], {
  env: astroEnv,
  install: "run npm install",
  holdStderr: true,
});
const drawing = drawShareImagesAside(contentDir, SHARE_IMAGES);
const images = settle(
  timed(
    drawing.done.then((drawn) => {
      // What the cards could not draw as the settings ask (the accent): said once, never silently.
      for (const warning of drawn.warnings) console.error(warning);
      return drawn;
    }),
    ({ drawn, reused }) => `Share images: ${drawn} drawn, ${reused} reused`,
  ),
);
// A publish into a site with a search index indexes after the swap (docs/decisions/080).
const searchFollows = reuse && existsSync(join(DIST, SEARCH_FOLDER));
/** The share images, and the published index a publish goes live with, into the site. */
async function placeBeside({ value }: { value: DrawnShareImages }): Promise<void> {
  await Promise.all([
    placeShareImages(value, site),
    searchFollows ? linkTree(join(DIST, SEARCH_FOLDER), join(site, SEARCH_FOLDER)) : undefined,
  ]);
}
// A publish places the images while Astro renders, in a folder Astro does not write to;
// a clean build, once Astro has filled its own.
const placing = reuse
  ? images.then((drawn) => ("value" in drawn ? settle(placeBeside(drawn)) : drawn))
  : undefined;
const check = runProgram(process.execPath, [CHECK], { env, priority: 10 });
const checkPassed = check.done.then(({ exitCode }) => {
  const passed = exitCode === 0;
  // Astro's and the drawing's errors (stdout is their progress) are kept back: on content
  // the check refused they only repeat its lines, with stack traces (docs/decisions/090).
  astro.releaseStderr(passed);
  drawing.releaseStderr(passed);
  if (!passed) {
    astro.stop();
    drawing.stop();
    indexStop.abort();
  }
  return passed;
});

const SEARCH_LAGS = `${DIST}/ has the new pages and the search index of the previous build; the next build indexes them.`;
/** The exit status of a build whose pages went live and whose search index did not (README, "Hosting"). */
const PUBLISHED_WITHOUT_INDEX = 2;
/** An article's file by its slug, for a message. */
function articleFile(slug: string): string | undefined {
  const file = markdownFiles(contentDir, ARTICLES).files.find((path) => basename(path, ".md") === slug);
  return file && displayPath(file);
}
let indexingAfterPublish = false;
/** Every swap is done: what is left is tidying. */
let published = false;
const indexSearch = (folder: string) =>
  timed(
    writeSearchIndex(folder, { cacheDir: SEARCH_BUNDLES, signal: indexStop.signal }),
    (count) => `Search index: ${count} pages`,
  );

/**
 * One swap of `folder` for dist/, so dist/ is never half-written; Astro's manifest is
 * trusted again once it is done. Returns the folder of the site it replaced, if any.
 */
let publishing: Promise<void> | undefined = undefined;
async function publish(folder: string): Promise<string | undefined> {
  const swapped = forgetPublishedManifest(ASTRO_CACHE, folder).then(() => replaceOutput(folder, DIST, "."));
  publishing = swapped.then(() => keepPublishedManifest(ASTRO_CACHE));
  await publishing;
  publishing = undefined;
  return swapped;
}

/** The search index under way, beside the drawing or after the pages went live: an interruption waits for it. */
let indexing: ReturnType<typeof settle<number>> | undefined;

// Interrupted (SIGINT, SIGTERM, SIGHUP): a swap under way is finished; otherwise the
// steps are stopped and their folder removed. dist/ is then the old or the new site.
lock.onInterrupt(async (signal) => {
  if (publishing) return publishing;
  interrupted = true;
  astro.stop();
  drawing.stop();
  check.stop();
  indexStop.abort();
  await Promise.allSettled([astro.done, images, placing, linking, check.done, indexing]);
  await removeBuildFolders();
  const left = published
    ? `${DIST}/ is the new site.`
    : indexingAfterPublish
      ? SEARCH_LAGS
      : `${DIST}/ is unchanged.`;
  console.error(`Build interrupted (${signal}); ${left}`);
});

/** Stop the build once nothing else writes; a failed check is the reason for what failed after it. */
async function abort(reason: string): Promise<never> {
  drawing.stop();
  indexStop.abort();
  await Promise.all([astro.done.catch(() => undefined), images, placing, linking, indexing]);
  return stop((await checkPassed) ? reason : CHECK_FAILED);
}

const rendered = await settle(astro.done);
if ("error" in rendered) await abort(`${rendered.error.message};`);
else if (rendered.value.exitCode !== 0) {
  const articles = markdownFiles(contentDir, ARTICLES).files.length;
  const limit = limitReached(rendered.value.output, { articles, nodeOptions: astroEnv.NODE_OPTIONS });
  await abort(limit ?? "astro build failed;");
}
/** The pages Astro made, as the manifest it just wrote lists them: read once, for a publish. */
const madePages = reuse ? manifestPages(join(ASTRO_CACHE, MANIFEST)) : [];
if (linking) {
  const linked = await linking;
  if ("error" in linked) await abort(`Linking the published pages failed: ${linked.error.message};`);
  const assembled = await settle(
    timed(
      assembleOutput(staging, assembly, new Set(madePages)),
      ({ moved, removed }) => `Assembled: ${moved} files written, ${removed} pages removed`,
    ),
  );
  if ("error" in assembled) await abort(`Putting the site together failed: ${assembled.error.message};`);
  // The placeholders left, for the next publish.
  await rm(KEPT_PLACEHOLDERS, { recursive: true, force: true });
  await rename(staging, KEPT_PLACEHOLDERS);
}
// Index beside the drawing: Pagefind indexes one period at a time, so its memory is that
// of the largest period (docs/decisions/118). A publish into a site that has an index
// puts the pages live first, with the index they had.
if (!searchFollows) indexing = settle(indexSearch(site));
const drawn = await images;
if ("error" in drawn) await abort(`Share images failed: ${drawn.error.message};`);
else {
  const placed = await (placing ?? settle(placeBeside(drawn)));
  if ("error" in placed) await abort(`Placing the share images failed: ${placed.error.message};`);
}
const indexed = await indexing;
if (indexed && "error" in indexed) await abort(`${searchIndexFailure(indexed.error.message, articleFile)};`);
if (!(await checkPassed)) await stop(CHECK_FAILED);
let replaced = await publish(site);

if (searchFollows) {
  console.log(`Published ${DIST}/; the search index follows`);
  // The published site again, as links (most of them kept from the site it replaced),
  // with a search index of its own pages.
  indexingAfterPublish = true;
  const relinked = replaced ? rename(replaced, site) : Promise.resolve();
  indexing = settle(
    relinked
      .then(() =>
        mirrorFiles(
          DIST,
          site,
          filesUnder(DIST, (name) => name !== SEARCH_FOLDER),
        ),
      )
      .then(() => indexSearch(site)),
  );
  const indexed = await indexing;
  if ("error" in indexed) {
    // Stopped by an interruption, which reports it and exits.
    if (interrupted) await new Promise<never>(() => undefined);
    await rm(site, { recursive: true, force: true });
    console.error(`${searchIndexFailure(indexed.error.message, articleFile)}; ${SEARCH_LAGS}`);
    process.exit(PUBLISHED_WITHOUT_INDEX);
  }
  replaced = await publish(site);
}
published = true;
// What the next publish writes into (a clean build's replaced site shares nothing with it).
if (reuse && replaced) {
  const kept = await settle(keepForNextBuild(replaced, DIST, madePages, "."));
  if ("error" in kept) console.error(`Build: could not keep the replaced site: ${kept.error.message}`);
}
const removed = await trashRemoved;
if ("error" in removed) console.error(`Build: could not remove a replaced site: ${removed.error.message}`);
lock.release();
// The articles are counted only for a file near its limit, and once: most builds list no folder here.
let articleCount: number | undefined;
const countArticles = () => (articleCount ??= markdownFiles(contentDir, ARTICLES).files.length);
for (const [what, file] of [
  [ONE_STRING.store, CONTENT_STORE.file],
  [ONE_STRING.manifest, MANIFEST],
] as const) {
  const written = statSync(join(ASTRO_CACHE, file), { throwIfNoEntry: false });
  const filling = written && oneStringFilling(what, written.size, countArticles);
  if (filling) console.error(filling);
}
console.log(`Built ${DIST}/`);
