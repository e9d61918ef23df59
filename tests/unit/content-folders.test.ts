import { EventEmitter } from "node:events";
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkCollection } from "../../src/check/check-collection.ts";
import { checkPublication } from "../../src/check/check-publication.ts";
import { misnamedSettings, readPublicationFile } from "../../src/settings/load-publication.ts";
import { markdownFiles, pathKind } from "../../src/files/markdown-files.ts";
import { nearMisses } from "../../src/lib/near-miss.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { optionalGlob } from "../../src/loaders/optional-glob.ts";
import { stampedGlob } from "../../src/loaders/stamped-glob.ts";
import { ROOT } from "../../tools/project-copy.ts";

const ARTICLE = [
  "---",
  "title: Titel",
  "dek: Vorspann.",
  "date: 2023-12-20",
  "source: Reuters",
  "---",
  "",
  "Text.",
  "",
];
const HARBOUR = join(ROOT, "tests/fixtures/publication-harbour");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kiosk-content-folders-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The lines `npm run check` prints for the problems, paths shown from `dir`. */
const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe("the shapes in a folder of articles", () => {
  const AS_FILE = "expected a Markdown file: names ending in .md are read as articles";

  it("should read regular files and links to them, also in linked folders, and name whatever else has an .md name", async () => {
    await mkdir(join(dir, "artikel/2024"), { recursive: true });
    await writeFile(join(dir, "artikel/a.md"), ARTICLE.join("\n"));
    await writeFile(join(dir, "artikel/2024/b.md"), ARTICLE.join("\n"));
    await writeFile(join(dir, "artikel/notiz.txt"), "keine Meldung");
    await mkdir(join(dir, "archiv"));
    await writeFile(join(dir, "archiv/c.md"), ARTICLE.join("\n"));
    await symlink(join(dir, "archiv"), join(dir, "artikel/archiv"));
    await symlink(join(dir, "artikel/a.md"), join(dir, "artikel/verweis.md"));
    await mkdir(join(dir, "artikel/ordner.md"));
    await symlink(join(dir, "fehlt.md"), join(dir, "artikel/verwaist.md"));
    await symlink(join(dir, "artikel/kreis.md"), join(dir, "artikel/kreis.md"));
    execFileSync("mkfifo", [join(dir, "artikel/rohr.md")]);
    await symlink(join(dir, "artikel"), join(dir, "artikel/2024/zurueck"));

    const { files, problems } = markdownFiles(
      join(dir, "artikel"),
      { holds: "articles", recursive: true, optional: false },
      dir,
    );
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      "artikel/2024/b.md",
      "artikel/a.md",
      "artikel/archiv/c.md",
      "artikel/verweis.md",
    ]);
    expect(lines(problems)).toEqual([
      "artikel/2024/zurueck:1: folder: leads back to artikel, which is read already: remove the link",
      `artikel/kreis.md:1: file: is a symbolic link that leads back to itself; ${AS_FILE}`,
      `artikel/ordner.md:1: file: is a folder; ${AS_FILE}`,
      `artikel/rohr.md:1: file: is not a regular file (a pipe, socket or device); ${AS_FILE}`,
      `artikel/verwaist.md:1: file: is a symbolic link to ${join(dir, "fehlt.md")}, which does not exist; ${AS_FILE}`,
    ]);
  });

  it.each([
    ["missing", async () => undefined, "does not exist"],
    ["a file", (path: string) => writeFile(path, "x"), "is a file"],
    ["a link to nothing", (path: string) => symlink(join(dir, "fehlt"), path), "is a symbolic link to"],
  ])("should refuse a folder of articles that is %s, and check the authors still", async (_, make, what) => {
    await make(join(dir, "artikel"));
    await mkdir(join(dir, "autoren"));
    await writeFile(join(dir, "autoren/Anna.md"), "---\nname: Anna\nrole: Redakteurin\n---\n");
    const [folder, ...others] = lines(await checkCollection(join(dir, "artikel"), dir, join(dir, "autoren")));
    expect(folder).toMatch(new RegExp(`^artikel:1: folder: ${what}.*; expected a folder of articles$`));
    expect(others).toEqual([
      'autoren/Anna.md:1: slug: file name "Anna" must be lower-case letters, digits and hyphens: it becomes the URL',
    ]);
  });

  it("should refuse an authors folder that is a file, and a folder among the author files", async () => {
    await mkdir(join(dir, "artikel"));
    await writeFile(join(dir, "artikel/a.md"), ARTICLE.join("\n"));
    await writeFile(join(dir, "autoren"), "anna-beispiel");
    expect(lines(await checkCollection(join(dir, "artikel"), dir, join(dir, "autoren")))).toEqual([
      "autoren:1: folder: is a file; expected a folder of author files",
    ]);
    await rm(join(dir, "autoren"));
    await mkdir(join(dir, "autoren/anna.md"), { recursive: true });
    expect(lines(await checkCollection(join(dir, "artikel"), dir, join(dir, "autoren")))).toEqual([
      "autoren/anna.md:1: file: is a folder; expected a Markdown file: names ending in .md are read as author files",
    ]);
  });

  it("should take a missing authors folder for a newsroom without authors", async () => {
    await mkdir(join(dir, "artikel"));
    await writeFile(join(dir, "artikel/a.md"), ARTICLE.join("\n"));
    expect(await checkCollection(join(dir, "artikel"), dir, join(dir, "autoren"))).toEqual([]);
  });
});

describe("the settings file and what sits beside it", () => {
  it("should refuse settings that are a folder, or not UTF-8, at their line, and give the demo", async () => {
    await mkdir(join(dir, "publication.yaml"));
    expect(lines(readPublicationFile(join(dir, "publication.yaml"), dir).problems)).toEqual([
      "publication.yaml:1: file: is a folder; expected the settings file (KIOSK_PUBLICATION), such as publication.yaml",
    ]);
    await rm(join(dir, "publication.yaml"), { recursive: true });
    // Latin-1: "Straße" with ß as the one byte 0xdf, on the third line.
    await writeFile(
      join(dir, "publication.yaml"),
      Buffer.concat([
        Buffer.from("name: Hafenbote\ndescription: Nachrichten\nlegal: Hafenstra"),
        Buffer.of(0xdf),
      ]),
    );
    const read = readPublicationFile(join(dir, "publication.yaml"), dir);
    expect(lines(read.problems)).toEqual(["publication.yaml:3: file: is not valid UTF-8: save it as UTF-8"]);
    expect(read.publication.name).toBe("Kiosk");
  });

  it("should refuse a pages folder that is a file, beside settings that are fine", async () => {
    await cp(HARBOUR, dir, { recursive: true });
    await rm(join(dir, "pages"), { recursive: true });
    await writeFile(join(dir, "pages"), "impressum");
    const problems = lines(await checkPublication(join(dir, "publication.yaml"), dir));
    expect(problems).toContain("pages:1: folder: is a file; expected a folder of pages");
    expect(problems.join("\n")).not.toMatch(/ENOTDIR/);
  });

  it("should warn of a file under a near-miss name when the settings file is missing, naming both", async () => {
    for (const name of ["Publication.yml", "publication.yaml.txt", "publikation.yaml", "logo.svg"]) {
      await writeFile(join(dir, name), "name: Hafenbote\n");
    }
    await mkdir(join(dir, "publication"));
    const warning = (name: string) =>
      `${name}:1: file: warning: is not read: the settings are read from publication.yaml, which does not exist, so the site is Kiosk's demo; rename the file to publication.yaml`;
    expect(lines(misnamedSettings(join(dir, "publication.yaml"), dir))).toEqual([
      warning("Publication.yml"),
      warning("publication.yaml.txt"),
      warning("publikation.yaml"),
    ]);
    await writeFile(join(dir, "publication.yaml"), "name: Hafenbote\n");
    expect(misnamedSettings(join(dir, "publication.yaml"), dir)).toEqual([]);
  });

  it.each([
    ["publication.yml", true],
    ["PUBLICATION.YAML", true],
    ["publication.yaml.bak", true],
    ["publicaton.yaml", true],
    ["publication.yaml", false],
    ["impressum.md", false],
    ["pubs.yaml", false],
  ])("should take %s for a near miss of publication.yaml: %s", (name, near) => {
    expect(nearMisses("publication.yaml", [name])).toEqual(near ? [name] : []);
  });
});

describe("pathKind", () => {
  it("should tell a file from what only stands in a file's place", async () => {
    await writeFile(join(dir, "datei"), "x");
    await symlink(join(dir, "fehlt"), join(dir, "verwaist"));
    expect(
      ["datei", ".", "fehlt", "verwaist", "datei/darunter"].map((name) => pathKind(join(dir, name))),
    ).toEqual(["file", "folder", "missing", "dangling link", "missing"]);
  });
});

/** A content store and a dev-server watcher, as Astro hands them to a loader. */
function loaderContext(watcher?: EventEmitter & { add: (path: string) => void }) {
  const entries = new Map([["alt", { id: "alt" }]]);
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    collection: "authors",
    logger: {
      warn: (message: string) => warnings.push(message),
      info: () => undefined,
      error: () => undefined,
    },
    store: {
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
    meta: { get: () => undefined, set: () => undefined },
    entryTypes: new Map(),
    watcher,
  } as unknown as LoaderContext;
  return { context, entries, warnings };
}

describe("the loaders of optional folders", () => {
  it("should give an empty collection without a warning when authors/ or pages/ is missing or a file", async () => {
    for (const make of [async () => undefined, () => writeFile(join(dir, "autoren"), "x")]) {
      await make();
      const { context, entries, warnings } = loaderContext();
      await optionalGlob({ pattern: "*.md", base: pathToFileURL(join(dir, "autoren/")) }).load(context);
      expect([entries.size, warnings]).toEqual([0, []]);
    }
  });

  it("should give an empty collection without a warning when the articles folder is not there", async () => {
    const { context, entries, warnings } = loaderContext();
    await stampedGlob({ pattern: "**/*.md", base: pathToFileURL(join(dir, "artikel/")) }).load(context);
    expect([entries.size, warnings]).toEqual([0, []]);
  });

  it("should start reading the folder in the dev server once a file appears in it", async () => {
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const { context } = loaderContext(watcher);
    await optionalGlob({ pattern: "*.md", base: pathToFileURL(join(dir, "autoren/")) }).load(context);
    watcher.emit("add", join(dir, "anderswo.md"));
    expect(watcher.listenerCount("change")).toBe(0);
    await mkdir(join(dir, "autoren"));
    await writeFile(join(dir, "autoren/anna.md"), "---\nname: Anna\n---\n");
    watcher.emit("add", join(dir, "autoren/anna.md"));
    // glob() has read the folder once it watches it for changes.
    await expect.poll(() => watcher.listenerCount("change")).toBe(1);
  });
});
