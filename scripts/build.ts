/**
 * `npm run build`: check every article and build into a fresh folder, and only when all
 * of it succeeded put that folder in place of `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was; what an interrupted one left is tidied first.
 *
 * The check runs alongside `astro build` (Astro keeps one core busy; the check takes
 * the other), and nothing is published unless both succeed.
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { siteConfig } from "../src/lib/site-config.ts";
import { reportCollection } from "./check.ts";
import { recoverOutput, replaceOutput, stagingFolder } from "./output-folder.ts";

const DIST = "dist";
const staging = stagingFolder(".");

function start(command: string, args: string[]) {
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ASTRO_TELEMETRY_DISABLED: "1", ...process.env },
  });
  const exitCode = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  return { child, exitCode };
}

async function stop(message: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error(`${message} ${DIST}/ is unchanged.`);
  process.exit(1);
}

for (const line of await recoverOutput(DIST, ".")) console.error(`Build: ${line}`);

const { contentDir } = siteConfig();
const astro = start("astro", ["build", "--outDir", staging]);
if (!(await reportCollection(contentDir))) {
  astro.child.kill("SIGTERM");
  await astro.exitCode;
  await stop(`Build stopped: fix the problems above in ${contentDir}.`);
}
if ((await astro.exitCode) !== 0) await stop("astro build failed;");

await replaceOutput(staging, DIST, ".");
console.log(`Built ${DIST}/`);
