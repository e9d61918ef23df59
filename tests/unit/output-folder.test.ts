import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MANIFEST_MARK } from "../../publish/incremental-state.ts";
import {
  keepForNextBuild,
  recoverOutput,
  removeTrash,
  replaceOutput,
  stagingFolder,
  takeKeptFolder,
} from "../../publish/output-folder.ts";
import { KEPT_SITE } from "../../src/kept-stores.ts";

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

describe("keeping the replaced site for the next build", () => {
  /** dist/ after a publish, with the site it replaced set aside; returns that folder. */
  async function published(): Promise<string> {
    await site(dist, "alt");
    await site(join(dist, "artikel/a"), "a");
    await writeFile(join(dist, MANIFEST_MARK), "manifest 1");
    const staging = stagingFolder(root);
    await mkdir(join(staging, "artikel/a"), { recursive: true });
    await site(staging, "neu");
    await rename(join(dist, "artikel/a/index.html"), join(staging, "artikel/a/index.html"));
    await site(join(staging, "pagefind"), "Suche");
    await writeFile(join(staging, MANIFEST_MARK), "manifest 2");
    const replaced = await replaceOutput(staging, dist, root);
    expect(replaced).toBeDefined();
    return replaced!;
  }

  it("should reduce it to links to the listed pages, and make it the next build's folder", async () => {
    const replaced = await published();
    await keepForNextBuild(replaced, dist, ["index.html", "artikel/a/index.html"], root);
    expect(existsSync(join(root, KEPT_SITE))).toBe(true);
    const staging = stagingFolder(root);
    expect(await takeKeptFolder(root, staging, dist)).toBe(true);
    expect((await readdir(staging, { recursive: true })).sort()).toEqual([
      "artikel",
      "artikel/a",
      "artikel/a/index.html",
      "index.html",
    ]);
    for (const page of ["index.html", "artikel/a/index.html"])
      expect((await stat(join(staging, page))).ino).toBe((await stat(join(dist, page))).ino);
    expect(await readFile(join(dist, MANIFEST_MARK), "utf8")).toBe("manifest 2");
  });

  it("should not take a folder kept for another site than the one in dist/, and set it aside when another is kept", async () => {
    const replaced = await published();
    await keepForNextBuild(replaced, dist, ["index.html"], root);
    const staging = stagingFolder(root);
    await rm(join(dist, MANIFEST_MARK));
    await writeFile(join(dist, MANIFEST_MARK), "manifest 3");
    expect(await takeKeptFolder(root, staging, dist)).toBe(false);
    expect(existsSync(staging)).toBe(false);
    // The next publish keeps its own replaced site; the stale one becomes trash.
    await site(join(root, "ersetzt"), "manifest 3");
    await keepForNextBuild(join(root, "ersetzt"), dist, ["index.html"], root);
    expect((await readdir(root)).filter((name) => name.startsWith(".kiosk-trash-"))).toHaveLength(1);
    expect(await readFile(join(root, KEPT_SITE, MANIFEST_MARK), "utf8")).toBe("manifest 3");
    expect(await takeKeptFolder(root, staging, dist)).toBe(true);
  });
});
