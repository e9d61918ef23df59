import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATA_IMAGE } from "../../src/astro-internals.ts";
import { fileStamp } from "../../src/files/file-stamp.ts";
import { RENDERED_HTML } from "../../src/kept-stores.ts";
import { entryStamp } from "../../src/loaders/photo-digest.ts";
import { htmlFile, writeHtml } from "../../src/loaders/rendered-html.ts";
import { STAMPS, stampedGlob } from "../../src/loaders/stamped-glob.ts";

let root: string;
let entries: Map<string, { id: string; filePath: string; data: Record<string, string> }>;
let meta: Map<string, string>;

/** Write an article as it was a minute ago, as an editor's file is by the next build. */
async function written(name: string, contents = `---\ntitle: ${name}\n---\nText.\n`): Promise<string> {
  const file = join(root, "articles", name);
  await writeFile(file, contents);
  const then = new Date(Date.now() - 60_000);
  await utimes(file, then, then);
  return `articles/${name}`;
}

/** A store and meta store as a sync of `paths` left them, the last one's file since deleted. */
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kiosk-stamped-glob-"));
  await mkdir(join(root, "articles"));
  const paths = [await written("a.md"), await written("b.md"), "articles/gone.md"];
  // Each entry's HTML in its file, keyed by the entry's name.
  entries = new Map(
    paths.map((filePath) => {
      const id = filePath.slice(9, -3);
      writeHtml(join(root, RENDERED_HTML), key(id), `<p>${id}</p>`);
      return [id, { id, filePath, data: { html: key(id) } }];
    }),
  );
  const stampOf = (path: string) => (path.endsWith("gone.md") ? "1:1:1" : fileStamp(join(root, path)));
  meta = new Map([[STAMPS, JSON.stringify(paths.map((path) => [path, stampOf(path)]))]]);
});

afterEach(() => rm(root, { recursive: true, force: true }));

const key = (id: string) => id.padEnd(32, "0");
const hasHtml = (id: string) => existsSync(htmlFile(join(root, RENDERED_HTML), key(id)));

/**
 * A loader's context as Astro's sync hands it over, for Markdown that is frontmatter of
 * `name: value` lines, whose `photo` the schema's `image()` makes an import.
 */
function context(): LoaderContext {
  const store = {
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; filePath: string; data: Record<string, string> }) =>
      entries.set(entry.id, entry),
    delete: (id: string) => entries.delete(id),
  };
  const frontmatter = (contents: string) =>
    Object.fromEntries(
      contents
        .split("---")[1]!
        .trim()
        .split("\n")
        .map((line) => line.split(": ")),
    );
  const markdown = {
    getEntryInfo: ({ contents }: { contents: string }) => ({ body: "", data: frontmatter(contents) }),
  };
  return {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: "articles",
    logger: { warn: () => undefined, error: () => undefined },
    entryTypes: new Map([[".md", markdown]]),
    parseData: async ({ data }: { data: Record<string, string> }) =>
      data.photo ? { ...data, photo: `${DATA_IMAGE.prefix}${data.photo}` } : data,
    generateDigest: (contents: string) => contents,
    store,
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
  } as unknown as LoaderContext;
}

const load = () =>
  stampedGlob({ pattern: "**/*.md", base: pathToFileURL(join(root, "articles/")) }).load(context());
const stamps = () => new Map(JSON.parse(meta.get(STAMPS)!) as [string, string][]);
const stampedPaths = () => [...stamps().keys()].sort();

describe("the stamped content loader", () => {
  it("should keep the entries of unchanged files and drop the entry of a deleted one, with its HTML", async () => {
    await load();
    expect([...entries.keys()]).toEqual(["a", "b"]);
    expect(stampedPaths()).toEqual(["articles/a.md", "articles/b.md"]);
    expect(["a", "b", "gone"].map(hasHtml)).toEqual([true, true, false]);
  });

  it("should record the unchanged files' stamps before it first yields, so Astro writes its store once", async () => {
    const loading = load();
    const recorded = stampedPaths();
    await loading;
    expect(recorded).toEqual(["articles/a.md", "articles/b.md"]);
  });

  it("should stamp a changed file with the photo it now imports, and keep the unchanged files' stamps", async () => {
    const before = stamps();
    await written("foto.jpg", "jpeg");
    await written("a.md", "---\ntitle: a\nphoto: ./foto.jpg\n---\nText.\n");
    await load();
    const files = ["a.md", "foto.jpg"].map((name) => join(root, "articles", name));
    expect(stamps()).toEqual(
      new Map([
        ["articles/a.md", entryStamp(fileStamp(files[0]!), [files[1]!])],
        ["articles/b.md", before.get("articles/b.md")],
      ]),
    );
  });
});
