/**
 * The build's output folder changes only as a whole: a build writes into
 * `.kiosk-build/`, and `replaceOutput` swaps that in for `dist/` with two renames.
 * A build killed between them leaves `dist/` missing and the previous site in
 * `.kiosk-dist-old-<pid>/`; `recoverOutput` puts it back before the next build starts.
 * The previous site is then set aside as `.kiosk-trash-<pid>-<n>/`, never restored, and the
 * next build removes it while it renders: a publish does not wait for tens of thousands
 * of files to be deleted. A publish keeps the last site it set aside, reduced to the
 * pages Astro may skip, with the other stores a build keeps (KEPT_SITE): the next publish
 * assembles its site in it, and its links to unchanged pages need not be made again
 * (docs/decisions/084).
 * The staging folder has one name for every build (the build lock lets one run at a
 * time): Astro writes the output folder's path into the code of pages that load images,
 * and a path that changed would make its incremental build render those pages again
 * (OUTPUT_FOLDER_IN_CODE in src/astro-internals.ts).
 * A publish has Astro build into it, among placeholders, and assembles its site in
 * `.kiosk-publish/`, the kept folder (docs/decisions/109).
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { KEPT_SITE } from "../src/kept-stores.ts";
import { mirrorFiles } from "../src/files/link-files.ts";
import { runProgram } from "../tools/run-program.ts";
import { MANIFEST_MARK } from "./incremental-state.ts";

const STAGING = ".kiosk-build";
const ASSEMBLY = ".kiosk-publish";
const PREVIOUS = ".kiosk-dist-old-";
const TRASH = /^\.kiosk-trash-(\d+)-\d+$/;
/** Sites this process set aside: a build may swap twice. */
let setAside = 0;
const LEFTOVER = /^\.kiosk-(?:build|publish|dist-old-(\d+))$/;

/** The folder a build writes into, inside `root`. */
export function stagingFolder(root: string): string {
  return join(root, STAGING);
}

/** The folder a publish puts its site together in, inside `root`. */
export function assemblyFolder(root: string): string {
  return join(root, ASSEMBLY);
}

/** Set `folder` aside as trash, for the next build of `root` to remove. */
async function discard(folder: string, root: string): Promise<void> {
  await rename(folder, join(root, `.kiosk-trash-${process.pid}-${++setAside}`));
}

/**
 * Put the finished `staging` folder in place of `dist`; the previous `dist` becomes trash.
 * Returns the trash folder, if there was a previous site.
 */
export async function replaceOutput(
  staging: string,
  dist: string,
  root: string,
): Promise<string | undefined> {
  const previous = join(root, `${PREVIOUS}${process.pid}`);
  const hadSite = existsSync(dist);
  if (hadSite) await rename(dist, previous);
  await rename(staging, dist);
  if (!hadSite) return undefined;
  const trash = join(root, `.kiosk-trash-${process.pid}-${++setAside}`);
  await rename(previous, trash);
  return trash;
}

/**
 * Reduce `trash` to links to `pages` of `dist` and keep it for the next build of `root`,
 * with the mark that names the manifest listing them.
 */
export async function keepForNextBuild(trash: string, dist: string, pages: readonly string[], root: string) {
  mirrorFiles(dist, trash, [...pages, MANIFEST_MARK]);
  const kept = join(root, KEPT_SITE);
  // One kept for another site than this one: the next build removes it.
  if (existsSync(kept)) await discard(kept, root);
  await mkdir(dirname(kept), { recursive: true });
  await rename(trash, kept);
}

/**
 * Make `staging` the folder the last publish in `root` kept, if it was kept for the
 * manifest of the site in `dist`; returns whether it was.
 */
export async function takeKeptFolder(root: string, staging: string, dist: string): Promise<boolean> {
  const kept = join(root, KEPT_SITE);
  const mark = (folder: string) => readFile(join(folder, MANIFEST_MARK), "utf8").catch(() => undefined);
  const [its, published] = await Promise.all([mark(kept), mark(dist)]);
  if (its === undefined || its !== published) return false;
  await rm(join(kept, MANIFEST_MARK));
  await rename(kept, staging);
  return true;
}

/** The trash folders in `root` whose builds have ended. */
async function endedTrash(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => {
    const match = TRASH.exec(name);
    return match && !isRunning(Number(match[1]));
  });
}

/**
 * Remove the previous sites that builds which have ended set aside in `root`, with the
 * system's `rm` at a low priority: a fraction of the processor time Node's takes.
 */
export async function removeTrash(root: string): Promise<void> {
  const trash = await endedTrash(root);
  if (trash.length === 0) return;
  const removing = runProgram("rm", ["-rf", "--", ...trash.map((name) => join(root, name))], {
    output: "capture",
    priority: 10,
  });
  const { exitCode, output } = await removing.done;
  if (exitCode !== 0) throw new Error(`rm exited with code ${exitCode}: ${output.trim()}`);
}

/**
 * Tidy what interrupted builds left in `root`, under the build lock: restore the newest
 * previous site when `dist` is missing, and delete a half-written staging folder. A
 * previous site whose build still runs is left alone. Returns what was done, one line each.
 */
export async function recoverOutput(dist: string, root: string): Promise<string[]> {
  const leftovers = [];
  for (const name of await readdir(root)) {
    const match = LEFTOVER.exec(name);
    if (!match || (match[1] && isRunning(Number(match[1])))) continue;
    leftovers.push({ name, mtime: (await stat(join(root, name))).mtimeMs });
  }
  const done: string[] = [];
  const previous = leftovers
    .filter(({ name }) => name.startsWith(PREVIOUS))
    .sort((a, b) => b.mtime - a.mtime)[0];
  if (previous && !existsSync(dist)) {
    await rename(join(root, previous.name), dist);
    done.push(`restored the previous site from ${previous.name}/ to ${dist}/`);
    leftovers.splice(leftovers.indexOf(previous), 1);
  }
  for (const { name } of leftovers) {
    await rm(join(root, name), { recursive: true, force: true });
    done.push(`removed ${name}/ left by an interrupted build`);
  }
  return done;
}

/** Whether process `pid` still runs (this process counts as running). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
