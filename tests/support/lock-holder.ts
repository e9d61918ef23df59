/**
 * A stand-in for a build, for `tests/unit/build-lock.test.ts`:
 * `node tests/support/lock-holder.ts <folder> <wait ms> <hold ms> <end>` takes the build
 * lock of `<folder>`, holds it for `<hold ms>` and ends as `<end>` says: `release`,
 * `exit` (process.exit(3) while holding it), `throw` (an uncaught error) or `hold` (until
 * a signal; it writes `<folder>/holding` once it is ready for one). It prints one JSON line when it has the lock and one when it lets it go, or
 * the error's message when it gets none.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LOCK_FILE, takeBuildLock } from "../../publish/build-lock.ts";

const [folder = ".", waitMs = "0", holdMs = "0", end = "release"] = process.argv.slice(2);
const say = (event: string, extra = {}) =>
  console.log(JSON.stringify({ event, pid: process.pid, at: Date.now(), ...extra }));

let lock;
try {
  lock = await takeBuildLock(folder, { waitMs: Number(waitMs), pollMs: 20 });
} catch (error) {
  say("refused", { message: (error as Error).message });
  process.exit(1);
}
say("took");
lock.onInterrupt(async (signal) => {
  // The lock is still there while the build tidies.
  say("interrupted", { signal, locked: existsSync(join(folder, LOCK_FILE)) });
});
await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
if (end === "exit") process.exit(3);
if (end === "throw") throw new Error("lock-holder: failed while holding the lock");
if (end === "hold") {
  setInterval(() => undefined, 1_000);
  await writeFile(join(folder, "holding"), "");
} else {
  say("releasing");
  lock.release();
}
