import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgetRendersOfOtherCode } from "../../scripts/render-cache.ts";

describe("forgetRendersOfOtherCode", () => {
  it("should keep Astro's stored renders while the pipeline is unchanged and drop them when it changes", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiosk-render-cache-"));
    const [cache, plugins, lock] = [
      join(root, "cache"),
      join(root, "markdown"),
      join(root, "package-lock.json"),
    ];
    await mkdir(plugins);
    await writeFile(join(plugins, "remark-x.ts"), "export default 1;");
    const store = join(cache, "data-store.json");
    const sources = [plugins, lock];

    expect(forgetRendersOfOtherCode(cache, sources)).toBe(true); // first run: no marker yet
    await writeFile(store, "{}");
    expect(forgetRendersOfOtherCode(cache, sources)).toBe(false);
    expect(existsSync(store)).toBe(true);

    await writeFile(join(plugins, "remark-x.ts"), "export default 2;");
    expect(forgetRendersOfOtherCode(cache, sources)).toBe(true);
    expect(existsSync(store)).toBe(false);

    await writeFile(store, "{}");
    await writeFile(lock, '{"lockfileVersion": 3}'); // a library upgrade
    expect(forgetRendersOfOtherCode(cache, sources)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});
