/**
 * rehype plugin: stop the build when earlier plugins reported problems, listing every
 * one as `file:line: field: message`. Runs last, so an editor sees all problems of a
 * file at once. Lines are lines of the file: Astro renders the body without its
 * frontmatter, so the lines it dropped are added back.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import type { VFile } from "vfile";
import { bodyLineOffset } from "../lib/body-line-offset.ts";

export default function rehypeStopOnProblems() {
  return (_tree: unknown, file: VFile) => {
    const problems = file.messages.filter((message) => message.fatal && message.source === "kiosk");
    if (problems.length === 0) return;
    const path = file.path ? relative(process.cwd(), file.path) : "<markdown>";
    // Markdown rendered from a string (tests, the article check) has no file to count in.
    const onDisk = file.path !== undefined && existsSync(file.path);
    const offset = onDisk ? bodyLineOffset(readFileSync(file.path, "utf8"), String(file.value)) : 0;
    throw new Error(
      problems
        .map((problem) => `${path}:${(problem.line ?? 1) + offset}: ${problem.ruleId}: ${problem.reason}`)
        .join("\n"),
    );
  };
}
