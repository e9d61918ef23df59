import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleSpecifiers } from "../../src/integrations/pipeline-fingerprint.ts";
import { ROOT } from "../../tools/project-copy.ts";

const SOURCE = /\.(?:ts|mjs|js|astro)$/;
const FOLDERS = ["src", "build", "cli", "tools", "bench", "tests"];

/** Every import of the project's own files: from and to, relative to the repository. */
function imports(): { from: string; to: string; specifier: string }[] {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((name) => SOURCE.test(name) && !name.includes("node_modules") && !name.includes("fixtures"))
      .map((name) => join(folder, name)),
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

describe("the project's layout", () => {
  const all = imports();

  it("should read its imports (a broken reader would find none)", () => {
    expect(all.some(({ from, to }) => from === "build/build.ts" && to === "src/lib/site-config.ts")).toBe(
      true,
    );
  });

  it.each([
    ["nothing outside tests/", (from: string) => !under("tests")(from), under("tests")],
    [
      "src/",
      under("src"),
      (to: string) => ["build", "cli", "tools", "bench"].some((folder) => under(folder)(to)),
    ],
    ["tools/", under("tools"), (to: string) => ["build", "cli", "bench"].some((folder) => under(folder)(to))],
    ["build/", under("build"), (to: string) => under("cli")(to) || under("bench")(to)],
    [
      "src/lib/",
      under("src/lib"),
      (to: string) => !under("src/lib")(to) && to !== "src/consts.ts" && to.startsWith("src/"),
    ],
    [
      "src/lib/ (astro)",
      under("src/lib"),
      (to: string) => to === "astro" || to.startsWith("astro/") || to.startsWith("astro:"),
    ],
    [
      "src/data/",
      under("src/data"),
      (to: string) => ["src/pages", "src/components", "src/layouts"].some((folder) => under(folder)(to)),
    ],
  ])("should keep %s from importing what lies above it", (_, isFrom, isForbidden) => {
    const wrong = all.filter(({ from, to }) => isFrom(from) && isForbidden(to));
    expect(wrong.map(({ from, specifier }) => `${from} imports ${specifier}`)).toEqual([]);
  });
});
