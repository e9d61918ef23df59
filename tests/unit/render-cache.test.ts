import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importClosure, pipelineFingerprint } from "../../src/integrations/pipeline-fingerprint.ts";
import { forgetRendersOfOtherCode } from "../../src/integrations/render-cache.ts";

/** A project whose pipeline imports one plugin, one helper and one package with a dependency. */
async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "kiosk-pipeline-"));
  await mkdir(join(root, "src/markdown"), { recursive: true });
  await mkdir(join(root, "src/lib"), { recursive: true });
  await writeFile(
    join(root, "src/markdown/plugins.ts"),
    'import remarkX from "./remark-x.ts";\nimport type { T } from "../lib/types.ts";\nimport gfm from "remark-gfm";\nimport { join } from "node:path";\n',
  );
  await writeFile(join(root, "src/markdown/remark-x.ts"), 'import { quote } from "../lib/quote.ts";\n');
  await writeFile(join(root, "src/lib/quote.ts"), "export const quote = 1;\n");
  await writeFile(join(root, "src/lib/types.ts"), "export type T = 1;\n");
  await writeFile(join(root, "src/lib/strings.ts"), 'export const label = "Startseite";\n');
  await lock(root, "3.0.0");
  return root;
}

function lock(root: string, micromark: string, unrelated = "1.0.0") {
  const packages = {
    "node_modules/remark-gfm": { version: "4.0.1", dependencies: { micromark: "^3" } },
    "node_modules/micromark": { version: micromark },
    "node_modules/vitest": { version: unrelated },
  };
  return writeFile(join(root, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages }));
}

const ENTRY = "src/markdown/plugins.ts";

describe("pipelineFingerprint", () => {
  it("should follow the pipeline's relative imports and name the packages it loads", async () => {
    const root = await project();
    const { files, packages } = importClosure(join(root, ENTRY));
    expect(files.map((file) => file.slice(root.length + 1))).toEqual([
      "src/lib/quote.ts",
      "src/lib/types.ts",
      "src/markdown/plugins.ts",
      "src/markdown/remark-x.ts",
    ]);
    expect(packages).toEqual(["remark-gfm"]);
  });

  it("should change with what the pipeline imports, and with nothing else", async () => {
    const root = await project();
    const before = pipelineFingerprint(root, ENTRY);

    await writeFile(join(root, "src/lib/strings.ts"), 'export const label = "Home";\n'); // a UI string
    await lock(root, "3.0.0", "9.9.9"); // a test runner's upgrade
    expect(pipelineFingerprint(root, ENTRY)).toBe(before);

    const moved = await mkdtemp(join(tmpdir(), "kiosk-pipeline-moved-"));
    await cp(root, moved, { recursive: true });
    expect(pipelineFingerprint(moved, ENTRY)).toBe(before);

    await writeFile(join(root, "src/lib/quote.ts"), "export const quote = 2;\n"); // imported through a plugin
    const edited = pipelineFingerprint(root, ENTRY);
    expect(edited).not.toBe(before);

    await lock(root, "3.1.0"); // a dependency of a dependency
    expect(pipelineFingerprint(root, ENTRY)).not.toBe(edited);
  });
});

describe("forgetRendersOfOtherCode", () => {
  it("should keep Astro's stored renders for the same pipeline and drop them for another", async () => {
    const cache = join(await mkdtemp(join(tmpdir(), "kiosk-render-cache-")), "cache");
    const store = join(cache, "data-store.json");

    expect(forgetRendersOfOtherCode(cache, "a")).toBe(true); // first run: no marker yet
    await writeFile(store, "{}");
    expect(forgetRendersOfOtherCode(cache, "a")).toBe(false);
    expect(existsSync(store)).toBe(true);

    expect(forgetRendersOfOtherCode(cache, "b")).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});
