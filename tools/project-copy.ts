/**
 * Copies of the project in temporary folders, so that builds of the tests and the
 * benchmark never share `.astro/` or `dist/` with the checkout or with each other.
 */
import { cp, mkdtemp, symlink } from "node:fs/promises";
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
  "publish",
  "cli",
  "tools",
  "content",
];

/** A fresh copy of the project in a temporary folder, sharing `node_modules`. */
export async function copyProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "kiosk-site-"));
  await Promise.all(PROJECT_FILES.map((name) => cp(join(ROOT, name), join(root, name), { recursive: true })));
  await symlink(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}
