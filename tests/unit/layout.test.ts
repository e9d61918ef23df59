import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleSpecifiers } from "../../src/integrations/pipeline-fingerprint.ts";
import { ROOT } from "../../tools/project-copy.ts";

const SOURCE = /\.(?:ts|mjs|js|astro)$/;
const FOLDERS = ["src", "publish", "cli", "tools", "bench", "tests"];

/** Every import of the project's own files: from and to, relative to the repository. */
function imports(): { from: string; to: string; specifier: string }[] {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((path) => !/(?:^|\/)(?:node_modules|fixtures|\.astro|dist)\//.test(path)),
  );
  return files.flatMap((from) =>
    moduleSpecifiers(readFileSync(join(ROOT, from), "utf8")).map((specifier) => {
      const to = specifier.startsWith(".")
        ? relative(ROOT, resolve(ROOT, dirname(from), specifier))
        : specifier;
      return { from, to, specifier };
    }),
  );
}

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
/** Helper folders import only their own kind: anything else in src/ but src/consts.ts lies above them. */
const above =
  (...folders: string[]) =>
  (path: string) =>
    path.startsWith("src/") && path !== "src/consts.ts" && !within(...folders)(path);
const within =
  (...folders: string[]) =>
  (path: string) =>
    folders.some((folder) => under(folder)(path));

describe("the project's layout", () => {
  const all = imports();

  it("should read its imports (a broken reader would find none)", () => {
    expect(
      all.some(({ from, to }) => from === "publish/build.ts" && to === "src/settings/site-config.ts"),
    ).toBe(true);
  });

  it.each([
    ["nothing outside tests/", (from: string) => !under("tests")(from), under("tests")],
    ["src/", under("src"), within("publish", "cli", "tools", "bench")],
    ["tools/", under("tools"), within("publish", "cli", "bench")],
    ["publish/", under("publish"), within("cli", "bench")],
    [
      "src/lib/",
      under("src/lib"),
      (to: string) => to.startsWith("src/") && !under("src/lib")(to) && to !== "src/consts.ts",
    ],
    ["src/lib/ (astro)", under("src/lib"), (to: string) => to === "astro" || /^astro[/:]/.test(to)],
    ["src/files/", under("src/files"), above("src/files", "src/lib")],
    ["src/settings/", under("src/settings"), above("src/settings", "src/files", "src/lib")],
    [
      "src/interface/",
      under("src/interface"),
      above("src/interface", "src/settings", "src/files", "src/lib"),
    ],
    [
      "src/metadata/",
      under("src/metadata"),
      above("src/metadata", "src/interface", "src/settings", "src/files", "src/lib"),
    ],
    [
      "src/schemas/",
      under("src/schemas"),
      within("src/check", "src/markdown", "src/data", "src/pages", "src/components", "src/layouts"),
    ],
    ["src/data/", under("src/data"), within("src/pages", "src/components", "src/layouts")],
  ])("should keep %s from importing what lies above it", (_, isFrom, isForbidden) => {
    const wrong = all.filter(({ from, to }) => isFrom(from) && isForbidden(to));
    expect(wrong.map(({ from, specifier }) => `${from} imports ${specifier}`)).toEqual([]);
  });
});
