import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeSearchIndex } from "../../publish/search-index.ts";
import { searchIndexFailure } from "../../publish/search/index-failure.ts";
import { runPagefind } from "../../publish/search/pagefind-program.ts";

/** An article page's head and text as ArticleLayout writes them, for the index. */
const page = (published: string) =>
  `<html lang="de"><head><meta property="article:published_time" content="${published}"></head>` +
  `<body><article><div data-pagefind-body><p>Der Hafen streikt.</p></div></article></body></html>`;

const files: Record<string, string> = { "hafen-streik": "content/articles/2024/hafen-streik.md" };
const fileOf = (slug: string) => files[slug];

let site: string;
beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), "kiosk-index-failure-"));
});
afterEach(() => rm(site, { recursive: true, force: true }));

async function withPages(pages: Record<string, string>): Promise<void> {
  for (const [slug, published] of Object.entries(pages)) {
    await mkdir(join(site, "artikel", slug), { recursive: true });
    await writeFile(join(site, "artikel", slug, "index.html"), page(published));
  }
}

/** What the build prints when the index of `site` fails. */
async function failure(index: Promise<unknown>): Promise<string> {
  const error = await index.then(
    () => new Error("the index did not fail"),
    (error: Error) => error,
  );
  return searchIndexFailure(error.message, fileOf);
}

describe("a search index that fails", () => {
  it("should name the article whose page carries a date past the year 9999, by its file and address", async () => {
    // 9999-12-31T23:30:00-01:00 is in the year 10000 in UTC, as JavaScript writes it.
    await withPages({
      "ruhiger-tag": "2024-05-02T08:00:00.000Z",
      "hafen-streik": "+010000-01-01T00:30:00.000Z",
    });
    expect(await failure(writeSearchIndex(site))).toBe(
      "Search index failed on content/articles/2024/hafen-streik.md (/artikel/hafen-streik/): " +
        `${join(site, "artikel/hafen-streik/index.html")}: article:published_time +010000-01-01T00:30:00.000Z is not a date of the years 0000 to 9999`,
    );
  });

  it("should name the article of a page Pagefind could not parse, from what Pagefind prints", () => {
    // Pagefind's own words for a page it skips (pagefind/src/fossick/mod.rs), then the
    // panic that follows them, as runPagefind reports a failed run.
    const output = [
      "pagefind exited with code 101:",
      "Failed to parse file /tmp/kiosk-search-x/2024-05-pages-Ab3/artikel/hafen-streik/index.html — skipping this file. Error:",
      "The memory limit has been exceeded.",
      "thread 'tokio-runtime-worker' panicked at pagefind/src/fossick/mod.rs:264:29:",
      "called `Option::unwrap()` on a `None` value",
    ].join("\n");
    expect(searchIndexFailure(output, fileOf)).toBe(
      `Search index failed on content/articles/2024/hafen-streik.md (/artikel/hafen-streik/): ${output}`,
    );
    expect(searchIndexFailure(output, () => undefined)).toMatch(
      /^Search index failed on \/artikel\/hafen-streik\/: pagefind exited/,
    );
  });

  it("should name no article when none is to blame", async () => {
    await withPages({ "hafen-streik": "2024-05-02T08:00:00.000Z" });
    // The output folder cannot be made: Pagefind stops with its own panic.
    await writeFile(join(site, "kein-ordner"), "");
    const message = await failure(runPagefind(site, join(site, "kein-ordner/pagefind")));
    expect(message).toMatch(/^Search index failed: pagefind exited with code 101:\n/);
  });
});
