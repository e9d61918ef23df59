import { createHash } from "node:crypto";

/**
 * A page's key for Astro's incremental build: one hash of everything the page shows
 * that its code does not (articles, settings). Equal keys let Astro reuse the page.
 *
 * @example cacheKey("a", [1, 2]) === cacheKey("a", [1, 2]) // true
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}
