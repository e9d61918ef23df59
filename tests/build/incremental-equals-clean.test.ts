import { constants } from "node:buffer";
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { benchSlug, writeBenchArticles } from "../../bench/generate-articles.ts";
import { MANIFEST_MARK } from "../../publish/incremental-state.ts";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite, treeFiles } from "../support/build-site.ts";

/**
 * The proof that publishing only what changed gives the site a clean build gives: one
 * copy of the project publishes a scripted sequence of changes incrementally, another
 * builds each state from nothing, and after every step both `dist/` folders must hold
 * the same files with the same bytes.
 */

const ARTICLES = 60;
const SETTINGS = `name: Kiosk-Testredaktion
description: Nachrichten zum Testen.
sections: [Nahost, Diplomatie, Weltlage]
legal:
  publisher: Kiosk-Testredaktion
  address: Musterstraße 1, 12345 Musterstadt
  email: redaktion@kiosk.example
  responsible: Erika Mustermann
`;
/** A topic more than a list page holds, so numbered topic pages are made and kept. */
const BIG_TOPIC = "Weltlage";

let content: string;
/** A newsroom's settings that name its sections: sections the demo derives from its newest articles change every page's header as its topics change (docs/decisions/098). */
let settings: string;
let incremental: string;
let clean: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), "kiosk-incremental-"));
  settings = join(await mkdtemp(join(tmpdir(), "kiosk-incremental-settings-")), "publication.yaml");
  await writeFile(settings, SETTINGS);
  await writeBenchArticles(content, ARTICLES, { repeatText: true });
  for (let n = 1; n <= 45; n++)
    await edit(n, (text) => text.replace("topics:\n", `topics:\n  - ${BIG_TOPIC}\n`));
  [incremental, clean] = await Promise.all([copyProject(), copyProject()]);
  const first = await buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_PUBLICATION: settings }, incremental);
  expect(first.exitCode, first.output).toBe(0);
}, 180_000);

const file = (n: number) => join(content, `${benchSlug(n)}.md`);
async function edit(n: number, change: (text: string) => string): Promise<void> {
  await writeFile(file(n), change(await readFile(file(n), "utf8")));
}
/** A new article, as a copy of article `n` with its own headline and date. */
async function add(n: number, slug: string, title: string, date: string): Promise<void> {
  const text = (await readFile(file(n), "utf8"))
    .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
    .replace(/^date: .*$/m, `date: ${date}`);
  await writeFile(join(content, `${slug}.md`), text);
}

/** A lead photo at `bilder/foto.jpg`, of one colour: each shade is another photo under the same name. */
async function writePhoto(shade: number): Promise<void> {
  await mkdir(join(content, "bilder"), { recursive: true });
  await sharp({
    create: { width: 800, height: 450, channels: 3, background: { r: shade, g: 90, b: 255 - shade } },
  })
    .jpeg()
    .toFile(join(content, "bilder", "foto.jpg"));
}

/** The files whose bytes differ between two sites, each with the text around the first difference. */
async function differences(a: string, b: string, names: readonly string[]): Promise<string[]> {
  const differing: string[] = [];
  for (const name of names) {
    const [left, right] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]);
    if (left.equals(right)) continue;
    let at = 0;
    while (left[at] === right[at]) at++;
    const around = (bytes: Buffer) =>
      JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 60).toString("utf8"));
    differing.push(`${name} at byte ${at}: incremental ${around(left)}, clean ${around(right)}`);
  }
  return differing;
}

/** Publish the content incrementally and from nothing, and compare the two sites. */
async function publishAndCompare(): Promise<string> {
  // The clean copy builds from nothing each time: no dist/, no Astro cache.
  await Promise.all(
    ["dist", ".astro"].map((name) => rm(join(clean, name), { recursive: true, force: true })),
  );
  const [next, fresh] = await Promise.all([
    buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_PUBLICATION: settings }, incremental),
    buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_PUBLICATION: settings }, clean),
  ]);
  expect(next.exitCode, next.output).toBe(0);
  expect(fresh.exitCode, fresh.output).toBe(0);
  const [incrementalFiles, cleanFiles] = await Promise.all([treeFiles(next.dist), treeFiles(fresh.dist)]);
  expect(incrementalFiles).toEqual(cleanFiles);
  // The one file excepted: the digest of Astro's record of the build, not of the site.
  const siteFiles = cleanFiles.filter((name) => name !== MANIFEST_MARK);
  expect(await differences(next.dist, fresh.dist, siteFiles)).toEqual([]);
  // Astro's line for each page it reused is counted, not shown: the page lines shown and
  // the count make up the clean build's pages.
  expect(next.output).not.toContain("(cached)");
  const reused = [...next.output.matchAll(/\[build\] ([\d,]+) unchanged pages? reused$/gm)].map(([, count]) =>
    Number(count?.replaceAll(",", "")),
  );
  expect(pageLines(next.output) + reused.reduce((sum, count) => sum + count, 0)).toBe(
    pageLines(fresh.output),
  );
  return next.output;
}

/** Astro's lines for the pages it made, rendered or reused. */
const pageLines = (output: string) => output.split("\n").filter((line) => line.includes("├─ /")).length;

/** Article pages Astro rendered in a build, not reused or copied back from its cache. */
const renderedArticles = (output: string) =>
  output
    .split("\n")
    .filter((line) => /\/artikel\/[^/]+\/index\.html/.test(line) && !line.includes("(restored)"));

/** Astro's content store, as it wrote it in its cache folder (astro.config.mjs `cacheDir`). */
const contentStore = (root: string) => readFile(join(root, ".astro/cache/data-store.json"), "utf8");

/** The paragraphs of article `n` that Kiosk's typography leaves as written: no quotes, dashes or ellipses. */
async function plainParagraphs(n: number): Promise<string[]> {
  const [, body = ""] = (await readFile(file(n), "utf8")).split("\n---\n");
  return body
    .split("\n\n")
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => /^\p{Lu}/u.test(paragraph) && !/["'\n]|\.\.\.|--/.test(paragraph));
}

describe("Astro's content store", () => {
  it("should hold no article's text, and fit 250,000 articles in the one string Astro writes it as", async () => {
    const store = await contentStore(incremental);
    const paragraphs = await plainParagraphs(2);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(store).not.toContain(paragraph);
    // Each article's entry, its share of the meta store and of what else the store holds.
    expect(store.length / ARTICLES).toBeLessThan(constants.MAX_STRING_LENGTH / 250_000);
  });
});

/** The page of article `n` in the incrementally published site. */
const articlePage = (n: number) =>
  readFile(join(incremental, "dist/artikel", benchSlug(n), "index.html"), "utf8");

describe("an incremental publish", () => {
  it.each<[string, () => Promise<void>]>([
    ["nothing changed", async () => undefined],
    [
      "an article added",
      () => add(1, "eilmeldung-hafen", "Eilmeldung: Hafen gesperrt", "2025-01-01T06:30:00+01:00"),
    ],
    ["an article's text edited", () => edit(30, (text) => `${text}\nNachtrag: Die Meldung wurde ergänzt.\n`)],
    [
      "an article's headline edited",
      () => edit(44, (text) => text.replace(/^title: .*$/m, "title: Neue Überschrift für Meldung 44")),
    ],
    [
      "an article's topics changed",
      () => edit(12, (text) => text.replace(`  - ${BIG_TOPIC}\n`, "  - Seefahrt\n")),
    ],
    [
      "an article made a draft",
      () => edit(20, (text) => text.replace("lang: de\n", "lang: de\ndraft: true\n")),
    ],
    ["the draft published again", () => edit(20, (text) => text.replace("draft: true\n", ""))],
    ["an article deleted", () => rm(file(50))],
    [
      "a lead photo added",
      async () => {
        await writePhoto(0x30);
        await edit(5, (text) =>
          text.replace(
            "lang: de\n",
            "lang: de\nimage:\n  src: ./bilder/foto.jpg\n  alt: Ein Hafen\n  credit: dpa\n",
          ),
        );
      },
    ],
    // The article's Markdown is as it was: only the photo's bytes tell the change.
    ["the lead photo replaced under the same file name", () => writePhoto(0xc0)],
    [
      "an article on a new day and in a new month",
      () => add(2, "neuer-monat", "Der Februar beginnt", "2025-02-01T09:00:00+01:00"),
    ],
  ])(
    "should give the clean build's site after %s",
    async (_, change) => {
      await change();
      const output = await publishAndCompare();
      // Proportional to the change: never every article page again.
      expect(renderedArticles(output).length).toBeLessThan(ARTICLES / 4);
    },
    180_000,
  );

  it("should render an article's page again when its text changes, and show the new text", async () => {
    const added = "Ein letzter Absatz, nachgetragen.";
    expect(await articlePage(7)).not.toContain(added);
    await edit(7, (text) => `${text}\n${added}\n`);
    const output = await publishAndCompare();
    expect(renderedArticles(output).join("\n")).toContain(`/artikel/${benchSlug(7)}/index.html`);
    expect(await articlePage(7)).toContain(added);
  }, 180_000);

  it("should render every article's page again when the Markdown pipeline renders them otherwise", async () => {
    // The files stay as they are; what the pipeline makes of them changes (the reading time).
    const plugin = "src/markdown/remark-reading-time.ts";
    for (const root of [incremental, clean]) {
      const code = await readFile(join(root, plugin), "utf8");
      const changed = code.replace('readingMinutes(blocks.join("\\n"))', "$& + 1");
      expect(changed).not.toBe(code);
      await writeFile(join(root, plugin), changed);
    }
    const output = await publishAndCompare();
    expect(renderedArticles(output).length).toBeGreaterThan(ARTICLES / 2);
  }, 180_000);
});

describe("a publish from restored caches", () => {
  it("should reuse the published pages when dist/ and .astro/ come back as copies, as a CI restores them", async () => {
    // Saved and restored at the same path: Astro keys its pages by their modules' paths.
    const saved = await mkdtemp(join(tmpdir(), "kiosk-saved-caches-"));
    for (const name of ["dist", ".astro"]) {
      await cp(join(incremental, name), join(saved, name), { recursive: true });
      // Restored beside the old folder first, so that no inode of it can be reused.
      await cp(join(saved, name), join(incremental, `${name}.restored`), { recursive: true });
      await rm(join(incremental, name), { recursive: true });
      await rename(join(incremental, `${name}.restored`), join(incremental, name));
    }
    await add(3, "nach-dem-cache", "Meldung nach wiederhergestellten Caches", "2025-02-02T09:00:00+01:00");
    const output = await publishAndCompare();
    expect(renderedArticles(output).length).toBeLessThan(ARTICLES / 4);
  }, 180_000);
});
