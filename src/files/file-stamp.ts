/**
 * What a build works out from a file it read before, without reading it again: a file
 * with the same inode, size and modification time (in nanoseconds) is taken to be
 * unchanged, as make and git take it. A changed file is written again, through an
 * editor, git or the build, and so gets a new modification time or a new inode.
 *
 * The clock that stamps files ticks in milliseconds, so a file written twice within one
 * tick may keep its stamp; as git does with its index, a file modified within the last
 * second is not trusted by its stamp and is read again next time.
 */
import { statSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";

/** How recent a modification may be before a stamp is no proof that the file is unchanged. */
const RACY_MS = 1000;

/**
 * The file's inode, size and modification time; empty for a file modified a moment ago.
 * A stat on the thread: a whole archive of them through the thread pool costs more, and
 * the content loader must not yield while it stamps (docs/decisions/087).
 */
export function fileStamp(path: string): string {
  const { ino, size, mtimeNs } = statSync(path, { bigint: true });
  const racy = BigInt(Date.now() - RACY_MS) * 1_000_000n <= mtimeNs;
  return racy ? "" : `${ino}:${size}:${mtimeNs}`;
}

/**
 * Values made from files by `make`, kept in the JSON file `store` between runs: a file
 * whose stamp is the one its value was made from is not read again. `save` keeps the
 * values of the files asked for in this run, and only those. Without a store, every
 * file is read and nothing kept.
 */
export async function stampedValues<T>(store: string | undefined, make: (path: string) => Promise<T>) {
  if (!store) return { of: make, save: async () => {} };
  const text = await readFile(store, "utf8").catch(() => "[]");
  const known = new Map(JSON.parse(text) as [string, { stamp: string; value: T }][]);
  const asked = new Map<string, { stamp: string; value: T }>();
  return {
    async of(path: string): Promise<T> {
      const stamp = fileStamp(path);
      const kept = known.get(path);
      const value = stamp && kept?.stamp === stamp ? kept.value : await make(path);
      asked.set(path, { stamp, value });
      return value;
    },
    async save(): Promise<void> {
      const writing = `${store}.${process.pid}`;
      await writeFile(writing, JSON.stringify([...asked]));
      await rename(writing, store);
    },
  };
}
