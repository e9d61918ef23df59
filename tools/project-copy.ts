/**
 * Copies of the project in temporary folders, so that builds of the tests and the
 * benchmark never share `.astro/` or `dist/` with the checkout or with each other.
 */
import { cp, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");

/** What the project needs to build. */
const PROJECT_FILES = [
  "package.json",
  "astro.config.mjs",
  "tsconfig.json",
  "src",
  "public",
  "build",
  "cli",
  "tools",
  "content",
];

export interface CopyOptions {
  /**
   * A `node_modules/.cache` of the copy's own, beside links to the installed packages:
   * the share images it draws, and a cache it empties, stay apart from the cache every
   * other copy shares, whose builds may be linking from it at that moment.
   */
  ownCache?: boolean;
}

/** A fresh copy of the project in a temporary folder, sharing `node_modules`. */
export async function copyProject({ ownCache = false }: CopyOptions = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "kiosk-site-"));
  await Promise.all(PROJECT_FILES.map((name) => cp(join(ROOT, name), join(root, name), { recursive: true })));
  const modules = join(root, "node_modules");
  if (!ownCache) {
    await symlink(join(ROOT, "node_modules"), modules, "dir");
    return root;
  }
  await mkdir(join(modules, ".cache"), { recursive: true });
  for (const name of await readdir(join(ROOT, "node_modules")))
    if (name !== ".cache") await symlink(join(ROOT, "node_modules", name), join(modules, name));
  return root;
}
