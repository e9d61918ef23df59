/**
 * A fingerprint of what renders Markdown: the project's own modules that the pipeline's
 * entry imports, directly or through each other, each keyed by its path relative to the
 * project, and the locked versions of every package they and the renderer load,
 * through the packages' own dependencies. A UI string, a test or a moved checkout leaves
 * it as it was.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

/** Module specifiers in `from "…"`, `import "…"` and `import("…")`. */
const SPECIFIER = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;

/**
 * @example packageName("mdast-util-to-string/lib") // "mdast-util-to-string"
 * @example packageName("@astrojs/markdown-remark") // "@astrojs/markdown-remark"
 */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * The modules a source file imports, as written.
 *
 * @example moduleSpecifiers('import a from "./a.ts";\nimport "b";') // ["./a.ts", "b"]
 */
export function moduleSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map(([, from, bare]) => from ?? bare ?? "");
}

/** The project's modules reachable from `entry` by relative imports, and the packages they import. */
export function importClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    for (const specifier of moduleSpecifiers(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

interface LockedPackage {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
}

/** `name@version` of `roots` and everything they depend on, as the lock file resolves them. */
export function lockedVersions(lock: { packages?: Record<string, LockedPackage> }, roots: readonly string[]) {
  const entries = lock.packages ?? {};
  const seen = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const locked = entries[`node_modules/${name}`];
    if (seen.has(name) || !locked) continue;
    seen.set(name, `${name}@${locked.version ?? ""} ${locked.integrity ?? ""}`);
    queue.push(...Object.keys(locked.dependencies ?? {}));
  }
  return [...seen.values()].sort();
}

/** The fingerprint of the pipeline that `entry` starts, with `renderers` (packages) beside it. */
export function pipelineFingerprint(root: string, entry: string, renderers: readonly string[] = []): string {
  const { files, packages } = importClosure(resolve(root, entry));
  const lockFile = resolve(root, "package-lock.json");
  const lock = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, "utf8")) : {};
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  for (const version of lockedVersions(lock, [...packages, ...renderers])) hash.update(`${version}\n`);
  return hash.digest("hex");
}
