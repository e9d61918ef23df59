import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import contentStoreFromFile from "../../src/integrations/content-store-from-file.ts";

type Load = { order: string; handler: () => { code: string; meta: unknown } | undefined };

/** The Vite plugin's load hook as the integration hands it to Astro for `command`. */
function loadFor(command: string, cacheDir: URL, collectionStorage?: string): Load | undefined {
  let load: Load | undefined;
  const setup = contentStoreFromFile().hooks["astro:config:setup"] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir, experimental: { collectionStorage } },
    updateConfig: ({ vite }: { vite: { plugins: { load: Load }[] } }) => {
      load = vite.plugins[0]!.load;
    },
  });
  return load;
}

const caches: string[] = [];
const newCache = async () => {
  caches.push(await mkdtemp(join(tmpdir(), "kiosk-store-")));
  return caches.at(-1)!;
};
const emptyCache = async () => pathToFileURL(`${await newCache()}/`);
afterEach(() => Promise.all(caches.splice(0).map((cache) => rm(cache, { recursive: true, force: true }))));

describe("Astro's content store read from its file by the built pages", () => {
  it("should load the store's module, before Astro does, as a read of the file that gives the same data", async () => {
    const cache = await newCache();
    const store = JSON.stringify([["Map", 1], "articles"]);
    await writeFile(join(cache, "data-store.json"), store);
    const load = loadFor("build", pathToFileURL(`${cache}/`))!;
    expect(load.order).toBe("pre");
    const loaded = load.handler()!;
    expect(loaded.code).not.toContain(JSON.stringify(store));
    expect(loaded.meta).toEqual({ astroIncremental: { kind: "content-data" } });
    const module = await import(`data:text/javascript,${encodeURIComponent(loaded.code)}`);
    expect(module.default).toEqual(JSON.parse(store));
  });

  it("should leave a store not yet written, a store in chunks and the dev server to Astro", async () => {
    expect(loadFor("build", await emptyCache())!.handler()).toBeUndefined();
    expect(loadFor("build", await emptyCache(), "chunked")).toBeUndefined();
    expect(loadFor("dev", await emptyCache())).toBeUndefined();
  });
});
