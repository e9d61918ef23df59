/**
 * A build stopped at a limit says which, at how many articles, and what to do. The
 * errors are made by the installed Astro and by Node themselves, as a build meets them:
 * Astro's store writer failing on a string past V8's cap (a property that throws V8's own
 * `RangeError` stands in for a store too large to write), its record of the pages it made
 * past the same cap, and a process out of heap.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heapLimitMb, limitReached, ONE_STRING, oneStringFilling } from "../../publish/limit-reached.ts";
import { ROOT } from "../../tools/project-copy.ts";

/** Astro's own modules: not public API, so read from their files, as installed. */
const astroModule = (path: string) => import(pathToFileURL(join(ROOT, "node_modules/astro/dist", path)).href);
const STORE = join(ROOT, "node_modules/astro/dist/content/mutable-data-store.js");

/**
 * A program that puts into a new store at `file` one entry too large to write, and leaves
 * Astro's debounced write to fail on its own, as a loader that ends without waiting does.
 */
const unawaitedWrite = (file: string) => `
  const { MutableDataStore } = await import(${JSON.stringify(pathToFileURL(STORE).href)});
  const store = await MutableDataStore.fromFile(new URL(${JSON.stringify(pathToFileURL(file).href)}));
  const data = { get html() { return "x".repeat(2 ** 30); } };
  store.set("articles", "hafen-streik", { id: "hafen-streik", data });`;

interface DataStore {
  set: (collection: string, key: string, value: unknown) => void;
  waitUntilSaveComplete: () => Promise<void>;
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "kiosk-limit-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** What `astro build` prints for the error the store's write rejects with (astro/dist/cli/throw-and-exit.js). */
async function astroPrints(file: string, fill: (store: DataStore) => void): Promise<string> {
  const { MutableDataStore } = await astroModule("content/mutable-data-store.js");
  const { collectErrorMetadata } = await astroModule("core/errors/dev/index.js");
  const { createSafeError } = await astroModule("core/errors/index.js");
  const { formatErrorMessage } = await astroModule("core/messages/runtime.js");
  const store = (await MutableDataStore.fromFile(pathToFileURL(file))) as DataStore;
  fill(store);
  const error: unknown = await store.waitUntilSaveComplete().then(
    () => new Error("the store was written"),
    (error: unknown) => error,
  );
  return formatErrorMessage(collectErrorMetadata(createSafeError(error)), true) as string;
}

const tooLarge = (store: DataStore) =>
  store.set("articles", "hafen-streik", {
    id: "hafen-streik",
    data: {
      get html() {
        return "x".repeat(2 ** 30);
      },
    },
  });

const build = { articles: 123_456, nodeOptions: "--max-old-space-size=8192" };
const STORE_LINE =
  "Build stopped at 123,456 articles: Astro's content store, which it writes as one string, " +
  "grew past V8's limit of 536,870,888 characters for a string (not a disk problem, whatever " +
  "Astro says above); build the older years as a site of their own under another base path " +
  "(KIOSK_CONTENT_DIR, KIOSK_BASE; docs/decisions/108);";

describe("a build past the content store's one string", () => {
  it("should say so in one line where astro build prints a filesystem error", async () => {
    const printed = await astroPrints(join(folder, "store.json"), tooLarge);
    expect(printed).toContain("missing permissions");
    expect(limitReached(`Syncing content\n${printed}\n`, build)).toBe(STORE_LINE);
  });

  it("should say so when Node reports the store's debounced write as an unhandled rejection", () => {
    const program = unawaitedWrite(join(folder, "late.json"));
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(limitReached(run.stderr, build)).toBe(STORE_LINE);
  });

  it("should leave a store that cannot be written for another reason to Astro's own words", async () => {
    // A folder where the store's file should be: Astro's rename onto it fails.
    const file = join(folder, "a-folder");
    await mkdir(file);
    const printed = await astroPrints(file, (store) =>
      store.set("articles", "hafen-streik", { id: "hafen-streik", data: {} }),
    );
    expect(printed).toContain("EISDIR");
    expect(limitReached(printed, build)).toBeUndefined();
  });

  it("should leave a string past the cap elsewhere than the store to Astro's own words", () => {
    const error = (() => {
      try {
        return "x".repeat(2 ** 30);
      } catch (error) {
        return String(error);
      }
    })();
    expect(error).toBe("RangeError: Invalid string length");
    expect(limitReached(`[vite] ${error}`, build)).toBeUndefined();
  });
});

describe("a build past the one string of its record of the pages it made", () => {
  /** What `astro build` prints when the record of two pages, each keyed by `key`, is written. */
  async function astroPrintsRecord(key: string): Promise<string> {
    const { IncrementalBuildCache } = await astroModule("core/build/incremental.js");
    const { collectErrorMetadata } = await astroModule("core/errors/dev/index.js");
    const { createSafeError } = await astroModule("core/errors/index.js");
    const { formatErrorMessage } = await astroModule("core/messages/runtime.js");
    const settings = { config: { cacheDir: pathToFileURL(`${folder}/record/`) } };
    const record = IncrementalBuildCache.load(settings, "config", "lockfile", "key");
    for (const page of ["hafen", "streik"]) {
      record.record(
        "src/pages/artikel/[slug].astro",
        "code",
        `/artikel/${page}/`,
        key,
        `artikel/${page}/index.html`,
      );
    }
    try {
      record.writeManifest(settings);
      return "the record was written";
    } catch (error) {
      return formatErrorMessage(collectErrorMetadata(createSafeError(error)), true) as string;
    }
  }

  it("should say so in one line where astro build prints V8's error at Astro's writer", async () => {
    // Two keys of half the cap: the record is past it, and each string is not.
    const printed = await astroPrintsRecord("x".repeat(2 ** 28));
    expect(printed).toContain("Invalid string length");
    expect(limitReached(`14:08:03   ├─ /index.html (+11ms)\n${printed}`, build)).toBe(
      "Build stopped at 123,456 articles: Astro's record of the pages it made " +
        "(incremental-build.json), which it writes as one string, grew past V8's limit of " +
        "536,870,888 characters for a string; build the older years as a site of their own " +
        "under another base path (KIOSK_CONTENT_DIR, KIOSK_BASE; docs/decisions/108);",
    );
  });

  it("should leave a record written whole to the build's other lines", async () => {
    const printed = await astroPrintsRecord("cache-key");
    expect(printed).toBe("the record was written");
  });
});

describe("a build past Node's heap limit", () => {
  /** What Node prints when a program with `heapMb` of heap runs out of it. */
  const outOfHeap = (heapMb: number) =>
    spawnSync(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, "-e", "const kept = []; for (;;) kept.push({ n: kept.length });"],
      { encoding: "utf8" },
    ).stderr;

  it("should name the limit Astro ran with and a larger one", () => {
    const printed = outOfHeap(16);
    expect(limitReached(printed, build)).toBe(
      "Build stopped at 123,456 articles: Astro ran out of memory at Node's heap limit of " +
        "8,192 MB; if the machine has the memory, give it more: " +
        "NODE_OPTIONS=--max-old-space-size=16384 npm run build;",
    );
  });

  // V8's two reasons for giving up (v8/src/heap/heap.cc), as Node prints them.
  it.each(["Reached heap limit", "Ineffective mark-compacts near heap limit"])(
    "should know Node's report of %s",
    (reason) => {
      const printed = `FATAL ERROR: ${reason} Allocation failed - JavaScript heap out of memory`;
      expect(limitReached(printed, build)).toMatch(
        /^Build stopped at 123,456 articles: Astro ran out of memory/,
      );
    },
  );

  it("should read the limit an operator set", () => {
    const printed = outOfHeap(16);
    expect(limitReached(printed, { articles: 5, nodeOptions: "--max_old_space_size=3000" })).toBe(
      "Build stopped at 5 articles: Astro ran out of memory at Node's heap limit of 3,000 MB; " +
        "if the machine has the memory, give it more: NODE_OPTIONS=--max-old-space-size=6000 npm run build;",
    );
  });

  it("should ask for a limit in megabytes when it cannot read the one Astro ran with", () => {
    expect(limitReached(outOfHeap(16), { articles: 5, nodeOptions: "--max-old-space-size" })).toBe(
      "Build stopped at 5 articles: Astro ran out of memory at Node's heap limit; if the machine " +
        "has the memory, give it more: NODE_OPTIONS=--max-old-space-size=<megabytes> npm run build;",
    );
  });

  it.each([
    ["--max-old-space-size=8192", 8192],
    ["--inspect --max_old_space_size=3000", 3000],
    ["--max-old-space-size=4096 --max-old-space-size=12288", 12288],
    ["--max-semi-space-size=64", undefined],
    ["", undefined],
  ])("should read the heap limit %j as %j", (options, limit) => {
    expect(heapLimitMb(options)).toBe(limit);
  });
});

describe("a build stopped for another reason", () => {
  it("should leave Astro's words alone", () => {
    expect(limitReached("[NoMatchingRenderer] Unable to render `Teaser`.", build)).toBeUndefined();
  });
});

describe("a build whose files written as one string near the limit", () => {
  it("should say how full the store is and how many more articles of that size fit", () => {
    expect(oneStringFilling(ONE_STRING.store, 500_000_000, () => 62_000)).toBe(
      "Build: Astro's content store is 93 % full at 62,000 articles (500,000,000 of the " +
        "536,870,888 characters V8 allows one string): about 4,571 more of their size fit, then " +
        "builds stop; build the older years as a site of their own under another base path " +
        "(KIOSK_CONTENT_DIR, KIOSK_BASE; docs/decisions/108).",
    );
  });

  it("should name the record of the pages when it is the one that fills", () => {
    expect(oneStringFilling(ONE_STRING.manifest, 450_000_000, () => 200_000)).toMatch(
      /^Build: Astro's record of the pages it made \(incremental-build\.json\) is 83 % full at 200,000 articles .*about 38,609 more/,
    );
  });

  it.each([
    [429_496_710, false],
    [429_496_711, true],
    [98_000_000, false],
  ])("should warn of a file of %i bytes: %s", (bytes, warns) => {
    expect(oneStringFilling(ONE_STRING.store, bytes, () => 60_000) !== undefined).toBe(warns);
  });

  it("should not count the articles of a file far below the limit", () => {
    const count = () => {
      throw new Error("the content folder was listed");
    };
    expect(oneStringFilling(ONE_STRING.manifest, 98_000_000, count)).toBeUndefined();
  });
});
