/**
 * Search bundles kept between builds, one folder a key: a period whose pages are all
 * unchanged gets back the very bundle Pagefind wrote for them before, which is the one it
 * would write again (Pagefind's output depends only on its input; docs/decisions/073).
 * A bundle appears under its key only once complete, by a rename, so builds of several
 * copies of the project may share the folder.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rename, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A bundle no build has used for this long is removed; a younger one may be another build's. */
const UNUSED_FOR_MS = 60 * 60_000;
/** Bundles being written: never a key, which is hex. */
const WRITING = ".writing-";
/** The pages the last build read, so that the next reads only the files that changed. */
const PAGES = ".pages.json";

export interface BundleStore {
  /** The complete bundle of `key`, written by `write` into the folder it is given if it is not kept yet. */
  bundle(key: string, write: (dir: string) => Promise<void>): Promise<{ dir: string; reused: boolean }>;
  /** Where what the last build read of its pages is kept (`articlePages`), if anywhere. */
  pagesFile: string | undefined;
  /** Forget what this build did not use; remove a store of this build alone. */
  close(): Promise<void>;
}

/** Bundles under `dir`, kept between builds. */
export async function keptBundles(dir: string): Promise<BundleStore> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  return {
    async bundle(key, write) {
      const target = join(dir, key);
      used.add(key);
      const now = new Date();
      const kept = await utimes(target, now, now).then(
        () => true,
        () => false,
      );
      if (kept) return { dir: target, reused: true };
      const writing = join(dir, `${WRITING}${process.pid}-${randomBytes(4).toString("hex")}`);
      try {
        await write(writing);
        await rename(writing, target).catch(async (error: NodeJS.ErrnoException) => {
          // Another build wrote the same bundle meanwhile: the same bytes, keep theirs.
          if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
        });
      } finally {
        await rm(writing, { recursive: true, force: true });
      }
      return { dir: target, reused: false };
    },
    pagesFile: join(dir, PAGES),
    async close() {
      const cutoff = Date.now() - UNUSED_FOR_MS;
      for (const name of await readdir(dir)) {
        if (used.has(name) || name === PAGES) continue;
        const path = join(dir, name);
        const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Infinity }));
        if (mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
      }
    },
  };
}

/** Bundles for one build only, in a temporary folder removed when it closes. */
export async function freshBundles(): Promise<BundleStore> {
  const dir = await mkdtemp(join(tmpdir(), "kiosk-search-"));
  return {
    async bundle(key, write) {
      const target = join(dir, key);
      await write(target);
      return { dir: target, reused: false };
    },
    pagesFile: undefined,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
