import type { Node } from "unist";
import type { VFile } from "vfile";

/**
 * Record a problem that must stop the build. Plugins report every problem they find
 * rather than throwing at the first, so an editor sees them all at once;
 * `rehype-stop-on-problems` then throws.
 */
export function reportProblem(file: VFile, node: Node, field: string, message: string): void {
  const problem = file.message(message, { place: node.position, ruleId: field, source: "kiosk" });
  problem.fatal = true;
}
