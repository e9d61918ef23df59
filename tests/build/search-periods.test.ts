import { getEventListeners } from "node:events";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { indexSearch } from "../../publish/search-index.ts";
import { buildSite, hashTree } from "../support/build-site.ts";

/** Articles of four periods: two months of the newest year, two earlier years. */
const FIXTURE = "tests/fixtures/articles-search-periods";
const PERIODS = { newest: "2024-12", older: ["2024-05", "2023", "2022"] };
const DELETED = "artikel/schlepper-streik/";

let dist: string;
beforeAll(async () => {
  const built = await buildSite({ KIOSK_CONTENT_DIR: FIXTURE });
  if (built.exitCode !== 0) throw new Error(`The search-periods fixture does not build:\n${built.output}`);
  dist = built.dist;
});

/** A copy of the built site without its search index, as the build hands it to the indexer. */
async function unindexedSite(): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), "kiosk-search-site-"));
  await cp(dist, site, { recursive: true });
  await rm(join(site, "pagefind"), { recursive: true });
  return site;
}

/** The URLs of every page a bundle folder's fragments describe. */
async function fragmentUrls(bundle: string): Promise<string[]> {
  const files = await readdir(join(bundle, "fragment"));
  const urls = await Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(join(bundle, "fragment", file))).toString("utf8");
      return (JSON.parse(text.replace(/^pagefind_dcd/, "")) as { url: string }).url;
    }),
  );
  return urls.sort();
}

describe("the search index in periods", () => {
  it("should place the newest period's bundle in pagefind/ and each older one's index beside it", async () => {
    const folder = join(dist, "pagefind");
    expect(JSON.parse(await readFile(join(folder, "periods.json"), "utf8"))).toEqual(PERIODS);
    expect(await fragmentUrls(folder)).toEqual(["/artikel/containerriese-hamburg/"]);
    for (const period of PERIODS.older) {
      const files = (await readdir(join(folder, period))).map((name) =>
        name.replace(/_\w+\.pf_meta$/, ".pf_meta"),
      );
      expect(files.sort(), period).toEqual([
        "filter",
        "fragment",
        "index",
        "pagefind-entry.json",
        "pagefind.de.pf_meta",
      ]);
    }
    expect(await fragmentUrls(join(folder, "2023"))).toEqual([
      "/artikel/port-report-rotterdam/",
      `/${DELETED}`,
    ]);
    expect(await readdir(join(folder, "kiosk"))).toEqual(["pagefind.js"]);
  });

  it("should keep the search page's own script small: it loads only there", async () => {
    const script = await readFile(join(dist, "pagefind", "kiosk", "pagefind.js"));
    expect(gzipSync(script).length).toBeLessThanOrEqual(2048);
  });

  it("should reuse every kept bundle when nothing changed, and write what a fresh index writes", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "kiosk-search-cache-"));
    const first = await unindexedSite();
    expect(await indexSearch(first, { cacheDir })).toEqual({ pages: 5, periods: 4, indexed: 4 });
    const again = await unindexedSite();
    expect(await indexSearch(again, { cacheDir })).toEqual({ pages: 5, periods: 4, indexed: 0 });
    const fresh = await hashTree(join(dist, "pagefind"));
    expect(await hashTree(join(first, "pagefind"))).toBe(fresh);
    expect(await hashTree(join(again, "pagefind"))).toBe(fresh);
  });

  it("should index again only the period of a deleted article, which is then gone from it", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "kiosk-search-cache-"));
    await indexSearch(await unindexedSite(), { cacheDir });
    const withoutOne = async () => {
      const site = await unindexedSite();
      await rm(join(site, DELETED), { recursive: true });
      return site;
    };
    const incremental = await withoutOne();
    expect(await indexSearch(incremental, { cacheDir })).toEqual({ pages: 4, periods: 4, indexed: 1 });
    expect(await fragmentUrls(join(incremental, "pagefind", "2023"))).toEqual([
      "/artikel/port-report-rotterdam/",
    ]);
    const clean = await withoutOne();
    await indexSearch(clean);
    expect(await hashTree(join(incremental, "pagefind"))).toBe(await hashTree(join(clean, "pagefind")));
  });

  it("should stop Pagefind at once when its build stops, and keep no bundle", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "kiosk-search-cache-"));
    const site = await unindexedSite();
    const stop = new AbortController();
    const indexing = indexSearch(site, { cacheDir, signal: stop.signal });
    // Stopped while the first period is being written, the others not yet begun.
    while (!(await readdir(cacheDir)).some((name) => name.startsWith(".writing-")))
      await new Promise((resolve) => setTimeout(resolve, 2));
    stop.abort();
    await expect(indexing).rejects.toThrow();
    expect((await readdir(cacheDir)).filter((name) => name !== ".pages.json")).toEqual([]);
    expect(existsSync(join(site, "pagefind"))).toBe(false);
  });

  it("should leave nothing listening on its build's signal once every period is indexed", async () => {
    const signal = new AbortController().signal;
    expect(await indexSearch(await unindexedSite(), { signal })).toMatchObject({ indexed: 4 });
    expect(getEventListeners(signal, "abort")).toEqual([]);
  });
});
