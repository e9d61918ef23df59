import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { recoverOutput, removeTrash, replaceOutput, stagingFolder } from "../../build/output-folder.ts";

/** No process has this id (Linux pids stay below 2^22). */
const GONE = 99_999_999;

let root: string;
let dist: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kiosk-output-"));
  dist = join(root, "dist");
});

async function site(folder: string, text: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "index.html"), text);
}

describe("swapping a build into dist/", () => {
  it("should replace the previous site as a whole, and set it aside for the next build to remove", async () => {
    await site(dist, "alt");
    await writeFile(join(dist, "weg.html"), "nur im alten Stand");
    const staging = stagingFolder(root);
    await site(staging, "neu");
    await replaceOutput(staging, dist, root);
    expect(await readdir(dist)).toEqual(["index.html"]);
    expect(await readFile(join(dist, "index.html"), "utf8")).toBe("neu");
    const [trash, ...others] = (await readdir(root)).filter((name) => name !== "dist");
    expect(others).toEqual([]);
    expect(trash).toMatch(new RegExp(`^\\.kiosk-trash-${process.pid}-\\d+$`));
    // Set aside, never a site to restore, whatever happens to dist/.
    await rm(dist, { recursive: true });
    expect(await recoverOutput(dist, root)).toEqual([]);
    expect(existsSync(dist)).toBe(false);
  });

  it("should remove what ended builds set aside, and leave a running build's alone", async () => {
    await site(join(root, `.kiosk-trash-${GONE}-1`), "alt");
    await site(join(root, `.kiosk-trash-${GONE}-2`), "älter");
    await site(join(root, `.kiosk-trash-${process.ppid}-1`), "läuft");
    await site(dist, "neu");
    await removeTrash(root);
    expect((await readdir(root)).sort()).toEqual([`.kiosk-trash-${process.ppid}-1`, "dist"]);
  });

  it("should restore the previous site when a build died between the two renames", async () => {
    await site(join(root, `.kiosk-dist-old-${GONE}`), "vorher");
    await site(join(root, ".kiosk-build"), "halb");
    const done = await recoverOutput(dist, root);
    expect(await readdir(root)).toEqual(["dist"]);
    expect(await readFile(join(dist, "index.html"), "utf8")).toBe("vorher");
    expect(done).toEqual([
      `restored the previous site from .kiosk-dist-old-${GONE}/ to ${dist}/`,
      "removed .kiosk-build/ left by an interrupted build",
    ]);
  });

  it("should keep the new site when a build died after the swap", async () => {
    await site(dist, "neu");
    await site(join(root, `.kiosk-dist-old-${GONE}`), "vorher");
    await recoverOutput(dist, root);
    expect(await readdir(root)).toEqual(["dist"]);
    expect(await readFile(join(dist, "index.html"), "utf8")).toBe("neu");
  });

  it("should leave the previous site of a build that is still running alone", async () => {
    const running = join(root, `.kiosk-dist-old-${process.ppid}`);
    await site(running, "läuft");
    expect(await recoverOutput(dist, root)).toEqual([]);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(dist)).toBe(false);
  });
});
