import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite, hashTree } from "../support/build-site.ts";

/**
 * Kiosk pins the Astro whose internals it was checked against (src/astro-internals.ts).
 * A project whose pin is not the installed Astro, as after an update that skipped the
 * checks, must still build the same site: from nothing, saying why, in one line.
 */
describe("a build with another Astro than the one pinned", () => {
  it("should say so in one line and build from nothing the site the pinned one builds", async () => {
    const pinnedRoot = await copyProject();
    const otherRoot = await copyProject();
    const manifest = join(otherRoot, "package.json");
    const project = JSON.parse(await readFile(manifest, "utf8"));
    const installed = project.devDependencies.astro;
    project.devDependencies.astro = "7.0.0";
    await writeFile(manifest, JSON.stringify(project, null, 2));

    const pinned = await buildSite({}, pinnedRoot);
    expect(pinned.exitCode, pinned.output).toBe(0);
    expect(pinned.output).not.toContain("is installed, not");
    // Built twice: the second build would reuse the first one's pages if it trusted Astro.
    for (const build of [1, 2]) {
      const other = await buildSite({}, otherRoot);
      expect(other.exitCode, other.output).toBe(0);
      const lines = other.output.split("\n").filter((line) => line.includes("is installed, not"));
      expect(lines, `build ${build}`).toEqual([
        `Build: Astro ${installed} is installed, not 7.0.0 as package.json pins: building from nothing (npm install installs 7.0.0).`,
      ]);
      expect(other.output).not.toMatch(/unchanged pages? reused/);
      expect(await hashTree(other.dist)).toBe(await hashTree(pinned.dist));
    }
  }, 600_000);
});
