import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";

/**
 * `docs/architecture.md` names every folder of the project and every module at the top
 * of `src/`, and nothing that is not there: its table is where a newcomer starts.
 */
const page = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
/** The paths the folder table's first column names. */
const named = page
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map(([, path]) => path!));
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n");

describe("the architecture page's folder table", () => {
  it("should name only what the project has", () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it("should name every top-level folder, every folder of src/ and every module at its top", () => {
    const folders = new Set<string>();
    for (const file of tracked) {
      const parts = file.split("/");
      // src/ is named by its folders.
      if (parts.length > 1 && !parts[0]!.startsWith(".") && parts[0] !== "src") folders.add(`${parts[0]}/`);
      if (parts[0] === "src" && parts.length > 2) folders.add(`src/${parts[1]}/`);
      if (parts[0] === "src" && parts.length === 2) folders.add(file);
    }
    expect([...folders].filter((path) => !named.includes(path)).sort()).toEqual([]);
  });
});
