import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { beforeAll, describe, expect, it } from "vitest";
import { MANIFEST_MARK } from "../../publish/incremental-state.ts";
import { slugify } from "../../src/lib/slug.ts";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite, treeFiles } from "../support/build-site.ts";
import { readPage, selectAll } from "../support/html.ts";
import { SECTIONS, writeNewsroom } from "../support/newsroom.ts";

/**
 * Publishing into a newsroom with sections: the new article reaches the pages that show
 * it and no other list page, and the incremental site is the clean build's, byte for byte.
 */

const ARTICLES = 60;
/** The new article: the day after the newest, in one section and no other topic. */
const NEW_SLUG = "eilmeldung-theater";
const NEW_ARTICLE = `---
kicker: Theater
title: Schauspielhaus sagt die Premiere ab
dek: Eine Erkrankung im Ensemble verschiebt den Abend um eine Woche.
date: 2026-12-03T09:30:00+01:00
source: dpa
topics: [Kultur]
---

Das Schauspielhaus hat die für Freitag geplante Premiere abgesagt. Ein neuer Termin steht fest.
`;
/** The list pages the new article must change, and no others. */
const CHANGED = [
  "index.html",
  "themen/index.html",
  "themen/kultur/index.html",
  "archiv/index.html",
  "archiv/2026/index.html",
  "archiv/2026/12/index.html",
  "archiv/2026/12/02/index.html",
  "archiv/2026/12/03/index.html",
];

let env: Record<string, string>;
let incremental: string;
let clean: string;
/** The list pages of the first build, by file. */
let before: Map<string, Buffer>;

/** Every page but the articles', which never change once published. */
const isListPage = (file: string) => file.endsWith(".html") && !file.startsWith("artikel/");

async function listPages(dist: string): Promise<Map<string, Buffer>> {
  const files = (await treeFiles(dist)).filter(isListPage);
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(join(dist, file))] as const)),
  );
}

/** The front's section containers, by topic, as HTML. */
async function frontSections(dist: string): Promise<Map<string, string>> {
  const front = await readPage(dist, "index.html");
  return new Map(
    selectAll("[data-kiosk=front-section]", front).map((section) => [
      String(section.properties["dataTopic"]),
      toHtml(section),
    ]),
  );
}

beforeAll(async () => {
  env = await writeNewsroom(await mkdtemp(join(tmpdir(), "kiosk-news-site-")), ARTICLES);
  [incremental, clean] = await Promise.all([copyProject(), copyProject()]);
  const first = await buildSite(env, incremental);
  expect(first.exitCode, first.output).toBe(0);
  before = await listPages(first.dist);
}, 180_000);

describe("an article published into a newsroom with sections", () => {
  let after: Map<string, Buffer>;
  let sectionsBefore: Map<string, string>;

  beforeAll(async () => {
    sectionsBefore = await frontSections(join(incremental, "dist"));
    await writeFile(join(env["KIOSK_CONTENT_DIR"]!, `${NEW_SLUG}.md`), NEW_ARTICLE);
    const [next, fresh] = await Promise.all([buildSite(env, incremental), buildSite(env, clean)]);
    expect(next.exitCode, next.output).toBe(0);
    expect(fresh.exitCode, fresh.output).toBe(0);
    after = await listPages(next.dist);
  }, 180_000);

  it("should give the clean build's site, byte for byte", async () => {
    const [incrementalFiles, cleanFiles] = await Promise.all([
      treeFiles(join(incremental, "dist")),
      treeFiles(join(clean, "dist")),
    ]);
    expect(incrementalFiles).toEqual(cleanFiles);
    const differing: string[] = [];
    for (const file of cleanFiles.filter((name) => name !== MANIFEST_MARK)) {
      const [left, right] = await Promise.all([
        readFile(join(incremental, "dist", file)),
        readFile(join(clean, "dist", file)),
      ]);
      if (!left.equals(right)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it("should change the front, its section's page and its days, month and year, no other list page", () => {
    const changed = [...after]
      .filter(([file, bytes]) => !before.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(changed.sort()).toEqual(CHANGED.toSorted());
    expect([...before.keys()].filter((file) => !after.has(file))).toEqual([]);
  });

  // The new article leads; the story it pushes off the grid moves into its own section's
  // container. No other container changes (docs/decisions/098).
  it("should change only the containers whose stories change, at most two", async () => {
    const sectionsAfter = await frontSections(join(incremental, "dist"));
    const [storiesBefore, storiesAfter] = [containerStories(sectionsBefore), containerStories(sectionsAfter)];
    expect([...sectionsBefore.keys()]).toEqual(SECTIONS.map(slugify));
    expect([...sectionsAfter.keys()]).toEqual(SECTIONS.map(slugify));
    const changed = [...sectionsAfter.keys()].filter(
      (topic) => sectionsBefore.get(topic) !== sectionsAfter.get(topic),
    );
    const moved = [...storiesAfter.keys()].filter(
      (topic) => storiesBefore.get(topic)!.join() !== storiesAfter.get(topic)!.join(),
    );
    expect(changed).toEqual(moved);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
  });
});

/** Each container's article links, by topic. */
function containerStories(sections: Map<string, string>): Map<string, string[]> {
  return new Map(
    [...sections].map(([topic, html]) => [
      topic,
      selectAll("h3 a", fromHtml(html, { fragment: true })).map((a) => String(a.properties["href"])),
    ]),
  );
}
