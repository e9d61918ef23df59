/**
 * `twitter:site` from the newsroom's X profile on every page, `twitter:creator` from an
 * article's first author's; neither where there is no such profile.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { htmlFiles, readPage, selectAll } from "../support/html.ts";

/** The `twitter:site` and `twitter:creator` meta of every HTML page of `dist`, by page. */
async function handlesByPage(dist: string): Promise<Map<string, string[]>> {
  const pages = new Map<string, string[]>();
  for (const file of await htmlFiles(dist)) {
    const meta = selectAll(
      'meta[name="twitter:site"], meta[name="twitter:creator"]',
      await readPage(dist, file),
    );
    pages.set(
      file,
      meta.map(({ properties }) => `${String(properties["name"])}=${String(properties["content"])}`),
    );
  }
  return pages;
}

const SETTINGS = `name: Testblatt
description: Nachrichten zum Testen.
sameAs: [https://social.example/@testblatt, https://x.com/Testblatt]
legal:
  publisher: Testblatt GmbH
  address: Musterstraße 1, 12345 Musterstadt
  email: redaktion@testblatt.example
  responsible: Erika Muster
`;
const AUTHORS = {
  "erika-muster":
    "name: Erika Muster\nrole: Reporterin\nsameAs: [https://social.example/@erika, https://twitter.com/erika_muster]",
  "max-muster": "name: Max Muster\nrole: Reporter\nsameAs: [https://max-muster.example/]",
};
/** Articles by their slug: who wrote them. */
const ARTICLES = {
  "von-erika": "authors: [erika-muster, max-muster]",
  "von-max": "authors: [max-muster, erika-muster]",
  "von-der-agentur": "source: dpa",
};

describe("a newsroom with profiles on X", () => {
  let pages: Map<string, string[]>;
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiosk-x-"));
    await mkdir(join(folder, "authors"));
    await mkdir(join(folder, "articles"));
    await writeFile(join(folder, "publication.yaml"), SETTINGS);
    for (const [slug, lines] of Object.entries(AUTHORS))
      await writeFile(join(folder, "authors", `${slug}.md`), `---\n${lines}\n---\n`);
    for (const [slug, byline] of Object.entries(ARTICLES)) {
      const article = `---\ntitle: Artikel ${slug}\ndek: Ein Satz.\ndate: 2024-11-05\n${byline}\n---\n\nText.\n`;
      await writeFile(join(folder, "articles", `${slug}.md`), article);
    }
    const env = {
      KIOSK_CONTENT_DIR: join(folder, "articles"),
      KIOSK_PUBLICATION: join(folder, "publication.yaml"),
    };
    const { dist, exitCode, output } = await buildSite(env);
    expect(exitCode, output).toBe(0);
    pages = await handlesByPage(dist);
  }, 180_000);

  it("should name the newsroom's handle as twitter:site on every page", () => {
    expect(pages.size).toBeGreaterThan(5);
    for (const [file, meta] of pages) expect(meta, file).toContain("twitter:site=@Testblatt");
  });

  it("should name the first author's handle as twitter:creator, and none for an author or agency without one", () => {
    const creators = [...pages].filter(([, meta]) => meta.some((line) => line.startsWith("twitter:creator")));
    expect(creators).toEqual([
      ["artikel/von-erika/index.html", ["twitter:site=@Testblatt", "twitter:creator=@erika_muster"]],
    ]);
  });
});

describe("a newsroom without profiles on X", () => {
  it("should have neither twitter:site nor twitter:creator on any page", async () => {
    const pages = await handlesByPage(inject("publishingDist"));
    expect(pages.size).toBeGreaterThan(5);
    for (const [file, meta] of pages) expect(meta, file).toEqual([]);
  });
});
