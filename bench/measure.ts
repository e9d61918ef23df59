/**
 * Run a command and measure it as a newsroom would feel it: wall time and the peak
 * memory of the whole process tree (Astro, Pagefind and Kiosk's own workers), read from
 * /proc while it runs, since Node reports no resource usage of a child's children.
 */
import { readdir, readFile, stat } from "node:fs/promises";
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
  const before = live ? await folderId(live) : "";
  const begin = performance.now();
  const child = runProgram(command, args, { ...runOptions, output: "capture" });
  let peakRss = 0;
  let liveAt: number | undefined = undefined;
  const sampler = setInterval(async () => {
    if (child.pid) peakRss = Math.max(peakRss, await treeRss(child.pid));
  }, SAMPLE_MS);
  const watcher = setInterval(async () => {
    if (live && liveAt === undefined && (await folderId(live)) !== before) liveAt = performance.now();
  }, LIVE_MS);
  const { exitCode, output } = await child.done.finally(() => [sampler, watcher].forEach(clearInterval));
  const seconds = (performance.now() - begin) / 1000;
  const liveSeconds = liveAt === undefined ? seconds : (liveAt - begin) / 1000;
  return { seconds, liveSeconds, peakRss, exitCode, output };
}

/** Which folder is at `path` now: a swap puts another one there. */
async function folderId(path: string): Promise<string> {
  return stat(path).then(
    ({ dev, ino }) => `${dev}:${ino}`,
    () => "",
  );
}

/**
 * Resident memory of `root` and all its descendants, in bytes. The tree is walked through
 * each thread's `children` list rather than by reading every process on the machine:
 * the sampler then costs next to nothing of the two cores the build is measured on.
 */
async function treeRss(root: number): Promise<number> {
  let total = 0;
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    const [status, children] = await Promise.all([read(`/proc/${pid}/status`), childrenOf(pid)]);
    total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
    queue.push(...children);
  }
  return total;
}

/** Processes started by any thread of `pid`. */
async function childrenOf(pid: number): Promise<number[]> {
  const threads = await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(threads.map((thread) => read(`/proc/${pid}/task/${thread}/children`)));
  return lists.flatMap((list) => list.split(" ").filter(Boolean).map(Number));
}

/** A /proc file's text, or nothing once the process has ended. */
function read(path: string): Promise<string> {
  return readFile(path, "utf8").catch(() => "");
}
