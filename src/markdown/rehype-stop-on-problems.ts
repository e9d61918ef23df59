/**
 * rehype plugin: stop the build when earlier plugins reported problems, listing every
 * one as `file:line: field: message`. Runs last, so an editor sees all problems of a
 * file at once. (Astro renders deferred entries with the frontmatter blanked out, so
 * lines in the tree are lines of the file.)
 */
import { relative } from "node:path";
import type { VFile } from "vfile";

export default function rehypeStopOnProblems() {
  return (_tree: unknown, file: VFile) => {
    const problems = file.messages.filter((message) => message.fatal && message.source === "kiosk");
    if (problems.length === 0) return;
    const path = file.path ? relative(process.cwd(), file.path) : "<markdown>";
    throw new Error(
      problems
        .map((problem) => `${path}:${problem.line ?? 1}: ${problem.ruleId}: ${problem.reason}`)
        .join("\n"),
    );
  };
}
