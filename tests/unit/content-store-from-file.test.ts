import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import contentStoreFromFile from "../../src/integrations/content-store-from-file.ts";

type Transform = (code: string) => { code: string; meta: unknown } | undefined;

/** The Vite plugin's transform as the integration hands it to Astro for `command`. */
function transformFor(command: string, cacheDir: URL): Transform | undefined {
  let transform: Transform | undefined;
  const setup = contentStoreFromFile().hooks["astro:config:setup"] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir },
    updateConfig: ({ vite }: { vite: { plugins: { transform: { handler: Transform } }[] } }) => {
      transform = vite.plugins[0]!.transform.handler;
    },
  });
  return transform;
}

describe("Astro's content store read from its file by the built pages", () => {
  it("should replace the bundled store with a read of the file, which gives the same data", async () => {
    const cache = await mkdtemp(join(tmpdir(), "kiosk-store-"));
    const store = JSON.stringify([["Map", 1], "articles"]);
    await writeFile(join(cache, "data-store.json"), store);
    const transform = transformFor("build", pathToFileURL(`${cache}/`))!;
    const replaced = transform(`export default JSON.parse(${JSON.stringify(store)})`)!;
    expect(replaced.code).not.toContain(JSON.stringify(store));
    expect(replaced.meta).toEqual({ astroIncremental: { kind: "content-data" } });
    const module = await import(`data:text/javascript,${encodeURIComponent(replaced.code)}`);
    expect(module.default).toEqual(JSON.parse(store));
  });

  it("should leave an empty store's module and the dev server alone", async () => {
    const cache = pathToFileURL(`${await mkdtemp(join(tmpdir(), "kiosk-store-"))}/`);
    expect(transformFor("build", cache)!("export default new Map()")).toBeUndefined();
    expect(transformFor("dev", cache)).toBeUndefined();
  });
});
