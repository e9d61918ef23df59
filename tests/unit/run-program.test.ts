import { describe, expect, it } from "vitest";
import { runProgram } from "../../tools/run-program.ts";

describe("a program's stdout handed to the caller", () => {
  it("should come as text, with characters cut between pieces made whole, and not be kept", async () => {
    // One byte a write, each after a pause, so that the pipe cannot join them.
    const bytes = `[...Buffer.from("├─ /a (cached)\\n")]`;
    const script = `const b = ${bytes}; let n = 0; const next = () => { process.stdout.write(Buffer.from([b[n++]])); if (n < b.length) setTimeout(next, 5); }; next();`;
    const pieces: string[] = [];
    const { exitCode, output } = await runProgram(process.execPath, ["-e", script], {
      onStdout: (text) => pieces.push(text),
    }).done;
    expect(exitCode).toBe(0);
    expect(pieces.join("")).toBe("├─ /a (cached)\n");
    expect(pieces.length).toBeGreaterThan(1);
    expect(output).toBe("");
  });
});
