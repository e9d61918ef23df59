/**
 * Run a command and measure it as a newsroom would feel it: wall time and the peak
 * memory of the whole process tree (Astro, Pagefind and Kiosk's own workers), read from
 * /proc while it runs, since Node reports no resource usage of a child's children.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { runProgram } from "../tools/run-program.ts";

export interface Measured {
  seconds: number;
  /** When the folder `options.live` names was first replaced; `seconds` when it never was. */
  liveSeconds: number;
  /** Largest sum of resident memory over the process tree, in bytes. */
  peakRss: number;
  exitCode: number;
  output: string;
}

const SAMPLE_MS = 100;
/** How often the published folder is looked at: a stat, next to nothing. */
const LIVE_MS = 10;

export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; live?: string },
): Promise<Measured> {
  const { live, ...runOptions } = options;
  const before = live ? folderId(live) : "";
  const begin = performance.now();
  const child = runProgram(command, args, { ...runOptions, output: "capture" });
  let peakRss = 0;
  let liveAt: number | undefined = undefined;
  const sampler = setInterval(() => {
    if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  }, SAMPLE_MS);
  const watcher = setInterval(() => {
    if (live && liveAt === undefined && folderId(live) !== before) liveAt = performance.now();
  }, LIVE_MS);
  const { exitCode, output } = await child.done.finally(() => [sampler, watcher].forEach(clearInterval));
  const seconds = (performance.now() - begin) / 1000;
  const liveSeconds = liveAt === undefined ? seconds : (liveAt - begin) / 1000;
  return { seconds, liveSeconds, peakRss, exitCode, output };
}

/** Which folder is at `path` now: a swap puts another one there. */
function folderId(path: string): string {
  const found = statSync(path, { throwIfNoEntry: false });
  return found ? `${found.dev}:${found.ino}` : "";
}

/**
 * Resident memory of `root` and all its descendants, in bytes. The tree is walked through
 * each thread's `children` list rather than by reading every process on the machine, and
 * read synchronously: /proc answers at once, and a promise a file took processor time
 * from a build that keeps both cores busy (docs/decisions/118).
 */
function treeRss(root: number): number {
  let total = 0;
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    total += Number(/^VmRSS:\s+(\d+)/m.exec(read(`/proc/${pid}/status`))?.[1] ?? 0) * 1024;
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Processes started by any thread of `pid`. */
function childrenOf(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return threads.flatMap((thread) =>
    read(`/proc/${pid}/task/${thread}/children`).split(" ").filter(Boolean).map(Number),
  );
}

/** A /proc file's text, or nothing once the process has ended. */
function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
