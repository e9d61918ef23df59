import { existsSync, statSync } from "node:fs";
import { link, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { filesUnder, linkFiles, mirrorFiles } from "../../src/files/link-files.ts";

let from: string;
let to: string;
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), "kiosk-link-files-"));
  from = join(root, "dist");
  to = join(root, "staging");
});

async function put(folder: string, file: string, text: string): Promise<void> {
  await mkdir(dirname(join(folder, file)), { recursive: true });
  await writeFile(join(folder, file), text);
}

const inode = (path: string) => statSync(path).ino;
const sameFile = (file: string) => inode(join(from, file)) === inode(join(to, file));

describe("linking chosen files of one folder into another", () => {
  beforeEach(async () => {
    await put(from, "artikel/a/index.html", "a");
    await put(from, "artikel/b/index.html", "b neu");
    await put(from, "index.html", "Titelseite");
  });

  it("should link missing files, replace a file that is another, and keep a link that is one", async () => {
    await mkdir(join(to, "artikel/a"), { recursive: true });
    await link(join(from, "artikel/a/index.html"), join(to, "artikel/a/index.html"));
    // The page as a replaced site had it: a link to a file the published site no longer has.
    await put(to, "artikel/b/index.html", "b alt");
    await put(to, "artikel/fremd/bild.png", "bleibt");
    const linked = linkFiles(from, to, ["artikel/a/index.html", "artikel/b/index.html", "index.html"]);
    expect(linked.sort()).toEqual(["artikel/a/index.html", "artikel/b/index.html", "index.html"]);
    expect(["artikel/a/index.html", "artikel/b/index.html", "index.html"].every(sameFile)).toBe(true);
    expect(await readFile(join(to, "artikel/b/index.html"), "utf8")).toBe("b neu");
    // Nothing it was not asked about.
    expect(await readFile(join(to, "artikel/fremd/bild.png"), "utf8")).toBe("bleibt");
  });

  it("should not write through a replaced link into the file it shared", async () => {
    const old = join(dirname(from), "old");
    await put(old, "artikel/b/index.html", "b alt");
    await mkdir(join(to, "artikel/b"), { recursive: true });
    await link(join(old, "artikel/b/index.html"), join(to, "artikel/b/index.html"));
    linkFiles(from, to, ["artikel/b/index.html"]);
    expect(await readFile(join(old, "artikel/b/index.html"), "utf8")).toBe("b alt");
    expect(await readFile(join(to, "artikel/b/index.html"), "utf8")).toBe("b neu");
  });

  it("should leave out, and remove, a file the first folder does not have", async () => {
    await put(to, "artikel/weg/index.html", "gelöscht");
    expect(linkFiles(from, to, ["artikel/weg/index.html", "index.html"])).toEqual(["index.html"]);
    expect(existsSync(join(to, "artikel/weg/index.html"))).toBe(false);
  });

  it("should mirror: hold the chosen files and nothing else, without emptied folders", async () => {
    await mkdir(join(to, "artikel/a"), { recursive: true });
    await link(join(from, "artikel/a/index.html"), join(to, "artikel/a/index.html"));
    await put(to, "artikel/a/vorschau.png", "Bild");
    await put(to, "artikel/weg/index.html", "gelöscht");
    await put(to, "pagefind/2024/fragment/x", "Suche");
    mirrorFiles(from, to, ["artikel/a/index.html", "index.html"]);
    expect(filesUnder(to).sort()).toEqual(["artikel/a/index.html", "index.html"]);
    expect((await readdir(to)).sort()).toEqual(["artikel", "index.html"]);
    expect(await readdir(join(to, "artikel"))).toEqual(["a"]);
    expect(["artikel/a/index.html", "index.html"].every(sameFile)).toBe(true);
  });

  it("should list the files under a folder whose top-level names are wanted", async () => {
    await put(from, "pagefind/index", "Suche");
    expect(filesUnder(from, (name) => name !== "pagefind").sort()).toEqual([
      "artikel/a/index.html",
      "artikel/b/index.html",
      "index.html",
    ]);
  });
});
