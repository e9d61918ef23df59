import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../src/check/check-article.ts";
import { checkCollection } from "../../src/check/check-collection.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { ARTICLE_SIZE_LIMIT } from "../../src/lib/input-limits.ts";

const HEAD = (fields: string[] = []) =>
  ["---", "title: Titel", "dek: Vorspann.", "date: 2023-12-20", "source: Reuters", ...fields, "---", ""].join(
    "\n",
  );

/** Articles written into a fresh folder, then checked: the lines `npm run check` would print. */
async function check(files: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "kiosk-check-collection-"));
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return (await checkCollection(dir, dir)).map(formatProblem);
}

describe("drafts, as the frontmatter says", () => {
  it("should not take an article for a draft because its text says draft: true", async () => {
    expect(
      await check({
        "anleitung.md": `${HEAD()}\nSo markiert man einen Entwurf:\n\ndraft: true\n`,
        "verweis.md": `${HEAD()}\nSiehe [die Anleitung](/artikel/anleitung/).\n`,
      }),
    ).toEqual([]);
  });

  it("should refuse links to a draft", async () => {
    expect(
      await check({
        "entwurf.md": `${HEAD(["draft: true"])}\nText.\n`,
        "verweis.md": `${HEAD()}\nSiehe [den Entwurf](/artikel/entwurf/).\n`,
      }),
    ).toEqual(["verweis.md:8: link: links to the draft entwurf, which is not published"]);
  });

  it("should refuse draft: True rather than guess", async () => {
    expect(await check({ "entwurf.md": `${HEAD(["draft: True"])}\nText.\n` })).toEqual([
      "entwurf.md:6: draft: must be true or false, written in lower case",
    ]);
  });
});

describe("pathological files", () => {
  it("should give each its own problem and still check the others", async () => {
    // A list nested a thousand deep, about 1 MB; its items apart, so no block is long.
    const levels = Array.from({ length: 1000 }, (_, level) => `${"  ".repeat(level)}- Punkt`);
    const deep = `${HEAD()}\n${levels.join("\n\n")}\n`;
    expect(deep.length).toBeGreaterThan(1_000_000);
    expect(deep.length).toBeLessThan(ARTICLE_SIZE_LIMIT);
    // Nine anchors, each a list of ten aliases of the one before: 10^9 values; the first alias on line 7.
    const aliases = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [index, name] of [..."bcdefghi"].entries()) {
      aliases.push(`${name}: &${name} [${Array(10).fill(`*${"abcdefghi"[index]}`).join(", ")}]`);
    }
    const problems = await check({
      "aliase.md": `${HEAD(aliases)}\nText.\n`,
      "riesig.md": `${HEAD()}\n${"Ein Satz. ".repeat(ARTICLE_SIZE_LIMIT / 10)}\n`,
      "sauber.md": `${HEAD(["topics: [Nahost]"]).replace("title: Titel", `title: ${"Lang ".repeat(23)}`)}\nText.\n`,
      "tief.md": deep,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^aliase\.md:7: frontmatter: cannot be read: .*aliases/),
      expect.stringMatching(/^riesig\.md:1: file: is \d+ bytes; an article may have at most/),
      // The one warning of an otherwise clean article shows that it was checked.
      "sauber.md:2: title: warning: is 114 characters long; keep headlines to 110",
      expect.stringMatching(/^tief\.md:2006: body: lists and block quotes are nested 1000 levels deep here/),
    ]);
  });
});

describe("a check that remembers", () => {
  /** A cache in memory that counts the articles it already knew. */
  function memory() {
    const facts = new Map<string, ArticleFacts>();
    const cache = {
      known: 0,
      get: (key: string) => {
        const found = facts.get(key);
        if (found) cache.known++;
        return found;
      },
      set: (key: string, value: ArticleFacts) => void facts.set(key, value),
    };
    return cache;
  }

  it("should read only changed files again and still apply every rule across files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-check-cache-"));
    const write = (name: string, text: string) => writeFile(join(dir, name), text);
    const run = async (cache: ReturnType<typeof memory>) =>
      (await checkCollection(dir, dir, join(dir, "autoren"), cache)).map(formatProblem);
    await write("ziel.md", `${HEAD(["topics: [Hafen]"])}\nText.\n`);
    await write("verweis.md", `${HEAD(["topics: [Hafen]"])}\nSiehe [das Ziel](/artikel/ziel/).\n`);
    await write("kaputt.md", `${HEAD()}\n:::pullquote\nErfunden.\n:::\n`);
    const cache = memory();
    const first = await run(cache);
    expect(first, first.join("\n")).toHaveLength(2);
    expect(cache.known).toBe(0);

    // Unchanged: every article comes from the cache, with the same report.
    expect(await run(cache)).toEqual(first);
    expect(cache.known).toBe(3);

    // The link target becomes a draft, and another article spells the topic apart:
    // the unchanged article's link and topic are judged against the others again.
    cache.known = 0;
    await write("ziel.md", `${HEAD(["topics: [HAFEN]", "draft: true"])}\nText.\n`);
    const again = await run(cache);
    expect(cache.known).toBe(2);
    expect(again).toEqual(
      expect.arrayContaining([
        ...first,
        "verweis.md:9: link: links to the draft ziel, which is not published",
        expect.stringMatching(/^\w+\.md:\d+: topics: .*"HAFEN"/),
      ]),
    );
  });
});
