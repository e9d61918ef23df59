/**
 * Run a command and measure it as a newsroom would feel it: wall time and the peak
 * memory of the whole process tree (Astro, Pagefind and Kiosk's own workers), read from
 * /proc while it runs, since Node reports no resource usage of a child's children.
 */
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

export interface Measured {
  seconds: number;
  /** Largest sum of resident memory over the process tree, in bytes. */
  peakRss: number;
  exitCode: number;
  output: string;
}

const SAMPLE_MS = 100;

export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measured> {
  const begin = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let peakRss = 0;
  const timer = setInterval(async () => {
    if (child.pid) peakRss = Math.max(peakRss, await treeRss(child.pid));
  }, SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  clearInterval(timer);
  return { seconds: (performance.now() - begin) / 1000, peakRss, exitCode, output };
}

/** Resident memory of `root` and all its descendants, in bytes. */
async function treeRss(root: number): Promise<number> {
  const processes = await Promise.all(
    (await readdir("/proc")).filter((name) => /^\d+$/.test(name)).map(readProcess),
  );
  const children = new Map<number, number[]>();
  for (const proc of processes) {
    if (!proc) continue;
    children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc.pid]);
  }
  const rss = new Map(processes.flatMap((proc) => (proc ? [[proc.pid, proc.rss]] : [])));
  let total = 0;
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function readProcess(name: string) {
  try {
    const status = await readFile(`/proc/${name}/status`, "utf8");
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return { pid: Number(name), ppid, rss: rssKb * 1024 };
  } catch {
    return undefined; // ended between listing and reading
  }
}
