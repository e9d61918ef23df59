import { lstatSync, statSync } from "node:fs";
import { link, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { assembleOutput } from "../../publish/assemble-output.ts";
import { linkFiles } from "../../src/files/link-files.ts";
import { isUntouchedPlaceholder, makePlaceholders } from "../../src/files/page-placeholders.ts";

let dist: string;
let built: string;
let site: string;
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), "kiosk-placeholders-"));
  [dist, built, site] = ["dist", ".kiosk-build", ".kiosk-publish"].map((name) => join(root, name)) as [
    string,
    string,
    string,
  ];
  for (const [file, text] of [
    ["index.html", "Titelseite"],
    ["artikel/a/index.html", "a"],
    ["artikel/b/index.html", "b"],
    ["artikel/weg/index.html", "gelöscht"],
  ])
    await put(dist, file!, text!);
});

async function put(folder: string, file: string, text: string): Promise<void> {
  await mkdir(dirname(join(folder, file)), { recursive: true });
  await writeFile(join(folder, file), text);
}

const PAGES = ["index.html", "artikel/a/index.html", "artikel/b/index.html", "artikel/weg/index.html"];

describe("placeholders for the published pages", () => {
  it("should be new empty files, one for each page the site has", () => {
    const made = makePlaceholders(dist, built, [...PAGES, "artikel/fehlt/index.html"]);
    expect(made).toEqual(PAGES);
    for (const page of PAGES) {
      const placeholder = lstatSync(join(built, page));
      expect(isUntouchedPlaceholder(placeholder), page).toBe(true);
      expect(placeholder.ino).not.toBe(statSync(join(dist, page)).ino);
      expect(placeholder.nlink).toBe(1);
    }
    expect(lstatSync(join(built, "artikel/fehlt"), { throwIfNoEntry: false })).toBeUndefined();
  });

  it("should keep the placeholders a publish left untouched, and remove anything else without writing to it", async () => {
    makePlaceholders(dist, built, PAGES);
    const kept = statSync(join(built, "index.html")).ino;
    // Astro wrote page a; the file of a page no longer made, and a stray file, are left.
    await writeFile(join(built, "artikel/a/index.html"), "a neu");
    await put(built, "rss.xml", "<rss/>");
    // A stray link to a published page: it must go without being written through.
    await link(join(dist, "artikel/b/index.html"), join(built, "artikel/b/neben.html"));
    const pages = ["index.html", "artikel/a/index.html", "artikel/b/index.html"];
    expect(makePlaceholders(dist, built, pages)).toEqual(pages);
    expect(statSync(join(built, "index.html")).ino).toBe(kept);
    for (const page of pages) expect(isUntouchedPlaceholder(lstatSync(join(built, page))), page).toBe(true);
    expect((await readdir(built, { recursive: true })).filter((name) => /\.\w+$/.test(name)).sort()).toEqual(
      [...pages].sort(),
    );
    expect(await readFile(join(dist, "artikel/b/index.html"), "utf8")).toBe("b");
  });

  it("should no longer be untouched once written, even with nothing", async () => {
    makePlaceholders(dist, built, ["index.html"]);
    await writeFile(join(built, "index.html"), "");
    expect(isUntouchedPlaceholder(lstatSync(join(built, "index.html")))).toBe(false);
  });
});

describe("assembling a publish", () => {
  it("should move what Astro wrote over the links, keep the untouched pages' links and remove pages no longer made", async () => {
    makePlaceholders(dist, built, PAGES);
    linkFiles(dist, site, PAGES);
    // Astro renders page b again, writes a new page and a feed, and no longer makes "weg".
    await writeFile(join(built, "artikel/b/index.html"), "b neu");
    await put(built, "artikel/c/index.html", "c");
    await put(built, "rss.xml", "<rss/>");
    const made = new Set([
      "index.html",
      "artikel/a/index.html",
      "artikel/b/index.html",
      "artikel/c/index.html",
    ]);

    expect(await assembleOutput(built, site, made)).toEqual({ moved: 3, removed: 1 });
    expect(await readFile(join(site, "artikel/b/index.html"), "utf8")).toBe("b neu");
    expect(await readFile(join(site, "artikel/c/index.html"), "utf8")).toBe("c");
    expect(await readFile(join(site, "rss.xml"), "utf8")).toBe("<rss/>");
    // The published page b was never written.
    expect(await readFile(join(dist, "artikel/b/index.html"), "utf8")).toBe("b");
    for (const page of ["index.html", "artikel/a/index.html"])
      expect(statSync(join(site, page)).ino, page).toBe(statSync(join(dist, page)).ino);
    expect(lstatSync(join(site, "artikel/weg"), { throwIfNoEntry: false })).toBeUndefined();
  });
});
