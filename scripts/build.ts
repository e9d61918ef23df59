/**
 * `npm run build`: check every article and build into a fresh folder, and only when all
 * of it succeeded put that folder in place of `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was; what an interrupted one left is tidied first.
 *
 * The check and the share images run alongside `astro build`, each in a process of its
 * own at a lower priority (Astro keeps one core busy; they take what is left, and give
 * their memory back when they end), and nothing is published unless all succeed; a
 * failed check stops the others at once.
 * Pagefind indexes the finished pages while the images are copied in.
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { siteConfig } from "../src/lib/site-config.ts";
import { recoverOutput, replaceOutput, stagingFolder } from "./output-folder.ts";
import { writeSearchIndex } from "./search-index.ts";
import { drawShareImagesAside, placeShareImages } from "./share-images-aside.ts";

const DIST = "dist";
/** Drawn share images, kept between builds; shared by every copy of the project. */
const SHARE_IMAGE_CACHE = "node_modules/.cache/kiosk/share-images";
const staging = stagingFolder(".");

function start(command: string, args: string[], priority = 0) {
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ASTRO_TELEMETRY_DISABLED: "1", ...process.env },
  });
  const exitCode = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  try {
    if (priority && child.pid) setPriority(child.pid, priority);
  } catch {
    // Priority is a courtesy; at the same priority the step only takes longer.
  }
  return { child, exitCode };
}

async function stop(message: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error(`${message} ${DIST}/ is unchanged.`);
  process.exit(1);
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

for (const line of await recoverOutput(DIST, ".")) console.error(`Build: ${line}`);

const { contentDir } = siteConfig();
const CHECK_FAILED = `Build stopped: fix the problems above in ${contentDir}.`;
const astro = start("astro", ["build", "--outDir", staging]);
const drawing = drawShareImagesAside(contentDir, SHARE_IMAGE_CACHE);
const images = settle(
  timed(drawing.done, ({ drawn, reused }) => `Share images: ${drawn} drawn, ${reused} reused`),
);
// Astro, the longest step, runs at full priority; the check yields to it. The check
// gates only the swap: Astro and the drawing stop when it fails, and wait for it otherwise.
const check = start(process.execPath, [fileURLToPath(new URL("check.ts", import.meta.url))], 10);
const checkPassed = check.exitCode.then((code) => {
  if (code !== 0) {
    astro.child.kill("SIGTERM");
    drawing.stop();
  }
  return code === 0;
});

/** Stop the build once nothing else writes; a failed check is the reason for what failed after it. */
async function abort(reason: string): Promise<never> {
  drawing.stop();
  await Promise.all([astro.exitCode, images]);
  return stop((await checkPassed) ? reason : CHECK_FAILED);
}

if ((await astro.exitCode) !== 0) await abort("astro build failed;");
const drawn = await images;
if ("error" in drawn) await abort(`Share images failed: ${drawn.error.message};`);
else {
  // Pagefind's writer needs most of the memory a large archive's build may take
  // (docs/decisions/063): it starts once the drawing process has ended and freed its own.
  const [indexed] = await Promise.all([
    settle(timed(writeSearchIndex(staging), (count) => `Search index: ${count} pages`)),
    placeShareImages(drawn.value, staging),
  ]);
  if ("error" in indexed) await abort(`Search index failed: ${indexed.error.message};`);
}
if (!(await checkPassed)) await stop(CHECK_FAILED);

await replaceOutput(staging, DIST, ".");
console.log(`Built ${DIST}/`);
