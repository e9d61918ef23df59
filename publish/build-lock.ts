/**
 * One build at a time in a project folder (docs/decisions/069). `npm run build` holds
 * `.kiosk-build.lock`, a file with its process id, from before it tidies the output
 * folder until after the swap: two builds in one folder would tidy, stage and swap over
 * each other. A build that finds the lock held waits for the other to end, up to a limit;
 * a lock whose process no longer runs was left by a killed build and is taken over.
 *
 * The lock is made with `open(…, "wx")`, which fails when the file exists, so only one
 * process can make it. It is removed when its build ends: normally, through
 * `process.exit`, on an uncaught error, and on SIGINT, SIGTERM or SIGHUP.
 */
import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, rm, stat } from "node:fs/promises";
import { constants } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isRunning } from "./output-folder.ts";

export const LOCK_FILE = ".kiosk-build.lock";
/**
 * A lock still empty this long after it was made belongs to no one: its maker died
 * between creating the file and writing its id into it (a matter of microseconds).
 */
const STARTING_MS = 5_000;
/** The signals a build is stopped with; each removes the lock on its way out. */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** How long an interrupted build may take to tidy before it exits all the same. */
const CLEANUP_MS = 10_000;

export interface LockOptions {
  /** How long to wait for another build to end, in milliseconds; 0 refuses at once. */
  waitMs: number;
  /** How often to look again while waiting. */
  pollMs?: number;
  /** Told once, with the other build's process id, when this build has to wait. */
  onWait?: (pid: number) => void;
}

export interface BuildLock {
  /** Remove the lock (only while it is still this process's). Exiting does it too. */
  release(): void;
  /**
   * What to do when SIGINT, SIGTERM or SIGHUP arrives: `cleanup` runs, then the lock is
   * removed and the process exits with 128 + the signal's number.
   */
  onInterrupt(cleanup: (signal: NodeJS.Signals) => Promise<unknown>): void;
}

/** Who holds a lock file: its process id (none while still being written) and its age. */
interface Holder {
  pid: number | undefined;
  ageMs: number;
}

/**
 * Take the build lock of the project folder `root`, waiting for another build that holds
 * it. Rejects with a message for the operator when the wait runs out.
 */
export async function takeBuildLock(root: string, options: LockOptions): Promise<BuildLock> {
  const file = join(root, LOCK_FILE);
  const until = Date.now() + options.waitMs;
  let waiting = false;
  for (;;) {
    if (await create(file)) return held(file);
    const holder = await holderOf(file);
    if (!holder) continue; // released in between: try again
    if (holder.pid === undefined && !abandoned(holder)) {
      await sleep(10); // its maker is about to write its id
      continue;
    }
    const other = abandoned(holder) ? await clearAbandoned(file) : holder.pid;
    if (other === undefined) continue;
    if (Date.now() >= until) throw new Error(busy(other, options.waitMs, file));
    if (!waiting) options.onWait?.(other);
    waiting = true;
    await sleep(Math.min(options.pollMs ?? 250, until - Date.now()));
  }
}

function busy(pid: number, waitMs: number, file: string): string {
  const who = `Another build (pid ${pid}) is running in this folder`;
  const waited = waitMs ? ` and has not ended after ${duration(waitMs)}` : "";
  return `${who}${waited}; wait for it or stop it. If no build runs, delete ${file}.`;
}

function duration(ms: number): string {
  return ms >= 60_000 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

/** Make `file` with this process's id in it; false when it exists already. */
async function create(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

async function holderOf(file: string): Promise<Holder | undefined> {
  try {
    const { mtimeMs } = await stat(file);
    const pid = Number.parseInt(await readFile(file, "utf8"), 10);
    return { pid: pid > 0 ? pid : undefined, ageMs: Date.now() - mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function abandoned({ pid, ageMs }: Holder): boolean {
  return pid === undefined ? ageMs > STARTING_MS : !isRunning(pid);
}

/**
 * Remove an abandoned lock. Builds that find it at the same moment must not remove the
 * lock one of them has just made in its place, so removing it takes a lock of its own,
 * `<lock>.clearing`, and looks again before it deletes. A `.clearing` file left by a build
 * killed in those microseconds is abandoned in turn and removed. Another build that is
 * clearing is given the moment it needs, after which either build may take the lock;
 * returns its id only when it has held `.clearing` for longer than that.
 */
async function clearAbandoned(file: string): Promise<number | undefined> {
  const clearing = `${file}.clearing`;
  if (!(await create(clearing))) {
    const clearer = await holderOf(clearing);
    if (!clearer) return undefined;
    if (abandoned(clearer)) await rm(clearing, { force: true });
    if (abandoned(clearer) || clearer.ageMs <= STARTING_MS) {
      await sleep(10);
      return undefined;
    }
    return clearer.pid;
  }
  try {
    const holder = await holderOf(file);
    if (holder && abandoned(holder)) await rm(file, { force: true });
  } finally {
    await rm(clearing, { force: true });
  }
  return undefined;
}

function held(file: string): BuildLock {
  const mine = String(process.pid);
  const release = () => {
    try {
      if (readFileSync(file, "utf8").trim() === mine) unlinkSync(file);
    } catch {
      // Gone already.
    }
  };
  let cleanup: (signal: NodeJS.Signals) => Promise<unknown> = async () => undefined;
  const interrupted = (signal: NodeJS.Signals) => {
    const code = 128 + constants.signals[signal];
    // A timer that is not unref'd: the process exits with this code, never with 0
    // because nothing was left to wait for.
    setTimeout(() => process.exit(code), CLEANUP_MS);
    void cleanup(signal)
      .catch(() => undefined)
      .finally(() => process.exit(code));
  };
  process.on("exit", release);
  for (const signal of SIGNALS) process.once(signal, interrupted);
  return {
    release() {
      release();
      process.off("exit", release);
      for (const signal of SIGNALS) process.off(signal, interrupted);
    },
    onInterrupt(next) {
      cleanup = next;
    },
  };
}
