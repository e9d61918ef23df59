/**
 * `npm run build`: check every article, build into a fresh folder, and only when all of
 * it succeeded put that folder in place of `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { siteConfig } from "../src/lib/site-config.ts";
import { reportCollection } from "./check.ts";

const DIST = "dist";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ASTRO_TELEMETRY_DISABLED: "1", ...process.env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

const { contentDir } = siteConfig();
if (!(await reportCollection(contentDir))) {
  console.error(`Build stopped: fix the problems above in ${contentDir}.`);
  process.exit(1);
}

const staging = `.kiosk-build-${process.pid}`;
try {
  run("astro", ["build", "--outDir", staging]);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`Build failed; ${DIST}/ is unchanged. ${(error as Error).message}`);
  process.exit(1);
}

const old = `.kiosk-dist-old-${process.pid}`;
if (existsSync(DIST)) await rename(DIST, old);
await rename(staging, DIST);
await rm(old, { recursive: true, force: true });
console.log(`Built ${DIST}/`);
