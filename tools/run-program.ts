/**
 * The one way Kiosk starts another program: the build's steps, the search indexer, the
 * benchmark's builds and the tests' commands. A program that cannot be started fails
 * with its name and what to install, not with a bare `spawn ENOENT`.
 */
import { spawn } from "node:child_process";
import { setPriority } from "node:os";

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Where the program's output goes: `inherit` shows it as it comes, `capture` keeps
   * stdout and stderr together (as an editor would read them), `stdout` keeps stdout and
   * shows stderr, `ignore` gives it none (for a server that logs to files and whose
   * descendants must not hold the caller's output open).
   */
  output?: "inherit" | "capture" | "stdout" | "ignore";
  /**
   * Keep stderr back until `releaseStderr` says whether it is shown: for a step whose
   * errors only matter when another step did not fail first. It is kept in `output` too,
   * for a caller that reads why the program failed.
   */
  holdStderr?: boolean;
  /** A niceness to start at (higher yields the processor to other work). */
  priority?: number;
  /** How to install the program when it is missing, for the error message. */
  install?: string;
  /** Told each piece of the kept output as it comes, for a caller that waits for a line. */
  onOutput?: (text: string) => void;
}

export interface Finished {
  exitCode: number;
  signal: NodeJS.Signals | null;
  /** What was captured, and with `holdStderr` stderr; empty for `inherit` and `ignore`. */
  output: string;
}

export interface Running {
  pid: number | undefined;
  /** Settles when the program has ended; rejects only when it could not start. */
  done: Promise<Finished>;
  stop: (signal?: NodeJS.Signals) => void;
  /** With `holdStderr`: show what stderr held and stream the rest, or drop all of it. */
  releaseStderr: (show: boolean) => void;
}

/** Start `command` with `args`; see `RunOptions`. */
export function runProgram(command: string, args: readonly string[], options: RunOptions = {}): Running {
  const { output = "inherit", priority = 0 } = options;
  const held = options.holdStderr && output !== "capture" && output !== "ignore";
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio:
      output === "ignore"
        ? "ignore"
        : [
            "ignore",
            output === "inherit" ? "inherit" : "pipe",
            output === "capture" || held ? "pipe" : "inherit",
          ],
  });
  let text = "";
  /** Held stderr, until released: then shown (`true`) or dropped. */
  const waiting: Buffer[] = [];
  let shown: boolean | undefined = undefined;
  const keep = (chunk: Buffer) => {
    text += chunk;
    options.onOutput?.(chunk.toString());
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    if (!held) return keep(chunk);
    text += chunk;
    if (shown === undefined) waiting.push(chunk);
    else if (shown) process.stderr.write(chunk);
  });
  const releaseStderr = (show: boolean) => {
    if (!held || shown !== undefined) return;
    shown = show;
    if (show) for (const chunk of waiting) process.stderr.write(chunk);
    waiting.length = 0;
  };
  const done = new Promise<Finished>((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? missing(command, options.install) : error),
    );
    child.on("close", (code, signal) => resolve({ exitCode: code ?? 1, signal, output: text }));
  });
  try {
    if (priority && child.pid) setPriority(child.pid, priority);
  } catch {
    // Priority is a courtesy; at the same priority the step only takes longer.
  }
  return { pid: child.pid, done, stop: (signal = "SIGTERM") => child.kill(signal), releaseStderr };
}

function missing(command: string, install = "install it or put it on the PATH"): Error {
  return new Error(`Cannot start ${command}: the program was not found; ${install}.`);
}
