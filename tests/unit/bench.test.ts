import { writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { WIRE_TEXT, writeBenchArticles, type BenchOptions } from "../../bench/generate-articles.ts";
import { ensureWordList } from "../../bench/word-list.ts";
import { measure } from "../../bench/measure.ts";
import { reportTable } from "../../bench/report.ts";
import { median } from "../../src/lib/median.ts";
import { checkCollection } from "../../src/check/check-collection.ts";
import { ROOT } from "../../tools/project-copy.ts";

/** A corpus written into a folder of its own: its articles' folder, authors beside it. */
async function corpus(count: number, options: BenchOptions = {}): Promise<string> {
  const articles = join(await mkdtemp(join(tmpdir(), "kiosk-bench-corpus-")), "articles");
  await writeBenchArticles(articles, count, options);
  return articles;
}

/** Each article's frontmatter and body, in slug order. */
async function articlesIn(dir: string): Promise<{ data: Record<string, unknown>; body: string }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  return Promise.all(
    names.map(async (name) => {
      const [, yaml, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(
        await readFile(join(dir, name), "utf8"),
      )!;
      return { data: parse(yaml!) as Record<string, unknown>, body: body! };
    }),
  );
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const words = (text: string) => text.match(WORD) ?? [];
/** The body's own words: without the pull quotes, which repeat it. */
const ownWords = (body: string) => words(body.replace(/^:::pullquote\{.*\}\n[\s\S]*?\n:::$/gm, ""));

describe("the distinct benchmark corpus", () => {
  let few: string;
  let many: Awaited<ReturnType<typeof articlesIn>>;
  beforeAll(async () => {
    few = await corpus(50);
    many = await articlesIn(await corpus(500));
  }, 60_000);

  it("should be articles, authors and lead images that pass the article check", async () => {
    expect(await checkCollection(few, process.cwd(), join(few, "../authors"))).toEqual([]);
    const articles = await articlesIn(few);
    expect(articles.filter(({ data }) => data["image"]).length).toBeGreaterThan(0);
    expect(articles.filter(({ data }) => data["authors"]).length).toBeGreaterThan(0);
  });

  it("should give every article its own words, headline and standfirst", async () => {
    const seed = new Set(words(await readFile(WIRE_TEXT, "utf8")));
    for (const field of ["title", "dek"]) expect(new Set(many.map(({ data }) => data[field])).size).toBe(500);
    expect(new Set(many.map(({ body }) => body)).size).toBe(500);
    const shared = many.map(({ body }) => {
      const own = ownWords(body);
      return own.filter((word) => seed.has(word)).length / own.length;
    });
    expect(Math.max(...shared)).toBeLessThanOrEqual(0.7);
    // Headlines and standfirsts are the seed's sentences with fresh nouns, so that they
    // stay distinct in archives of any size: most of their words are not the seed's.
    for (const field of ["title", "dek"]) {
      const seedShare = many.map(({ data }) => {
        const own = words(data[field] as string);
        return own.filter((word) => seed.has(word)).length / own.length;
      });
      expect(median(seedShare)).toBeLessThanOrEqual(0.5);
    }
  });

  it("should have bodies of 2 to 8 KB, of many lengths", () => {
    const sizes = many.map(({ body }) => Buffer.byteLength(body));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2048);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8192);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThan(4096);
  });

  it("should use one to three topics an article, a few very often and hundreds rarely", () => {
    const counts = new Map<string, number>();
    for (const { data } of many) {
      const topics = data["topics"] as string[];
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(3);
      for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const uses = [...counts.values()].sort((a, b) => b - a);
    expect(uses.length).toBeGreaterThanOrEqual(200);
    expect(uses[0]).toBeGreaterThanOrEqual(10 * uses[Math.floor(uses.length / 2)]!);
  });

  it("should spread its dates over years, the newest first, and correct a few", () => {
    const dates = many.map(({ data }) => Date.parse(data["date"] as string));
    expect(dates.every((date, i) => i === 0 || date < dates[i - 1]!)).toBe(true);
    expect(dates[0]! - dates.at(-1)!).toBeGreaterThan(5 * 365 * 86_400_000);
    const corrected = many.filter(({ data }) => data["corrections"]);
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.every(({ data }) => data["updated"])).toBe(true);
  });

  it("should write the same bytes for the same count", async () => {
    const again = await corpus(50);
    /** Every file the corpus wrote (articles, images, authors), by path, with its bytes. */
    const files = async (articles: string) => {
      const root = join(articles, "..");
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      const paths = entries
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
      return Promise.all(paths.sort().map(async (path) => [relative(root, path), await readFile(path)]));
    };
    expect(await files(again)).toEqual(await files(few));
  });
});

describe("the word list", () => {
  const missing = async () => join(await mkdtemp(join(tmpdir(), "kiosk-word-list-")), "ngerman");

  it("should say in one line what to install when it cannot install the list", async () => {
    const path = await missing();
    expect(() => ensureWordList(path, { root: false, install: () => true })).toThrow(
      /^\S+ is missing and this user cannot install it: apt-get install wngerman\.$/,
    );
    expect(() => ensureWordList(path, { root: true, install: () => false })).toThrow(
      "apt-get install wngerman",
    );
  });

  it("should install the list when it is missing and it can", async () => {
    const path = await missing();
    const install = () => {
      writeFileSync(path, "Wort\n");
      return true;
    };
    expect(() => ensureWordList(path, { root: true, install })).not.toThrow();
    expect(await readFile(path, "utf8")).toBe("Wort\n");
  });
});

describe("the repeated-text benchmark corpus", () => {
  it("should repeat the wire text in every article", async () => {
    const seed = words(await readFile(WIRE_TEXT, "utf8"));
    const articles = await articlesIn(await corpus(13, { repeatText: true }));
    for (const { body } of articles) expect(ownWords(body)).toEqual(seed);
  });

  it("should be valid articles with their own headline, date and topics and two pull quotes each", async () => {
    const dir = await corpus(13, { repeatText: true });
    expect(await checkCollection(dir)).toEqual([]);
    const files = await Promise.all((await readdir(dir)).map((name) => readFile(join(dir, name), "utf8")));
    const field = (name: string) =>
      new Set(files.map((text) => new RegExp(`^${name}: (.*)$`, "m").exec(text)![1]));
    expect(field("title").size).toBe(13);
    expect(field("date").size).toBe(13);
    expect(files.every((text) => text.match(/^:::pullquote\{/gm)?.length === 2)).toBe(true);
    const topics = new Set(
      files.flatMap((text) => [...text.matchAll(/^ {2}- (.*)$/gm)].map((match) => match[1])),
    );
    expect(topics.size).toBeGreaterThanOrEqual(10);
  });
});

describe("the benchmark report", () => {
  it("should take the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow("median of no values");
  });

  it("should print a row per site and the ratio of the medians", () => {
    const MB = 1024 * 1024;
    const table = reportTable(
      1000,
      {
        name: "Kiosk",
        seconds: [12, 15, 13],
        peakRss: [900 * MB, 1000 * MB],
        distBytes: 70 * MB,
        searchBytes: 3 * MB,
      },
      { name: "bare Astro", seconds: [10, 9, 11], peakRss: [700 * MB], distBytes: 6 * MB },
    );
    expect(table).toContain(
      "| Kiosk | 13.00 s | 13.00 ms | 1000 MB | 70.0 MB | 3.0 MB | 12.00, 15.00, 13.00 |",
    );
    expect(table).toContain("| bare Astro | 10.00 s | 10.00 ms | 700 MB | 6.0 MB | – | 10.00, 9.00, 11.00 |");
    expect(table).toMatch(/ratio Kiosk\/bare Astro of the medians: 1\.30$/);
  });
});

describe("the benchmark's measurement", () => {
  it("should count the memory of a child's children", async () => {
    // A grandchild holds 150 MB for a second; its parent holds next to nothing.
    const grandchild = `const b = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => b.length, 1000);`;
    const child = `require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" });`;
    const result = await measure(process.execPath, ["-e", child], { cwd: ROOT, env: process.env });
    expect(result.exitCode).toBe(0);
    expect(result.peakRss).toBeGreaterThan(150 * 2 ** 20);
  });

  it("should tell when the watched folder was replaced, before the command ended", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiosk-live-"));
    await mkdir(join(root, "dist"));
    await mkdir(join(root, "neu"));
    // The swap after 300 ms; the command goes on for a second.
    const child = `setTimeout(() => require("node:fs").renameSync("neu", "dist"), 300); setTimeout(() => {}, 1000);`;
    const result = await measure(process.execPath, ["-e", child], {
      cwd: root,
      env: process.env,
      live: join(root, "dist"),
    });
    expect(result.exitCode).toBe(0);
    expect(result.liveSeconds).toBeGreaterThanOrEqual(0.3);
    expect(result.liveSeconds).toBeLessThan(0.8);
    expect(result.seconds).toBeGreaterThanOrEqual(1);
  });
});
