import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LOCK_FILE, takeBuildLock, type BuildLock } from "../../publish/build-lock.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { runProgram } from "../../tools/run-program.ts";

/** No process has this id (Linux pids stay below 2^22). */
const GONE = 99_999_999;
/** A process that runs for as long as the test: the one that started Vitest. */
const RUNNING = process.ppid;
const HOLDER = join(ROOT, "tests/support/lock-holder.ts");

let root: string;
let lockFile: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kiosk-lock-"));
  lockFile = join(root, LOCK_FILE);
});

const holderPid = async () => (await readFile(lockFile, "utf8")).trim();

/** A build taking the lock, once it has been seen still waiting for `ms`. */
async function stillWaitingAfter(ms: number): Promise<{ taking: Promise<BuildLock> }> {
  let taken = false;
  const taking = takeBuildLock(root, { waitMs: 0 }).then((lock) => {
    taken = true;
    return lock;
  });
  await new Promise((resolve) => setTimeout(resolve, ms));
  expect(taken).toBe(false);
  // Wrapped: an async function's result would otherwise wait for the lock itself.
  return { taking };
}

describe("taking the build lock", () => {
  it("should write this process's id into the lock file and remove it on release", async () => {
    const lock = await takeBuildLock(root, { waitMs: 0 });
    expect(await holderPid()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("should refuse at once, naming the running build, when told not to wait", async () => {
    await writeFile(lockFile, `${RUNNING}\n`);
    await expect(takeBuildLock(root, { waitMs: 0 })).rejects.toThrow(
      `Another build (pid ${RUNNING}) is running in this folder; wait for it or stop it. If no build runs, delete ${lockFile}.`,
    );
    expect(await holderPid()).toBe(String(RUNNING));
  });

  it("should wait for the running build to end and then take the lock", async () => {
    await writeFile(lockFile, `${RUNNING}\n`);
    const onWait = vi.fn();
    let taken = false;
    const taking = takeBuildLock(root, { waitMs: 10_000, pollMs: 20, onWait }).then((lock) => {
      taken = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBe(false);
    expect(onWait).toHaveBeenCalledExactlyOnceWith(RUNNING);
    await rm(lockFile); // the other build ends
    const lock = await taking;
    expect(await holderPid()).toBe(String(process.pid));
    expect(onWait).toHaveBeenCalledTimes(1);
    lock.release();
  });

  it("should give up with the message once the wait runs out", async () => {
    await writeFile(lockFile, `${RUNNING}\n`);
    const begin = Date.now();
    await expect(takeBuildLock(root, { waitMs: 300, pollMs: 20 })).rejects.toThrow(
      `Another build (pid ${RUNNING}) is running in this folder and has not ended after 0.3 s; wait for it or stop it.`,
    );
    expect(Date.now() - begin).toBeGreaterThanOrEqual(300);
  });

  it("should take over, without waiting, a lock whose build no longer runs", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    const onWait = vi.fn();
    const lock = await takeBuildLock(root, { waitMs: 0, onWait });
    expect(await holderPid()).toBe(String(process.pid));
    expect(onWait).not.toHaveBeenCalled();
    expect(existsSync(`${lockFile}.clearing`)).toBe(false);
    lock.release();
  });

  it("should wait for an empty lock being written, and take over one left empty by a killed build", async () => {
    await writeFile(lockFile, "");
    const { taking } = await stillWaitingAfter(200);
    const longAgo = new Date(Date.now() - 10_000);
    await utimes(lockFile, longAgo, longAgo);
    (await taking).release();
  });

  it("should take over a clearing marker left by a build killed while clearing", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    await writeFile(`${lockFile}.clearing`, `${GONE}\n`);
    const lock = await takeBuildLock(root, { waitMs: 0 });
    expect(await holderPid()).toBe(String(process.pid));
    expect(existsSync(`${lockFile}.clearing`)).toBe(false);
    lock.release();
  });

  it("should leave an abandoned lock to the build clearing it, and take the lock once it is cleared", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    await writeFile(`${lockFile}.clearing`, `${RUNNING}\n`);
    const { taking } = await stillWaitingAfter(200);
    expect(await holderPid()).toBe(String(GONE));
    // The other build clears it and is gone before it takes the lock.
    await rm(lockFile);
    await rm(`${lockFile}.clearing`);
    const lock = await taking;
    expect(await holderPid()).toBe(String(process.pid));
    lock.release();
  });

  it("should refuse, naming it, a build that has been clearing an abandoned lock for too long", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    await writeFile(`${lockFile}.clearing`, `${RUNNING}\n`);
    const longAgo = new Date(Date.now() - 10_000);
    await utimes(`${lockFile}.clearing`, longAgo, longAgo);
    await expect(takeBuildLock(root, { waitMs: 0 })).rejects.toThrow(`Another build (pid ${RUNNING})`);
    expect(await holderPid()).toBe(String(GONE));
  });

  it("should not remove a lock that is no longer its own", async () => {
    const lock = await takeBuildLock(root, { waitMs: 0 });
    await writeFile(lockFile, `${RUNNING}\n`);
    lock.release();
    expect(await holderPid()).toBe(String(RUNNING));
  });
});

interface Event {
  event: "took" | "releasing" | "refused" | "interrupted";
  pid: number;
  at: number;
  message?: string;
  signal?: string;
  locked?: boolean;
}

/**
 * Start `tests/support/lock-holder.ts` on `root`; see there for the arguments. `decided`
 * settles once it has said that it took the lock, or has ended.
 */
function holder(waitMs: number, holdMs: number, end: string) {
  let said = "";
  let took = () => {};
  const taken = new Promise<void>((resolve) => (took = resolve));
  const running = runProgram(process.execPath, [HOLDER, root, String(waitMs), String(holdMs), end], {
    output: "capture",
    onOutput: (text) => {
      said += text;
      if (said.includes('"event":"took"')) took();
    },
  });
  const done = running.done.then(({ exitCode, signal, output }) => ({
    exitCode,
    signal,
    output,
    events: output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Event),
  }));
  return { ...running, done, decided: Promise.race([taken, done]) };
}

/** Until a holder started with `hold` has the lock and is ready for a signal. */
const holding = () =>
  expect.poll(() => existsSync(join(root, "holding")), { message: "the lock held" }).toBe(true);

describe("builds in processes of their own", () => {
  it("should let exactly one of several started at once take an abandoned lock, the others refused", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    // Each holds the lock it takes until every one has taken it or been refused, however
    // late a busy machine starts them.
    const holders = Array.from({ length: 6 }, () => holder(0, 0, "hold"));
    await Promise.all(holders.map(({ decided }) => decided));
    for (const running of holders) running.stop();
    const results = await Promise.all(holders.map(({ done }) => done));
    const winners = results.filter(({ events }) => events.some(({ event }) => event === "took"));
    expect(winners, results.map(({ output }) => output).join("\n")).toHaveLength(1);
    const winner = winners[0]!.events[0]!.pid;
    for (const { exitCode, events } of results.filter((result) => result !== winners[0])) {
      expect(exitCode).toBe(1);
      expect(events[0]!.message).toMatch(`Another build (pid ${winner}) is running in this folder;`);
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it("should let waiting builds take the lock one after another, never two at once", async () => {
    await writeFile(lockFile, `${GONE}\n`);
    const results = await Promise.all(Array.from({ length: 5 }, () => holder(60_000, 200, "release").done));
    const held = results.map(({ exitCode, events, output }) => {
      expect(exitCode, output).toBe(0);
      const at = (name: string) => events.find(({ event }) => event === name)!.at;
      return [at("took"), at("releasing")] as const;
    });
    held.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < held.length; i++) expect(held[i]![0]).toBeGreaterThanOrEqual(held[i - 1]![1]);
    expect(existsSync(lockFile)).toBe(false);
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("should tidy, then remove the lock and exit on %s", async (signal, code) => {
    const running = holder(0, 0, "hold");
    await holding();
    running.stop(signal);
    const { exitCode, events } = await running.done;
    expect(exitCode).toBe(code);
    expect(events.find(({ event }) => event === "interrupted")).toMatchObject({ signal, locked: true });
    expect(existsSync(lockFile)).toBe(false);
  });

  it.each(["exit", "throw"])("should remove the lock when the build ends by %s", async (end) => {
    const { exitCode, events } = await holder(0, 0, end).done;
    expect(events.map(({ event }) => event)).toEqual(["took"]);
    expect(exitCode).not.toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });

  it("should leave a killed build's lock behind, for the next build to take over", async () => {
    const running = holder(0, 0, "hold");
    await holding();
    expect(await holderPid()).toBe(String(running.pid));
    running.stop("SIGKILL");
    await running.done;
    expect(await holderPid()).toBe(String(running.pid));
    const { exitCode, events } = await holder(0, 0, "release").done;
    expect(exitCode).toBe(0);
    expect(events.map(({ event }) => event)).toEqual(["took", "releasing"]);
  });
});
