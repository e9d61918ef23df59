import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";

/**
 * A heap too small for Astro, large enough for the check, the drawing and npm: two
 * articles then meet the limit that a large archive meets at the build's own setting.
 */
const HEAP_MB = 48;

describe("a build that meets Node's heap limit", () => {
  it("should end with one line naming the limit, the article count and what to do", async () => {
    const site = await buildSite({
      KIOSK_CONTENT_DIR: "tests/fixtures/articles-two",
      NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
    });
    expect(site.exitCode).toBe(1);
    expect(site.output).toMatch(/JavaScript heap out of memory/);
    expect(site.output.trimEnd().split("\n").at(-1)).toBe(
      `Build stopped at 2 articles: Astro ran out of memory at Node's heap limit of ${HEAP_MB} MB; ` +
        `if the machine has the memory, give it more: NODE_OPTIONS=--max-old-space-size=${HEAP_MB * 2} ` +
        "npm run build; dist/ is unchanged.",
    );
    expect(existsSync(site.dist)).toBe(false);
  });
});
