import { mkdir, mkdtemp, readFile, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readShareImageJobs } from "../../publish/share-images/draw.ts";

const article = (fields: string[]) =>
  ["---", "title: Titel", "dek: Vorspann.", "source: Reuters", ...fields, "---", "", "Text.", ""].join("\n");

describe("readShareImageJobs", () => {
  it("should read the frontmatter as the check does: skip what the check refuses, and drafts", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-share-jobs-"));
    await writeFile(join(dir, "gut.md"), article(["date: 2024-04-08T10:00:00+02:00", "topics: [Nahost]"]));
    // Saved with a byte-order mark, as some Windows editors do: the check accepts it.
    await writeFile(join(dir, "mit-bom.md"), `\uFEFF${article(["date: 2024-04-09"])}`);
    await writeFile(join(dir, "zeitzone.md"), article(["date: 2024-04-08T10:00:00+25:00"]));
    await writeFile(join(dir, "entwurf.md"), article(["date: 2024-04-08", "draft: true"]));
    await writeFile(join(dir, "entwurf-gross.md"), article(["date: 2024-04-08", "draft: True"]));
    const jobs = await readShareImageJobs(dir);
    expect(jobs.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      { slug: "gut", title: "Titel", topic: "Nahost", date: "8. April 2024" },
      { slug: "mit-bom", title: "Titel", topic: undefined, date: "9. April 2024" },
    ]);
  });

  it("should leave out what only looks like an article, which the check reports", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-share-jobs-"));
    await writeFile(join(dir, "gut.md"), article(["date: 2024-04-08"]));
    await mkdir(join(dir, "ordner.md"));
    await symlink(join(dir, "fehlt.md"), join(dir, "verwaist.md"));
    expect((await readShareImageJobs(dir)).map(({ slug }) => slug)).toEqual(["gut"]);
  });

  it("should keep what it read in a store, and read only changed files again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-share-jobs-"));
    const store = join(await mkdtemp(join(tmpdir(), "kiosk-share-store-")), "articles.json");
    await writeFile(join(dir, "gut.md"), article(["date: 2024-04-08T10:00:00+02:00", "topics: [Nahost]"]));
    await writeFile(join(dir, "anders.md"), article(["date: 2024-04-09"]));
    // Saved a minute before the build, as an editor's files are.
    const before = new Date(Date.now() - 60_000);
    for (const file of ["gut.md", "anders.md"]) await utimes(join(dir, file), before, before);
    await readShareImageJobs(dir, store);
    // What the store says is what an unchanged file gives: it is not read again.
    const kept = JSON.parse(await readFile(store, "utf8")) as [string, { value: { title: string } }][];
    for (const [file, { value }] of kept) if (file.endsWith("gut.md")) value.title = "Aus dem Speicher";
    await writeFile(store, JSON.stringify(kept));
    await writeFile(join(dir, "anders.md"), article(["date: 2024-04-10"]));
    const jobs = await readShareImageJobs(dir, store);
    expect(jobs.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      { slug: "anders", title: "Titel", topic: undefined, date: "10. April 2024" },
      { slug: "gut", title: "Aus dem Speicher", topic: "Nahost", date: "8. April 2024" },
    ]);
  });
});
