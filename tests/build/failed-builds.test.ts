import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, hashTree, leftoverFolders, runIn } from "../support/build-site.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";

const HOSTILE = "tests/fixtures/hostile-markdown";

describe("a failing build after a good one", () => {
  let root: string;
  let before: string;
  beforeAll(async () => {
    root = await copyProject();
    const good = await buildSite({}, root);
    if (good.exitCode !== 0) throw new Error(`The site does not build:\n${good.output}`);
    before = await hashTree(good.dist);
  });

  it("should stop on hostile Markdown, name every file and line, and leave dist/ as it was", async () => {
    const site = await buildSite({ KIOSK_CONTENT_DIR: HOSTILE }, root);
    expect(site.exitCode).toBe(1);
    expect(site.output).toMatch(/skript-element\.md:10: html: <script> is not allowed/);
    expect(site.output).toMatch(/bild-onerror\.md:10: html: <img> is not allowed/);
    expect(site.output).toMatch(/iframe-einbettung\.md:12: html: <iframe> is not allowed/);
    expect(site.output).toMatch(/javascript-link\.md:10: link: "javascript:" links are not allowed/);
    expect(site.output).toMatch(/4 errors, 0 warnings/);
    // Said once, by the check: nothing of Astro's errors about the same files, no trace.
    expect(site.output.match(/skript-element\.md/g)).toHaveLength(1);
    expect(site.output).not.toMatch(/^\s+at |\[ERROR\]/m);
    expect(await hashTree(site.dist)).toBe(before);
  });

  it("should leave dist/ as it was and no half-written folder when astro build itself fails", async () => {
    // The articles pass the check; a page fails while Astro renders it.
    const page = join(root, "src/pages/kaputt.astro");
    await cp(join(ROOT, "tests/fixtures/broken-page/kaputt.astro"), page);
    const site = await buildSite({}, root);
    await rm(page);
    expect(site.exitCode).toBe(1);
    expect(site.output).toMatch(/Kiosk test: this page cannot be built/);
    expect(site.output).toMatch(/astro build failed; dist\/ is unchanged/);
    expect(await hashTree(site.dist)).toBe(before);
    expect(await leftoverFolders(root)).toEqual([]);
  });
});

describe("hostile Markdown in the Astro pipeline", () => {
  it("should stop astro build too, naming file and line, when the article check is skipped", async () => {
    const root = await copyProject();
    await rm(join(root, "content/articles"), { recursive: true });
    await cp(join(ROOT, HOSTILE), join(root, "content/articles"), { recursive: true });
    const { exitCode, output } = await runIn(root, "npx", ["astro", "build"]);
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(
      /content\/articles\/(skript-element\.md:10: html: <script>|bild-onerror\.md:10: html: <img>|iframe-einbettung\.md:12: html: <iframe>|javascript-link\.md:10: link: "javascript:") /,
    );
  });
});
