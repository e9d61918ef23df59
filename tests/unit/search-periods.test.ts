import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { articlePages, type ArticlePage } from "../../publish/search/article-pages.ts";
import { keptBundles } from "../../publish/search/bundle-store.ts";
import { bundleKey } from "../../publish/search/index-period.ts";
import { periodsOf } from "../../publish/search/periods.ts";

describe("periods of publication", () => {
  it.each([
    [
      "should give the newest year's articles their months",
      ["2024-12-03T08:00:00.000Z", "2024-05-20"],
      ["2024-12", "2024-05"],
    ],
    [
      "should keep an earlier year whole while it fits",
      ["2024-01-02", "2023-06-10", "2023-08-14", "2022-03-15"],
      ["2024-01", "2023", "2023", "2022"],
    ],
    [
      "should count years by the dates alone, not by today",
      ["2019-02-01", "2018-02-01"],
      ["2019-02", "2018"],
    ],
  ])("%s", (_, dates, periods) => {
    expect(periodsOf(dates)).toEqual(periods);
  });

  it.each([
    ["halves", ["2022-01-05", "2022-02-05", "2022-08-05"], ["2022-h1", "2022-h1", "2022-h2"]],
    [
      "quarters",
      ["2022-01-05", "2022-02-05", "2022-05-05", "2022-08-05", "2022-09-05"],
      ["2022-q1", "2022-q1", "2022-q2", "2022-q3", "2022-q3"],
    ],
    [
      "months",
      ["2022-01-05", "2022-02-05", "2022-02-06", "2022-03-05", "2022-03-06"],
      ["2022-01", "2022-02", "2022-02", "2022-03", "2022-03"],
    ],
  ])("should cut an earlier year that holds too many articles into %s", (_, dates, periods) => {
    expect(periodsOf(["2024-01-01", ...dates], 2)).toEqual(["2024-01", ...periods]);
  });

  it("should keep months when even a month holds too many", () => {
    expect(periodsOf(["2024-01-01", "2022-01-05", "2022-01-06", "2022-01-07"], 2)).toEqual([
      "2024-01",
      "2022-01",
      "2022-01",
      "2022-01",
    ]);
  });

  it("should refuse a date it cannot read, naming it", () => {
    expect(() => periodsOf(["20. Dezember 2023"])).toThrow('"20. Dezember 2023" is not an ISO date');
  });
});

const page = (file: string, digest: string): ArticlePage => ({
  file,
  digest,
  published: "2024-01-01",
});

describe("a period's bundle key", () => {
  const pages = [page("artikel/a/index.html", "1"), page("artikel/b/index.html", "2")];

  it("should not depend on the order the pages are listed in", () => {
    expect(bundleKey([...pages].reverse(), "1.6.0")).toBe(bundleKey(pages, "1.6.0"));
  });

  it.each([
    ["a page's bytes", [pages[0]!, page("artikel/b/index.html", "3")], "1.6.0"],
    ["a page's path", [pages[0]!, page("artikel/c/index.html", "2")], "1.6.0"],
    ["a page less", [pages[0]!], "1.6.0"],
    ["Pagefind's version", pages, "1.6.1"],
  ])("should change with %s", (_, changed, version) => {
    expect(bundleKey(changed, version)).not.toBe(bundleKey(pages, "1.6.0"));
  });
});

describe("bundles kept between builds", () => {
  const writeBundle = (text: string) => async (dir: string) => {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "pagefind-entry.json"), text);
  };

  it("should write a bundle once and hand it back to the next build", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-bundles-"));
    const first = await (await keptBundles(dir)).bundle("abc", writeBundle("one"));
    const second = await (
      await keptBundles(dir)
    ).bundle("abc", () => Promise.reject(new Error("written twice")));
    expect([first.reused, second.reused]).toEqual([false, true]);
    expect(second.dir).toBe(first.dir);
  });

  it("should keep one of two builds' copies of the same bundle, and no half-written folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-bundles-"));
    const [a, b] = await Promise.all([
      (await keptBundles(dir)).bundle("abc", writeBundle("same")),
      (await keptBundles(dir)).bundle("abc", writeBundle("same")),
    ]);
    expect(a.dir).toBe(b.dir);
    expect(await readdir(dir)).toEqual(["abc"]);
  });

  it("should forget bundles no build used for an hour, and keep younger ones for other builds", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-bundles-"));
    const earlier = await keptBundles(dir);
    await earlier.bundle("old", writeBundle("old"));
    await earlier.bundle("recent", writeBundle("recent"));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(join(dir, "old"), twoHoursAgo, twoHoursAgo);
    const now = await keptBundles(dir);
    await now.bundle("used", writeBundle("used"));
    await writeFile(now.pagesFile!, "[]");
    await utimes(now.pagesFile!, twoHoursAgo, twoHoursAgo);
    await now.close();
    expect((await readdir(dir)).sort()).toEqual([".pages.json", "recent", "used"]);
    expect((await stat(join(dir, "used"))).isDirectory()).toBe(true);
  });
});

describe("the article pages the index reads", () => {
  const html = (date: string) =>
    `<meta property="article:published_time" content="${date}"><p data-pagefind-body>Text</p>`;

  async function siteWith(date: string): Promise<string> {
    const site = await mkdtemp(join(tmpdir(), "kiosk-pages-"));
    await mkdir(join(site, "artikel/a"), { recursive: true });
    await writeFile(join(site, "artikel/a/index.html"), html(date));
    // Written by the build before: a file modified a moment ago is read again anyway.
    const before = new Date(Date.now() - 60_000);
    await utimes(join(site, "artikel/a/index.html"), before, before);
    return site;
  }

  /** The site `siteWith` made, its page now the same file linked into a new folder, as a build's staging folder gets it. */
  async function linkedAgain(site: string): Promise<void> {
    const before = `${site}-before`;
    await rename(site, before);
    await mkdir(join(site, "artikel/a"), { recursive: true });
    await link(join(before, "artikel/a/index.html"), join(site, "artikel/a/index.html"));
  }

  it("should take a page that is the file read last time from what was read then", async () => {
    const site = await siteWith("2024-01-01T08:00:00Z");
    const store = join(site, "..", `${basename(site)}.pages.json`);
    await articlePages(site, store);
    // What was read, altered where no read of the page could give it.
    const kept = (await readFile(store, "utf8")).replace(/"digest":"[0-9a-f]+"/, '"digest":"as read before"');
    await writeFile(store, kept);
    await linkedAgain(site);
    expect((await articlePages(site, store))[0]!.digest).toBe("as read before");
  });

  it("should read a page written again, even with the same size", async () => {
    const site = await siteWith("2024-01-01T08:00:00Z");
    const store = join(site, "..", `${basename(site)}.pages.json`);
    const [read] = await articlePages(site, store);
    await rm(join(site, "artikel/a/index.html"));
    await writeFile(join(site, "artikel/a/index.html"), html("2024-01-02T08:00:00Z"));
    const [again] = await articlePages(site, store);
    expect(again!.published).toBe("2024-01-02T08:00:00Z");
    expect(again!.digest).not.toBe(read!.digest);
  });

  it("should name the page that has no publication date", async () => {
    const site = await siteWith("2024-01-01T08:00:00Z");
    await writeFile(join(site, "artikel/a/index.html"), "<p data-pagefind-body>Text</p>");
    await expect(articlePages(site)).rejects.toThrow(
      `${join(site, "artikel/a/index.html")}: no article:published_time in the page's head`,
    );
  });
});
