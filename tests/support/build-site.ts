import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { MANIFEST_MARK } from "../../publish/incremental-state.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";
import { runProgram } from "../../tools/run-program.ts";

export interface BuildResult {
  /** The isolated copy of the project. */
  root: string;
  dist: string;
  exitCode: number;
  /** stdout and stderr together, as an editor would read them. */
  output: string;
}

/** Run a command in `root` with extra environment variables; never throws on failure. */
export async function runIn(root: string, command: string, args: string[], env: Record<string, string> = {}) {
  const { exitCode, output } = await startIn(root, command, args, env).done;
  return { exitCode, output };
}

/**
 * Start a command as `runIn` does, without waiting for it: for tests that stop it midway.
 * `printed(pattern)` settles once its output so far matches `pattern` (colours left out),
 * and fails when it ends before that.
 */
export function startIn(root: string, command: string, args: string[], env: Record<string, string> = {}) {
  let output = "";
  const listeners = new Set<() => void>();
  const running = runProgram(command, args, {
    cwd: root,
    env: { ...parentEnv(), ASTRO_TELEMETRY_DISABLED: "1", ...env },
    output: "capture",
    onOutput: (text) => {
      output += stripVTControlCharacters(text);
      for (const listener of listeners) listener();
    },
  });
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const listener = () => {
        if (!pattern.test(output)) return;
        listeners.delete(listener);
        resolve();
      };
      listeners.add(listener);
      listener();
      const ended = () => {
        listeners.delete(listener);
        reject(new Error(`It ended before printing ${pattern}:\n${output}`));
      };
      running.done.then(ended, ended);
    });
  return { ...running, printed };
}

/**
 * The environment without what Vitest sets for its own workers: Astro would read
 * `BASE_URL`, `MODE` or `NODE_ENV=test` from it and build another site than asked for.
 */
function parentEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

/** Variables naming files or folders, which a test may give relative to the repository. */
const PATH_VARIABLES = ["KIOSK_CONTENT_DIR", "KIOSK_PUBLICATION"];

/**
 * `npm run build` on a copy of the project. `env` sets `KIOSK_*`; a relative
 * `KIOSK_CONTENT_DIR` or `KIOSK_PUBLICATION` is taken from the repository, so fixtures
 * need no copying.
 */
export async function buildSite(env: Record<string, string> = {}, root?: string): Promise<BuildResult> {
  const project = root ?? (await copyProject());
  const resolvedEnv = { ...env };
  for (const name of PATH_VARIABLES) {
    const path = env[name];
    if (path) resolvedEnv[name] = resolve(ROOT, path);
  }
  const { exitCode, output } = await runIn(project, "npm", ["run", "--silent", "build"], resolvedEnv);
  return { root: project, dist: join(project, "dist"), exitCode, output };
}

/** Every file under `dir`, relative to it, sorted. */
export async function treeFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * One hash of every file name and content under `dir` (or of the files `part` keeps):
 * equal hashes, equal sites. The digest of Astro's record of the build that made them
 * (publish/incremental-state.ts) is left out: two builds of one site record it apart.
 */
export async function hashTree(dir: string, part: (file: string) => boolean = () => true): Promise<string> {
  const hash = createHash("sha256");
  const files = (await treeFiles(dir)).filter((file) => file !== MANIFEST_MARK && part(file));
  for (const file of files) hash.update(`/${file}\0`).update(await readFile(join(dir, file)));
  return hash.digest("hex");
}

/**
 * What builds left beside `dist/` in a project folder: staging and previous sites; not
 * the replaced sites set aside as trash, which the next build removes.
 */
export async function leftoverFolders(root: string): Promise<string[]> {
  return (await readdir(root)).filter(
    (name) => name.startsWith(".kiosk-") && !name.startsWith(".kiosk-trash-"),
  );
}
