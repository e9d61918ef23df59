/**
 * How a drawn image enters the cache that every copy of the project shares: under its
 * name once, and never replaced. Builds side by side may draw the same card; the first
 * to finish puts it in place, the others keep that file and drop theirs (the same bytes).
 * Replacing it would take the name from the file another build is linking into its site
 * at that moment, and a link to a file that has lost its last name fails (ENOENT).
 */
import { link, rm, writeFile } from "node:fs/promises";

/** Write `data` as `file` unless the file exists; no reader ever sees half of it. */
export async function writeOnce(file: string, data: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, data);
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
