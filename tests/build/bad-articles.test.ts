import { existsSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, runIn } from "../support/build-site.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";

const BAD = "tests/fixtures/bad-articles";

describe("a build over bad articles", () => {
  it("should stop and name every file, line and problem", async () => {
    const site = await buildSite({ KIOSK_CONTENT_DIR: BAD });
    expect(site.exitCode).toBe(1);
    expect(existsSync(site.dist)).toBe(false);
    expect(site.output).toMatch(/ohne-titel\.md:1: title: is required/);
    expect(site.output).toMatch(/unmoegliches-datum\.md:4: date: 2023-02-30 is not a day of the calendar/);
    expect(site.output).toMatch(/unbekannte-direktive\.md:10: directive: unknown directive "::video"/);
    expect(site.output).toMatch(
      /erfundenes-zitat\.md:10: pullquote: quotes words that are not in the article text/,
    );
    expect(site.output).toMatch(/zeitzone-unmoeglich\.md:4: date: \+25:00 in .* is not a time zone offset/);
    for (const line of [10, 12]) {
      expect(site.output).toMatch(
        new RegExp(`zitat-formen\\.md:${line}: pullquote: ".*pullquote\\[…\\]" is not a pull quote`),
      );
    }
    for (const line of [16, 22]) {
      expect(site.output).toMatch(
        new RegExp(`zitat-formen\\.md:${line}: pullquote: quotes words that are not in`),
      );
    }
    expect(site.output).toMatch(/9 errors, 0 warnings/);
  });

  it("should stop in the Markdown pipeline too when astro build runs without the check", async () => {
    const root = await copyProject();
    await rm(join(root, "content/articles"), { recursive: true });
    for (const file of ["unbekannte-direktive.md", "erfundenes-zitat.md"]) {
      await cp(join(ROOT, BAD, file), join(root, "content/articles", file));
    }
    const { exitCode, output } = await runIn(root, "npx", ["astro", "build"]);
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(
      /content\/articles\/(unbekannte-direktive|erfundenes-zitat)\.md:10: (directive|pullquote): /,
    );
  });

  it("should refuse pull quotes in every form and place in the Markdown pipeline, without the check", async () => {
    const root = await copyProject();
    await rm(join(root, "content/articles"), { recursive: true });
    await cp(join(ROOT, BAD, "zitat-formen.md"), join(root, "content/articles/zitat-formen.md"));
    const { exitCode, output } = await runIn(root, "npx", ["astro", "build"]);
    expect(exitCode).not.toBe(0);
    // One file's problems are listed together, each at its line.
    for (const line of [10, 12, 16, 22]) {
      expect(output).toMatch(new RegExp(`content/articles/zitat-formen\\.md:${line}: pullquote: `));
    }
  });
});
