import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { benchSlug, writeBenchArticles } from "../../bench/generate-articles.ts";
import { KEPT } from "../../src/kept-stores.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";
import { buildSite, hashTree } from "../support/build-site.ts";

/**
 * Everything a build keeps for the next one is in `.astro/`, as the README's table lists
 * it, and each store only saves work: deleted before a publish, the site is still the
 * one a clean build makes.
 */

const ARTICLES = 30;

/** The README's table of what a build keeps: each row's paths in `.astro/`, as patterns. */
function tableRows(): { paths: string[]; patterns: RegExp[] }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split("### What a build keeps")[1]?.split(/^##/m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const paths = [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map(([, path]) => path!);
      const patterns = paths.map(
        (path) => new RegExp(`^${RegExp.escape(path).replaceAll(RegExp.escape("<folder>"), "[^/]+")}$`),
      );
      return { paths, patterns };
    });
}

/** What `.astro/` holds, a folder with a slash, the cache folder's entries inside it. */
function keptEntries(root: string): string[] {
  const list = (folder: string, prefix: string) =>
    readdirSync(join(root, KEPT, folder), { withFileTypes: true }).map(
      (entry) => `${prefix}${entry.name}${entry.isDirectory() ? "/" : ""}`,
    );
  return [...list("", "").filter((name) => name !== "cache/"), ...list("cache", "cache/")];
}

const ROWS = tableRows();

let content: string;
/** The corpus's content folder and settings, beside its authors. */
let env: Record<string, string>;
let incremental: string;
let clean: string;

const file = (n: number) => join(content, `${benchSlug(n)}.md`);
async function edit(n: number): Promise<void> {
  await writeFile(file(n), `${await readFile(file(n), "utf8")}\nNachtrag ${n}: Die Meldung wurde ergänzt.\n`);
}

beforeAll(async () => {
  content = join(await mkdtemp(join(tmpdir(), "kiosk-kept-stores-")), "articles");
  // Distinct articles: some with a lead photo, so that Astro keeps optimised images too.
  env = await writeBenchArticles(content, ARTICLES);
  [incremental, clean] = await Promise.all([copyProject(), copyProject()]);
  // A first build, then a publish, which keeps the site it replaced.
  for (const build of [1, 2]) {
    if (build === 2) await edit(1);
    const { exitCode, output } = await buildSite(env, incremental);
    expect(exitCode, output).toBe(0);
  }
}, 600_000);

describe("what a build keeps", () => {
  it("should all be in .astro/, each store as the README's table lists it", async () => {
    const rows = ROWS;
    expect(rows.length).toBeGreaterThan(10);
    const entries = keptEntries(incremental);
    const unlisted = entries.filter(
      (entry) => !rows.some(({ patterns }) => patterns.some((p) => p.test(entry))),
    );
    expect(unlisted).toEqual([]);
    const absent = rows.flatMap(({ paths, patterns }) =>
      paths.filter((_, i) => !entries.some((entry) => patterns[i]!.test(entry))),
    );
    expect(absent).toEqual([]);
  });

  it.each(ROWS.map((row, n) => [row.paths.join(", "), n, row] as const))(
    "should only save work: with %s deleted, a publish gives the clean build's site",
    async (_, n, { paths, patterns }) => {
      const doomed = keptEntries(incremental).filter((entry) =>
        patterns.some((pattern) => pattern.test(entry)),
      );
      expect(doomed.length, paths.join(", ")).toBeGreaterThan(0);
      await edit(n + 2);
      for (const entry of doomed) await rm(join(incremental, KEPT, entry), { recursive: true, force: true });
      await Promise.all(
        ["dist", KEPT].map((name) => rm(join(clean, name), { recursive: true, force: true })),
      );
      const [next, fresh] = await Promise.all([buildSite(env, incremental), buildSite(env, clean)]);
      expect(next.exitCode, next.output).toBe(0);
      expect(fresh.exitCode, fresh.output).toBe(0);
      expect(await hashTree(next.dist), paths.join(", ")).toBe(await hashTree(fresh.dist));
    },
    300_000,
  );
});
