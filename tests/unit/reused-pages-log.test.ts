import type { AstroLoggerMessage } from "astro";
import { describe, expect, it } from "vitest";
import { withoutReusedPages } from "../../src/integrations/reused-pages-log.ts";

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  level: "info",
  label,
  message,
  newLine,
});
/** What Astro logs for one page: its file, the line left open, then how it was made. */
const page = (path: string, end: string) => [
  info(null, `  ├─ ${path}`, false),
  info("SKIP_FORMAT", ` ${end}`),
];
/** The same in colour, as Astro logs it to a terminal. */
const colouredPage = (path: string, end: string) => [
  info(null, `  \x1b[32m├─\x1b[39m \x1b[2m${path}\x1b[22m`, false),
  info("SKIP_FORMAT", ` \x1b[32m${end}\x1b[39m`),
];
const completed = info(null, "✓ Completed in 1.2s.");
const summary = (message: string) => info("build", message);

/** What reaches Astro's own logger of `events`. */
function logged(...events: AstroLoggerMessage[]): AstroLoggerMessage[] {
  const written: AstroLoggerMessage[] = [];
  const log = withoutReusedPages({ write: (event) => written.push(event) });
  for (const event of events) log.write(event);
  return written;
}

describe("Astro's log without the lines of reused pages", () => {
  it("should leave out reused pages, in colour or not, and count them in one line when they end", () => {
    const generating = info("SKIP_FORMAT", "\n generating static routes ");
    expect(
      logged(
        generating,
        ...colouredPage("/artikel/a/index.html", "(cached)"),
        ...page("/artikel/b/index.html", "(cached)"),
        completed,
      ),
    ).toEqual([generating, summary("2 unchanged pages reused"), completed]);
  });

  it("should keep the lines of rendered and restored pages whole, and every other line", () => {
    const rendered = page("/index.html", "(+21ms) ");
    const restored = colouredPage("/artikel/c/index.html", "(restored)");
    const other = [
      info("build", "Complete!"),
      info(null, "\n"),
      { ...info(null, "slow"), level: "warn" as const },
    ];
    expect(logged(...rendered, ...restored, ...other)).toEqual([...rendered, ...restored, ...other]);
  });

  it("should count reused pages among rendered ones, and say so only once the page lines end", () => {
    const rendered = page("/artikel/b/index.html", "(+3ms) ");
    expect(
      logged(
        ...page("/artikel/a/index.html", "(cached)"),
        ...rendered,
        ...colouredPage("/artikel/c/index.html", "(cached)"),
        completed,
      ),
    ).toEqual([...rendered, summary("2 unchanged pages reused"), completed]);
  });

  it("should not end a page's open line with the count when Astro logs inside it", () => {
    const [start, end] = page("/artikel/d/index.html", "(+900ms) ");
    const warning = { ...info("build", "Unable to generate optimized image"), level: "warn" as const };
    expect(logged(...page("/artikel/a/index.html", "(cached)"), start!, warning, end!, completed)).toEqual([
      start,
      warning,
      end,
      summary("1 unchanged page reused"),
      completed,
    ]);
  });

  it("should keep lines that only look like a reused page's", () => {
    const lookalikes = [
      info(null, "├─ /a (cached) was removed"),
      info("build", " (cached)"),
      info(null, "Data store", false),
      info("SKIP_FORMAT", " (cached)"),
    ];
    expect(logged(...lookalikes)).toEqual(lookalikes);
  });

  it("should count thousands as the operator reads them", () => {
    const pages = Array.from({ length: 1200 }, (_, n) => page(`/artikel/${n}/index.html`, "(cached)")).flat();
    expect(logged(...pages, completed)).toEqual([summary("1,200 unchanged pages reused"), completed]);
  });
});
