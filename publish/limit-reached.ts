/**
 * The limits a large archive's build meets, each said in one line: which limit, at how
 * many articles, and what to do. Astro's and Node's own reports name another cause or
 * none, and end in a stack trace.
 */
import { constants } from "node:buffer";
import { PAGE_MANIFEST } from "../src/astro-internals.ts";

/** The build that stopped: its article count, and the `NODE_OPTIONS` Astro ran with. */
export interface StoppedBuild {
  articles: number;
  nodeOptions: string;
}

/**
 * Astro writes its content store as one string and wraps whatever fails in the writing as
 * `UnknownFilesystemError`, whose hint blames permissions or a missing file
 * (astro/dist/content/mutable-data-store.js `writeToDisk`; the error's text in
 * astro/dist/core/errors/errors-data.js). V8's `RangeError` for a string past its cap says
 * `Invalid string length`: Astro prints it under "Caused by:" without the error's name
 * (astro/dist/core/messages/runtime.js `formatErrorMessage`), Node as `[cause]: RangeError: …`
 * when the debounced write rejects unhandled.
 */
const STORE_PAST_STRING_LIMIT = /UnknownFilesystemError[\s\S]*Invalid string length/;

/**
 * Astro's incremental build writes its record of the pages it made as one string too, and
 * lets the `RangeError` from `JSON.stringify` end the build: Astro prints it with the
 * record's writer as its location, Node with the writer in its stack.
 */
const MANIFEST_PAST_STRING_LIMIT = new RegExp(
  `Invalid string length[\\s\\S]*${PAGE_MANIFEST.source.replaceAll(".", "\\.").replaceAll("/", "[\\\\/]")}`,
);

/**
 * What Node prints when a process reaches its heap limit, `FATAL ERROR: Reached heap limit
 * Allocation failed - JavaScript heap out of memory` or the same after `Ineffective
 * mark-compacts near heap limit` (node/src/node_errors.cc `OOMErrorHandler`).
 */
const HEAP_EXHAUSTED = /JavaScript heap out of memory/;

/** V8 takes the last of repeated flags, and `_` for `-` in their names. */
const HEAP_FLAG = /--max[-_]old[-_]space[-_]size=(\d+)/g;

/**
 * The heap limit in megabytes that `nodeOptions` sets, if any.
 *
 * @example heapLimitMb("--inspect --max-old-space-size=8192") // 8192
 */
export function heapLimitMb(nodeOptions: string): number | undefined {
  const last = Array.from(nodeOptions.matchAll(HEAP_FLAG)).at(-1);
  return last && Number(last[1]);
}

const count = (n: number) => n.toLocaleString("en-US");

/** What a newsroom can do today about a string's limit: fewer articles a build. */
const SPLIT =
  "build the older years as a site of their own under another base path " +
  "(KIOSK_CONTENT_DIR, KIOSK_BASE; docs/decisions/108)";

/** The share of a string's limit past which each build says how many more articles fit: time to split before builds stop. */
const WARNING_SHARE = 0.8;

/** What Astro writes as one string, as a build's warning names it. */
export const ONE_STRING = {
  store: "Astro's content store",
  manifest: `Astro's record of the pages it made (${PAGE_MANIFEST.file})`,
} as const;

/**
 * The line a successful build warns with when one of Astro's files written as one string,
 * `bytes` long, nears the string's limit; `undefined` below it. Its bytes are at least its
 * characters (UTF-8 takes no fewer bytes than UTF-16 takes units), so the warning comes
 * early, not late. `countArticles` is called only then: counting lists the whole content
 * folder.
 *
 * @example oneStringFilling(ONE_STRING.store, 500_000_000, () => 62_000) // "Build: Astro's content store is 93 % full …"
 */
export function oneStringFilling(
  what: string,
  bytes: number,
  countArticles: () => number,
): string | undefined {
  const limit = constants.MAX_STRING_LENGTH;
  if (bytes < limit * WARNING_SHARE) return undefined;
  const articles = countArticles();
  const more = Math.floor(((limit - bytes) * articles) / bytes);
  return (
    `Build: ${what} is ${Math.floor((bytes / limit) * 100)} % full at ` +
    `${count(articles)} articles (${count(bytes)} of the ${count(limit)} characters V8 ` +
    `allows one string): about ${count(more)} more of their size fit, then builds stop; ${SPLIT}.`
  );
}

/**
 * The line a build ends with when Astro stopped at one of the limits, read from what
 * Astro wrote to stderr; `undefined` for any other failure.
 *
 * @example limitReached("[UnknownFilesystemError] … Caused by:\n  Invalid string length", { articles: 7, nodeOptions: "" })
 * // "Build stopped at 7 articles: Astro's content store, which it writes as one string, grew past V8's limit …"
 */
export function limitReached(stderr: string, { articles, nodeOptions }: StoppedBuild): string | undefined {
  const at = `Build stopped at ${count(articles)} articles`;
  if (STORE_PAST_STRING_LIMIT.test(stderr)) {
    return (
      `${at}: Astro's content store, which it writes as one string, grew past V8's limit of ` +
      `${count(constants.MAX_STRING_LENGTH)} characters for a string (not a disk problem, ` +
      `whatever Astro says above); ${SPLIT};`
    );
  }
  if (MANIFEST_PAST_STRING_LIMIT.test(stderr)) {
    return (
      `${at}: Astro's record of the pages it made (${PAGE_MANIFEST.file}), which it writes as ` +
      `one string, grew past V8's limit of ${count(constants.MAX_STRING_LENGTH)} characters for ` +
      `a string; ${SPLIT};`
    );
  }
  if (HEAP_EXHAUSTED.test(stderr)) {
    const limit = heapLimitMb(nodeOptions);
    const heap = limit ? `Node's heap limit of ${count(limit)} MB` : "Node's heap limit";
    return (
      `${at}: Astro ran out of memory at ${heap}; if the machine has the memory, give it ` +
      `more: NODE_OPTIONS=--max-old-space-size=${limit ? limit * 2 : "<megabytes>"} npm run build;`
    );
  }
  return undefined;
}
