/**
 * What a failed search index says: the articles whose pages it failed on, read from the
 * error's text. Kiosk's own reading of the pages names the page's file; Pagefind's
 * program prints `Failed to parse file <page> — skipping this file. Error:` for a page
 * it cannot read, and then stops (pagefind/src/fossick/mod.rs).
 */
import { SEGMENTS } from "../../src/consts.ts";

const PAGE = new RegExp(`(?:^|/)${SEGMENTS.article}/([^/\\s]+)/index\\.html`, "gm");

/**
 * The slugs of the article pages a text names, each once.
 *
 * @example articlesNamed("Failed to parse file /tmp/p/artikel/x/index.html — skipping") // ["x"]
 */
export function articlesNamed(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PAGE), (match) => match[1]!))];
}

/**
 * The line a failed index ends the build with, naming each article by its file (when
 * `fileOf` finds it) and its page.
 *
 * @example searchIndexFailure(".../artikel/x/index.html: …", () => "content/articles/x.md")
 * // "Search index failed on content/articles/x.md (/artikel/x/): .../artikel/x/index.html: …"
 */
export function searchIndexFailure(message: string, fileOf: (slug: string) => string | undefined): string {
  const articles = articlesNamed(message).map((slug) => {
    const page = `/${SEGMENTS.article}/${slug}/`;
    const file = fileOf(slug);
    return file ? `${file} (${page})` : page;
  });
  return `Search index failed${articles.length > 0 ? ` on ${articles.join(", ")}` : ""}: ${message}`;
}
