import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REUSED_PAGE } from "../../src/astro-internals.ts";

/**
 * Each of Astro's internals Kiosk relies on, held against the installed Astro's own
 * source: an update of Astro that changes one fails here, not in a newsroom's build.
 */

const astroFolder = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
const astroSource = (file: string) => readFileSync(join(astroFolder, file), "utf8");

/** The text of a top-level function in a module, up to the next one. */
function functionText(source: string, name: string): string {
  const start = source.search(new RegExp(`^(?:async )?function ${name}\\(`, "m"));
  expect(start, `function ${name}`).toBeGreaterThanOrEqual(0);
  const next = source.slice(start + 1).search(/^(?:async )?function /m);
  return next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
}

/** Four hexadecimal digits, in either case. */
const hex = (code: number) =>
  [...code.toString(16).padStart(4, "0")].map((digit) => `[${digit}${digit.toUpperCase()}]`).join("");
/** A string as it may stand in a JavaScript string literal: as it is, or in \u escapes. */
const literal = (text: string) =>
  `(?:${RegExp.escape(text)}|${[...text]
    .map((character) => `\\\\u${hex(character.codePointAt(0) ?? 0)}`)
    .join("")})`;

describe("the installed Astro", () => {
  it("should log a reused page's line as Kiosk's logger reads it", () => {
    const text = functionText(astroSource(REUSED_PAGE.source), REUSED_PAGE.function);
    // The page's file after the mark, the line left open, then the end and the newline, unformatted.
    const line = new RegExp(
      String.raw`logger\.info\(null, ` +
        String.raw`\x60[^\x60]*"${literal(REUSED_PAGE.start)}"[^\x60]*filePath[^\x60]*\x60, false\);` +
        String.raw`\s*logger\.info\(\s*"${REUSED_PAGE.unformatted}",[^;]*\x60 \$\{colors\.\w+\("${literal(REUSED_PAGE.end)}"\)\}\x60`,
    );
    expect(text).toMatch(line);
  });

  it("should end a rendered page's line with an unformatted message too", () => {
    const text = functionText(astroSource(REUSED_PAGE.source), REUSED_PAGE.renderTime);
    expect(text).toContain(`logger.info("${REUSED_PAGE.unformatted}", \x60 \${timeIncrease}`);
  });
});
