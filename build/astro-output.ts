/**
 * Astro's build output as `npm run build` shows it: every line as Astro wrote it, except
 * its line for each page it reused, which is counted instead. At a large archive those
 * lines are most of the output and tell the operator nothing (docs/decisions/087).
 */
import { isReusedPageLine } from "../src/astro-internals.ts";

export interface AstroOutput {
  /** What to show of the next piece of Astro's stdout: its complete lines, less the reused pages'. */
  write: (text: string) => string;
  /** What to show once stdout has ended: a last line Astro did not end. */
  end: () => string;
  /** The reused pages in one line, or nothing when none was reused. */
  summary: () => string | undefined;
}

/** A filter for Astro's stdout, given in pieces as they come, however they are cut. */
export function withoutReusedPages(): AstroOutput {
  // Astro writes a page's line in two pieces: whether it was reused comes last.
  let unfinished = "";
  let reused = 0;
  return {
    write: (text) => {
      const lines = (unfinished + text).split("\n");
      unfinished = lines.pop() ?? "";
      let shown = "";
      for (const line of lines) {
        if (isReusedPageLine(line)) reused++;
        else shown += `${line}\n`;
      }
      return shown;
    },
    end: () => {
      const rest = unfinished;
      unfinished = "";
      return rest;
    },
    summary: () =>
      reused > 0
        ? `${reused.toLocaleString("en")} unchanged ${reused === 1 ? "page" : "pages"} reused`
        : undefined,
  };
}
