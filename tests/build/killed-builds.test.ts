import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, watch, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../publish/build-lock.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";
import { runProgram } from "../../tools/run-program.ts";
import { buildSite, hashTree, leftoverFolders, startIn } from "../support/build-site.ts";
import { corpusSlug, writeCorpus } from "../support/corpus.ts";

/**
 * `dist/` is never half-written, whenever a build dies: builds of a generated corpus are
 * stopped by SIGTERM and SIGINT, and killed outright (SIGKILL to the whole process group, as a cancelled CI job or a machine
 * going down does) during `astro build`, during indexing and right around the swap, and
 * the states a kill inside the swap leaves are laid out as the build leaves them. After
 * each, `dist/` is the old or the new site, complete, or the next build restores it
 * before it does anything else. Each moment is an event (a line the build prints, a folder
 * it makes), at which the build's processes are stopped until the test has acted: no
 * wait here depends on how fast the machine is.
 */

/** Enough articles that Pagefind writes its bundle for long enough to be stopped at it. */
const ARTICLES = 300;
/** Its check fails at once: a build of it does nothing but recover and stop. */
const BAD = resolve(ROOT, "tests/fixtures/bad-articles");

let root: string;
let content: string;
let oldSite: string;
let oldHash: string;
let newSite: string;
let newHash: string;

beforeAll(async () => {
  root = await copyProject();
  content = await mkdtemp(join(tmpdir(), "kiosk-killed-"));
  await writeCorpus(content, ARTICLES);
  const built = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
  expect(built.exitCode, built.output).toBe(0);
  oldHash = await hashTree(built.dist);
  oldSite = await mkdtemp(join(tmpdir(), "kiosk-old-site-"));
  await cp(built.dist, oldSite, { recursive: true });
  // The new site: one more article, the newest.
  const newest = await readFile(join(content, `${corpusSlug(1)}.md`), "utf8");
  await writeFile(
    join(content, "eilmeldung.md"),
    newest
      .replace(/^title: .*$/m, "title: Eilmeldung aus dem Hafen")
      .replace(/^date: .*$/m, "date: 2024-12-01T08:00:00Z"),
  );
  const rebuilt = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
  expect(rebuilt.exitCode, rebuilt.output).toBe(0);
  newHash = await hashTree(rebuilt.dist);
  expect(newHash).not.toBe(oldHash);
  newSite = await mkdtemp(join(tmpdir(), "kiosk-new-site-"));
  await cp(rebuilt.dist, newSite, { recursive: true });
});

/** What the folder holds: the old or the new site, or something else (a hash). */
async function siteIn(folder: string): Promise<string> {
  const hash = await hashTree(folder);
  return hash === oldHash ? "old" : hash === newHash ? "new" : `half-written (${hash})`;
}

/** dist/ as a kill left it; a missing dist/ names what waits beside it. */
async function state(): Promise<string> {
  if (existsSync(join(root, "dist"))) return siteIn(join(root, "dist"));
  const previous = (await readdir(root)).filter((name) => name.startsWith(".kiosk-dist-old-"));
  return `missing, beside it: ${(await Promise.all(previous.map((name) => siteIn(join(root, name))))).join(", ")}`;
}

const leftovers = () => leftoverFolders(root);

/** Put the old site back as dist/, as before a publish. */
async function publishedOld(): Promise<void> {
  await rm(join(root, "dist"), { recursive: true, force: true });
  await cp(oldSite, join(root, "dist"), { recursive: true });
}

/** The live processes in process group `group`, with their command lines (Linux: /proc). */
async function groupProcesses(group: number): Promise<{ pid: number; command: string }[]> {
  const found = [];
  for (const pid of (await readdir("/proc")).filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) !== group || state === "Z") continue;
      const command = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
      found.push({ pid: Number(pid), command });
    } catch {
      // Ended while being read.
    }
  }
  return found;
}

/** The id of the Node process running publish/build.ts in `group`, not of the shell npm started it with. */
async function buildProcess(group: number): Promise<number> {
  return (await groupProcesses(group)).find(({ command }) => /^\S*node publish\/build\.ts/.test(command))!
    .pid;
}

const groupCommands = async (group: number) => (await groupProcesses(group)).map(({ command }) => command);

/** Wait until nothing of process group `group` runs any more. */
async function groupEnded(group: number): Promise<void> {
  while ((await groupCommands(group)).length > 0) await sleep(50);
}

/** `npm run build` on the new content in a process group of its own, whose id is the group's. */
type Build = ReturnType<typeof startIn> & { group: number };

/** A moment in a build: settles once it has come, with the build's process group stopped there. */
type Moment = (build: Build) => Promise<void>;

const freeze = (group: number) => process.kill(-group, "SIGSTOP");
const thaw = (group: number) => process.kill(-group, "SIGCONT");

/** Search bundles kept between builds (publish/build.ts), where Pagefind writes. */
const searchStore = () => join(root, ".astro/cache/kiosk-search");

/** Start a build and wait for `moment`. */
async function buildUntil(moment: Moment): Promise<Build> {
  // Kept search bundles would spare the build its indexing: each build here indexes.
  await rm(searchStore(), { recursive: true, force: true });
  await mkdir(searchStore(), { recursive: true });
  const started = startIn(root, "setsid", ["npm", "run", "--silent", "build"], {
    KIOSK_CONTENT_DIR: content,
  });
  const build = { ...started, group: started.pid! };
  await moment(build);
  return build;
}

/**
 * SIGKILL a build's whole process group at `moment`; returns what dist/ is then, and
 * whether the build's lock is still there. A moment is seen in the build's output, which
 * the build has gone on from until it is frozen: near its end it may have released its
 * lock by then.
 */
async function killBuildWhen(moment: Moment): Promise<{ site: string; locked: boolean }> {
  const { group, done } = await buildUntil(moment);
  process.kill(-group, "SIGKILL");
  expect((await done).signal).toBe("SIGKILL");
  await groupEnded(group);
  return { site: await state(), locked: existsSync(join(root, LOCK_FILE)) };
}

/** The next build: one whose check fails, so all it does is recover and stop. */
async function failingBuild() {
  const next = await buildSite({ KIOSK_CONTENT_DIR: BAD }, root);
  expect(next.exitCode, next.output).toBe(1);
  expect(next.output).toMatch(/Build stopped: fix the problems above/);
  return next;
}

/** Astro has written an article page into the staging folder: it logs the time a page took once it is written. */
const writingPages: Moment = async (build) => {
  await build.printed(/├─ \/artikel\/[^/\s]+\/index\.html \(\+/);
  freeze(build.group);
};

/** The names of the entries made in `folder` while `build` runs; it is an error when the build ends. */
async function* madeIn(folder: string, build: Build): AsyncGenerator<string> {
  const ended = new AbortController();
  const end = () => ended.abort();
  build.done.then(end, end);
  try {
    for await (const { eventType, filename } of watch(folder, { signal: ended.signal }))
      if (eventType === "rename" && filename) yield filename;
  } catch (error) {
    if (!ended.signal.aborted) throw error;
  }
  throw new Error(`The build ended before the moment came:\n${(await build.done).output}`);
}

/** The folder Pagefind writes a period's bundle into (publish/search/bundle-store.ts). */
const BUNDLE_BEING_WRITTEN = /^\.writing-\d+-[0-9a-f]+$/;

/** Pagefind writes a bundle: the folder has appeared and its process still runs. */
const indexing: Moment = async (build) => {
  for await (const name of madeIn(searchStore(), build)) {
    if (!BUNDLE_BEING_WRITTEN.test(name)) continue;
    freeze(build.group);
    if ((await groupCommands(build.group)).some((command) => command.includes("pagefind"))) return;
    thaw(build.group);
  }
};

/** The search index is written; the swap comes next. */
const indexed: Moment = async (build) => {
  await build.printed(/^Search index: /m);
  freeze(build.group);
};

describe("a build stopped by a signal", () => {
  it.each([
    ["SIGTERM to the build's own process", "SIGTERM", false, writingPages],
    ["SIGINT to its whole process group, as Ctrl-C sends it", "SIGINT", true, writingPages],
    ["SIGTERM to the build's own process while Pagefind indexes", "SIGTERM", false, indexing],
  ] as const)(
    "%s should stop its steps, remove its folder and lock, and leave the old site",
    async (_, signal, all, moment) => {
      await publishedOld();
      const { group, done } = await buildUntil(moment);
      process.kill(all ? -group : await buildProcess(group), signal);
      thaw(group);
      const { output } = await done;
      await groupEnded(group);
      if (!all) expect(output).toMatch(`Build interrupted (${signal}); dist/ is unchanged.`);
      expect(await state()).toBe("old");
      expect(await leftovers()).toEqual([]);
      // No bundle half-written, nor the pages Pagefind was given.
      expect((await readdir(searchStore())).filter((name) => name !== ".pages.json")).toEqual([]);
    },
  );
});

describe("a build killed outright", () => {
  it.each([
    ["while astro build writes the pages", writingPages],
    ["while Pagefind indexes", indexing],
  ])("%s should leave the old site in dist/, for the next build to tidy around", async (_, moment) => {
    await publishedOld();
    expect(await killBuildWhen(moment)).toEqual({ site: "old", locked: true });
    await failingBuild();
    expect(await state()).toBe("old");
    expect(await leftovers()).toEqual([]);
  });

  it("right around the swap should leave the old or the new site, or one the next build restores first", async () => {
    await publishedOld();
    const { site: after, locked } = await killBuildWhen(indexed);
    expect(["old", "new", "missing, beside it: old"]).toContain(after);
    // A build releases its lock only once the new site is in place.
    if (!locked) expect(after).toBe("new");
    await failingBuild();
    expect(await state()).toBe(after === "new" ? "new" : "old");
    expect(await leftovers()).toEqual([]);
  });
});

describe("a build killed inside the swap", () => {
  /** The id of a process that has ended, as a killed build's is. */
  async function deadPid(): Promise<number> {
    const gone = runProgram("true", []);
    await gone.done;
    return gone.pid!;
  }

  /** Lay out what a build with process id `pid` leaves at each point of `replaceOutput`. */
  async function killedAt(point: "before" | "between" | "after" | "removing", pid: number) {
    await publishedOld();
    const dist = join(root, "dist");
    const staged = join(root, ".kiosk-build");
    const previous = join(root, `.kiosk-dist-old-${pid}`);
    // The finished staging folder: the new site.
    await cp(newSite, staged, { recursive: true });
    await writeFile(join(root, LOCK_FILE), `${pid}\n`);
    if (point === "before") return;
    await rename(dist, previous);
    if (point === "between") return;
    await rename(staged, dist);
    if (point === "after") return;
    // Killed while deleting the old site: part of it is gone.
    await rm(join(previous, "artikel"), { recursive: true });
  }

  it.each([
    ["before the first rename", "before", "old"],
    ["between the two renames", "between", "old"],
    ["after the second rename", "after", "new"],
    ["while removing the old site", "removing", "new"],
  ] as const)("%s should be tidied by the next build before anything else", async (_, point, site) => {
    await killedAt(point, await deadPid());
    if (point === "between") expect(await state()).toBe("missing, beside it: old");
    const next = await failingBuild();
    if (point === "between")
      expect(next.output).toMatch(/Build: restored the previous site from \.kiosk-dist-old-\d+\//);
    expect(await state()).toBe(site);
    expect(await leftovers()).toEqual([]);
  });

  it("should leave nothing in the way of the next good build, which publishes the new site", async () => {
    await publishedOld();
    const next = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
    expect(next.exitCode, next.output).toBe(0);
    expect(await state()).toBe("new");
    expect(await leftovers()).toEqual([]);
  });
});

describe("a publish killed while its search index follows the pages", () => {
  /** One hash of the files under `dir` that lie inside `pagefind/`, or of all the others. */
  const partHash = (dir: string, search: boolean) =>
    hashTree(dir, (file) => file.startsWith("pagefind/") === search);

  // The old site published by a build in this folder: the next one reuses its pages and
  // indexes after putting them live.
  beforeEach(async () => {
    const aside = join(root, "eilmeldung.md");
    await rename(join(content, "eilmeldung.md"), aside);
    await rm(join(root, "dist"), { recursive: true, force: true });
    const old = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
    expect(old.exitCode, old.output).toBe(0);
    expect(await state()).toBe("old");
    await rename(aside, join(content, "eilmeldung.md"));
  });

  const live = async () => (await partHash(join(root, "dist"), false)) === (await partHash(newSite, false));

  it("SIGTERM to the build's own process should stop the index, report the interruption alone and leave the new pages live", async () => {
    const { group, done } = await buildUntil(indexing);
    process.kill(await buildProcess(group), "SIGTERM");
    thaw(group);
    const { output, exitCode } = await done;
    await groupEnded(group);
    expect(output).toMatch(
      "Build interrupted (SIGTERM); dist/ has the new pages and the search index of the previous build; the next build indexes them.",
    );
    // The stopped index is the interruption's, not a failure of its own.
    expect(output).not.toMatch("Search index failed");
    expect(exitCode).toBe(128 + 15);
    expect(await live()).toBe(true);
    expect(await partHash(join(root, "dist"), true)).toBe(await partHash(oldSite, true));
    expect(await leftovers()).toEqual([]);
    expect(
      (await readdir(searchStore())).filter((name) => !/^[0-9a-f]+$|^\.pages\.json$/.test(name)),
    ).toEqual([]);
  });

  it("should leave the new pages live with the previous index, which the next build brings up to date", async () => {
    // Pagefind runs after the pages went live, and the group stays stopped while dist/ is hashed.
    const { group, done } = await buildUntil(indexing);
    expect(await live()).toBe(true);
    process.kill(-group, "SIGKILL");
    await done;
    await groupEnded(group);
    expect(await live()).toBe(true);
    expect(await partHash(join(root, "dist"), true)).toBe(await partHash(oldSite, true));

    const next = await buildSite({ KIOSK_CONTENT_DIR: content }, root);
    expect(next.exitCode, next.output).toBe(0);
    expect(await state()).toBe("new");
    expect(await leftovers()).toEqual([]);
  });
});
