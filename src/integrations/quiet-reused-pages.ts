/**
 * Astro logs a line for every page its incremental build reuses: at 100,000 articles a
 * publish wrote 114,000 such lines, which cost Astro a second and more of writing and
 * told the operator nothing (docs/decisions/087). In a build this integration drops them
 * from Astro's output, keeps every other line, and says how many pages were reused.
 */
import type { AstroIntegration } from "astro";

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/** The end Astro gives a reused page's line (astro/dist/core/build/generate.js), in colour or not. */
const REUSED = /^ (?:\x1b\[\d+m)?\(cached\)(?:\x1b\[\d+m)?\n$/;
/** The start of a page's line, which Astro writes before it knows whether it renders it. */
const PAGE = "├─";

/** `write` without the lines of reused pages; `reused()` counts the lines left out. */
export function withoutReusedPages(write: Write): { write: Write; reused: () => number } {
  let held: string | undefined;
  let reused = 0;
  const filtered: Write = (chunk, ...rest) => {
    const start = held;
    held = undefined;
    if (start !== undefined) {
      if (typeof chunk === "string" && REUSED.test(chunk)) {
        reused++;
        rest.find((argument) => typeof argument === "function")?.call(undefined);
        return true;
      }
      write(start);
    }
    if (typeof chunk === "string" && chunk.includes(PAGE) && !chunk.endsWith("\n")) {
      held = chunk;
      return true;
    }
    return write(chunk, ...rest);
  };
  return { write: filtered, reused: () => reused };
}

export default function quietReusedPages(): AstroIntegration {
  let reused = () => 0;
  return {
    name: "kiosk:quiet-reused-pages",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command !== "build") return;
        const filter = withoutReusedPages(process.stdout.write.bind(process.stdout) as Write);
        process.stdout.write = filter.write as typeof process.stdout.write;
        reused = filter.reused;
      },
      "astro:build:done": ({ logger }) => {
        if (reused() > 0)
          logger.info(
            `${reused().toLocaleString("en")} unchanged ${reused() === 1 ? "page" : "pages"} reused`,
          );
      },
    },
  };
}
