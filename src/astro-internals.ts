/**
 * What Kiosk relies on in Astro that is not Astro's public API, each with the file of
 * the installed Astro it comes from (relative to Astro's package folder). A test reads
 * those files and fails when they no longer match (tests/unit/astro-internals.test.ts),
 * and `astro` is pinned to the version they were read from: with any other, a build
 * says so and builds from nothing, without what relies on them (docs/decisions/109).
 */
import type { AstroLoggerMessage } from "astro";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Astro's log of a page its incremental build reused rather than rendered:
 * `generatePathWithPrerenderer` logs the page's file after `├─` without ending the line,
 * then ends it with an unformatted message: ` (cached)` (` (restored)` for a page copied
 * back from its cache; the render time from `logRenderTime` for a rendered one), in
 * colour when Astro colours its output.
 */
export const REUSED_PAGE = {
  source: "dist/core/build/generate.js",
  function: "generatePathWithPrerenderer",
  renderTime: "logRenderTime",
  start: "├─",
  end: "(cached)",
  unformatted: "SKIP_FORMAT",
} as const;

/** Colour codes, which Astro may put around any part of a message. */
const COLOUR = String.raw`(?:\x1b\[[\d;]*m)*`;
const REUSED_PAGE_END = new RegExp(`^ ${COLOUR}${RegExp.escape(REUSED_PAGE.end)}${COLOUR}$`);

/** Whether Astro's message opens a page's line, which a later one ends. */
export function isPageStart({ message, newLine }: AstroLoggerMessage): boolean {
  return !newLine && message.includes(REUSED_PAGE.start);
}

/** Whether Astro's message may end a page's line (or is one of its other unformatted ones). */
export function mayEndPage({ label }: AstroLoggerMessage): boolean {
  return label === REUSED_PAGE.unformatted;
}

/** Whether Astro's message ends a page's line with the page reused. */
export function isReusedPageEnd(event: AstroLoggerMessage): boolean {
  return mayEndPage(event) && REUSED_PAGE_END.test(event.message);
}

/**
 * The incremental build's record of the pages it made, in Astro's cache folder: it
 * decides which pages may be reused, and lists each page's file in the output folder.
 */
export const PAGE_MANIFEST = {
  source: "dist/core/build/incremental.js",
  file: "incremental-build.json",
} as const;

/** The part of the page manifest Kiosk reads. */
export interface PageManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/**
 * A page the incremental build may reuse counts as made when any file is at its path
 * in the output folder: `generatePathWithPrerenderer` tests it with `existsSync` and
 * never reads it, and copies its stored copy only when there is none. Kiosk's
 * placeholders rely on it (src/files/page-placeholders.ts).
 */
export const REUSED_PAGE_FILE = {
  source: "dist/core/build/generate.js",
  function: "generatePathWithPrerenderer",
  test: "nodeFs.existsSync(outFile)",
} as const;

/** Astro empties its output folder before a build unless Vite's `build.emptyOutDir` is false. */
export const OUTPUT_FOLDER_KEPT = {
  source: "dist/core/build/static-build.js",
  test: "settings.config?.vite?.build?.emptyOutDir !== false",
} as const;

/**
 * The output folder's path is written into the code of `virtual:astro:assets`, which
 * pages that load images import: another path changes their code's hash, and the
 * incremental build renders them again (publish/output-folder.ts keeps one name).
 */
export const OUTPUT_FOLDER_IN_CODE = {
  source: "dist/assets/vite-plugin-assets.js",
  test: "export const outDir",
} as const;

/**
 * Astro's content store: one file in its cache folder (chunked storage makes a folder),
 * bundled as the module `\0astro:data-layer-content` whose default export is the file's
 * JSON value; a module marked as content data is left out of the pages' code hashes.
 */
export const CONTENT_STORE = {
  source: "dist/content/consts.js",
  file: "data-store.json",
  chunks: "data-store",
  module: "\0astro:data-layer-content",
  metadataSource: "dist/core/build/incremental-metadata.js",
  contentData: { astroIncremental: { kind: "content-data" } },
} as const;

/**
 * `glob()` deletes the entries it did not meet in a load, found through `store.keys()`:
 * a store whose `keys()` leaves an entry out keeps that entry (src/loaders/stamped-glob.ts).
 */
export const GLOB_DELETES_UNMET = {
  source: "dist/content/loaders/glob.js",
  keys: "new Set(store.keys())",
  deletion: "untouchedEntries.forEach((id) => store.delete(id))",
} as const;

/**
 * `glob()` renders an entry whose Markdown is not deferred and stores it through the
 * store it is given, once, with its `rendered` HTML and `assetImports` (the images in
 * its body): a store that takes the HTML out keeps it apart (src/loaders/html-apart.ts).
 * The entries `getCollection()` returns carry `assetImports`, which Astro's
 * `CollectionEntry` type leaves out.
 */
export const GLOB_STORES_RENDERED = {
  source: "dist/content/loaders/glob.js",
  set: "digest, rendered, assetImports: rendered?.metadata?.imagePaths });",
} as const;

/**
 * An image a content entry's data names through the schema's `image()` is stored as
 * its path behind this prefix: the files an entry imports that are not in its body
 * (src/loaders/photo-digest.ts).
 */
export const DATA_IMAGE = {
  source: "dist/content/consts.js",
  constant: "IMAGE_IMPORT_PREFIX",
  prefix: "__ASTRO_IMAGE_",
} as const;

/**
 * `getImage` adds an image to the build when its result's `src` is first read, and the
 * page rendering then (the store `collectPrerenderMetadata` runs a render in) records
 * it, for a later build that reuses the page: an image read outside any render, in
 * `getStaticPaths`, is made in this build and recorded on no page
 * (src/data/photo-images.ts).
 */
export const IMAGE_ADDED_WHEN_READ = {
  source: "dist/assets/internal.js",
  added: "() => globalThis.astroAsset.addStaticImage(validatedOptions, propsToHash, originalFilePath)",
  read: "get src() {\n      return lazyImageURL();",
  recordSource: "dist/core/render-scope/record.js",
  recorded: "getInstalledRenderScope()?.getStore()?.staticImages?.push(image);",
  renderSource: "dist/core/app/prerender.js",
  render:
    "collectPrerenderMetadata(async () => {\n    const rendered = await app.render(request, { routeData });",
} as const;

/** The store is written this long after its last change, all of it at once. */
export const STORE_WRITE_DELAY = {
  source: "dist/content/mutable-data-store.js",
  constant: "SAVE_DEBOUNCE_MS",
  milliseconds: 500,
} as const;

/** The installed Astro's version, when it is not the one Kiosk pins. */
export function unpinnedAstro(): { installed: string; pinned: string } | undefined {
  const require = createRequire(import.meta.url);
  const installed = (require("astro/package.json") as { version: string }).version;
  const project = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    devDependencies?: Record<string, string>;
  };
  const pinned = project.devDependencies?.["astro"] ?? "";
  return installed === pinned ? undefined : { installed, pinned };
}
