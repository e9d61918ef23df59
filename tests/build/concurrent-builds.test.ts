import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../publish/build-lock.ts";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite, hashTree, leftoverFolders } from "../support/build-site.ts";

const WAITING = /^Build: waiting for another build \(pid (\d+)\) in this folder to end$/m;

describe("two builds started at once in one copy of the project", () => {
  it("should build one after the other, the second waiting for the first, and leave a complete dist/", async () => {
    const root = await copyProject();
    // Which build holds the lock (its file names the process), looked at every few
    // milliseconds: one after the other.
    const holders: string[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const holder = (await readFile(join(root, LOCK_FILE), "utf8").catch(() => "")).trim();
        if (holder && holders.at(-1) !== holder) holders.push(holder);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const builds = await Promise.all([buildSite({}, root), buildSite({}, root)]);
    watching = false;
    await watch;

    for (const { exitCode, output } of builds) expect(exitCode, output).toBe(0);
    const waited = builds.filter(({ output }) => WAITING.test(output));
    expect(waited, builds.map(({ output }) => output).join("\n----\n")).toHaveLength(1);
    expect(holders).toHaveLength(2);
    expect(WAITING.exec(waited[0]!.output)![1]).toBe(holders[0]);
    expect(await leftoverFolders(root)).toEqual([]);

    // dist/ equals a clean build's of the same copy: from nothing, alone.
    const published = await hashTree(join(root, "dist"));
    await rm(join(root, "dist"), { recursive: true });
    await rm(join(root, ".astro"), { recursive: true, force: true });
    const clean = await buildSite({}, root);
    expect(clean.exitCode, clean.output).toBe(0);
    expect(clean.output).not.toMatch(WAITING);
    expect(await hashTree(clean.dist)).toBe(published);
  });
});
