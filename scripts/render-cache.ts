/**
 * Astro keeps every rendered article in its content store and renders again only the
 * files whose text changed; it does not notice when the Markdown pipeline that rendered
 * them changed. Kiosk forgets the stored renders whenever its pipeline's code or its
 * libraries are not those that made them (docs/decisions/060).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A hash of every file under `sources` (folders or files; missing ones count as absent), in a stable order. */
export function sourcesHash(sources: readonly string[]): string {
  const hash = createHash("sha256");
  for (const source of sources.filter((path) => existsSync(path))) {
    const files = statSync(source).isDirectory()
      ? readdirSync(source, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [source];
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Remove Astro's content store from `cacheDir` unless it was made by the same `sources`. */
export function forgetRendersOfOtherCode(cacheDir: string, sources: readonly string[]): boolean {
  const marker = join(cacheDir, "kiosk-pipeline");
  const current = sourcesHash(sources);
  let previous = "";
  try {
    previous = readFileSync(marker, "utf8");
  } catch {
    // No marker: a store made before Kiosk kept one is not trusted either.
  }
  if (previous === current) return false;
  for (const name of ["data-store.json", "data-store"])
    rmSync(join(cacheDir, name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, current);
  return true;
}
