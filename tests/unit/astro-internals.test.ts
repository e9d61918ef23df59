import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CONTENT_STORE,
  DATA_IMAGE,
  GLOB_DELETES_UNMET,
  GLOB_STORES_RENDERED,
  IMAGE_ADDED_WHEN_READ,
  OUTPUT_FOLDER_IN_CODE,
  OUTPUT_FOLDER_KEPT,
  PAGE_MANIFEST,
  REUSED_PAGE,
  REUSED_PAGE_FILE,
  STORE_WRITE_DELAY,
  unpinnedAstro,
} from "../../src/astro-internals.ts";

/**
 * Each of Astro's internals Kiosk relies on, held against the installed Astro's own
 * source: an update of Astro that changes one fails here, not in a newsroom's build.
 */

const astroFolder = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
const astroSource = (file: string) => readFileSync(join(astroFolder, file), "utf8");
/** A module of the installed Astro, by its file: most are not among its package's exports. */
const astroModule = (file: string) => import(pathToFileURL(join(astroFolder, file)).href);

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

  it("should be the version package.json pins", () => {
    expect(unpinnedAstro()).toBeUndefined();
  });

  it("should add an image to the build when its src is read, and record it only on the page rendering then", () => {
    const image = astroSource(IMAGE_ADDED_WHEN_READ.source);
    expect(image).toContain(`lazyImageURL = lazyImageURLFactory(\n      ${IMAGE_ADDED_WHEN_READ.added}`);
    expect(image).toContain(IMAGE_ADDED_WHEN_READ.read);
    expect(astroSource(IMAGE_ADDED_WHEN_READ.recordSource)).toContain(IMAGE_ADDED_WHEN_READ.recorded);
    expect(astroSource(IMAGE_ADDED_WHEN_READ.renderSource)).toContain(IMAGE_ADDED_WHEN_READ.render);
  });

  it("should keep its page manifest in the file Kiosk reads, with each page's output file", () => {
    const source = astroSource(PAGE_MANIFEST.source);
    expect(source).toContain(`const INCREMENTAL_CACHE_FILE = "${PAGE_MANIFEST.file}";`);
    expect(source).toMatch(
      /routeEntry = \{ dependencyHash, paths: \{\} \};\s*this\.#next\.routes\[routeComponent\] = routeEntry;/,
    );
    expect(source).toContain("const pathEntry = { cacheKey, outputFile };");
  });

  it("should reuse a page when any file is at its path, without reading it", () => {
    const text = functionText(astroSource(REUSED_PAGE_FILE.source), REUSED_PAGE_FILE.function);
    const test = text.indexOf(REUSED_PAGE_FILE.test);
    expect(test).toBeGreaterThan(0);
    // The file is only tested for; a copy comes back only when there is none.
    expect(text.slice(test)).toMatch(
      /^nodeFs\.existsSync\(outFile\);\s*const restored = !existsInDist && await cache\.restoreOutputFile/,
    );
    expect(text).not.toMatch(/readFile\w*\(outFile/);
  });

  it("should empty its output folder only when Vite's emptyOutDir is not false", () => {
    expect(astroSource(OUTPUT_FOLDER_KEPT.source)).toContain(`if (${OUTPUT_FOLDER_KEPT.test}) {`);
  });

  it("should write the output folder's path into the code of its assets module", () => {
    expect(astroSource(OUTPUT_FOLDER_IN_CODE.source)).toMatch(
      new RegExp(`${OUTPUT_FOLDER_IN_CODE.test} = [^;]*settings\\.config\\.outDir`),
    );
  });

  it("should keep its content store in the file and module Kiosk reads", async () => {
    const consts = await astroModule(CONTENT_STORE.source);
    expect(consts.DATA_STORE_FILE).toBe(CONTENT_STORE.file);
    expect(consts.DATA_STORE_DIR).toBe(`${CONTENT_STORE.chunks}/`);
    expect(consts.RESOLVED_DATA_STORE_VIRTUAL_ID).toBe(CONTENT_STORE.module);
    const metadata = await astroModule(CONTENT_STORE.metadataSource);
    expect(metadata.createContentDataIncrementalMetadata()).toEqual(CONTENT_STORE.contentData);
  });

  it("should have glob() delete the entries it did not meet, found through store.keys()", () => {
    const source = astroSource(GLOB_DELETES_UNMET.source);
    expect(source).toContain(`const untouchedEntries = ${GLOB_DELETES_UNMET.keys};`);
    expect(source).toContain(GLOB_DELETES_UNMET.deletion);
  });

  it("should have glob() store a rendered entry with its HTML and its body's images", () => {
    const source = astroSource(GLOB_STORES_RENDERED.source).replace(/\s+/g, " ");
    expect(source).toContain(GLOB_STORES_RENDERED.set);
  });

  it("should store an image the data names behind the prefix Kiosk strips", async () => {
    const consts = await astroModule(DATA_IMAGE.source);
    expect(consts[DATA_IMAGE.constant]).toBe(DATA_IMAGE.prefix);
  });

  it("should write its store half a second after the last change", () => {
    expect(astroSource(STORE_WRITE_DELAY.source)).toContain(
      `const ${STORE_WRITE_DELAY.constant} = ${STORE_WRITE_DELAY.milliseconds};`,
    );
  });
});
