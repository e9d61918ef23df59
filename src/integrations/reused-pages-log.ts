/**
 * Astro's log through its Logger API (the `logger` setting in astro.config.mjs): what
 * Astro's own node logger prints, less its line for each page the incremental build
 * reused, which is counted instead. At a large archive those lines are most of the
 * output, cost Astro time to write and tell the operator nothing (docs/decisions/087 and
 * 106). Astro imports this module itself, without Vite.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from "astro";
import nodeLogger from "astro/logger/node";
import { isPageStart, isReusedPageEnd, mayEndPage } from "../astro-internals.ts";

/** `destination` without reused pages; each run of them is one line, when it ends. */
export function withoutReusedPages(destination: AstroLoggerDestination): AstroLoggerDestination {
  /** A page's line held until its end says whether it was reused. */
  let page: AstroLoggerMessage | undefined;
  let reused = 0;
  /** Whether the last message written left its line open. */
  let open = false;
  const pass = (event: AstroLoggerMessage) => {
    destination.write(event);
    open = !event.newLine;
  };
  return {
    write: (event) => {
      const held = page;
      page = undefined;
      if (held && isReusedPageEnd(event)) {
        reused++;
        return;
      }
      if (held) pass(held);
      if (isPageStart(event)) {
        page = event;
        return;
      }
      // The count waits until no page's line is under way.
      if (reused > 0 && !open && !mayEndPage(event)) {
        pass({ level: "info", label: "build", message: reusedPages(reused), newLine: true });
        reused = 0;
      }
      pass(event);
    },
  };
}

function reusedPages(count: number): string {
  return `${count.toLocaleString("en")} unchanged ${count === 1 ? "page" : "pages"} reused`;
}

/** The `logger` entrypoint: Astro's node logger with its options, less the reused pages. */
export default function reusedPagesLog(options?: Parameters<typeof nodeLogger>[0]): AstroLoggerDestination {
  return withoutReusedPages(nodeLogger(options));
}
