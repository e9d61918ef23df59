import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/lib/normalise-text.ts";
import { buildSite, runIn } from "../support/build-site.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

const SEED = join(ROOT, "tests/fixtures/wire-haniyeh-aegypten.txt");

async function ingest(args: string[], contentDir?: string) {
  const dir = contentDir ?? (await mkdtemp(join(tmpdir(), "kiosk-ingest-")));
  const result = await runIn(ROOT, "npm", ["run", "--silent", "ingest", "--", ...args], {
    KIOSK_CONTENT_DIR: dir,
  });
  return { ...result, dir };
}

describe("npm run ingest", () => {
  it("should turn the seed into an article that builds and reads like the text", async () => {
    const { exitCode, output, dir } = await ingest([
      SEED,
      "--title",
      "Hamas-Chef Haniyeh zu Gesprächen über neue Waffenruhe in Ägypten",
      "--dek",
      "Haniyeh ist zu Gesprächen über eine weitere Waffenruhe in Ägypten.",
      "--date",
      "2023-12-20",
      "--source",
      "Reuters",
      "--topics",
      "Nahost,Gaza-Krieg",
    ]);
    expect(exitCode, output).toBe(0);
    const slug = "hamas-chef-haniyeh-zu-gespraechen-ueber-neue-waffenruhe-in-aegypten";
    const site = await buildSite({ KIOSK_CONTENT_DIR: dir });
    expect(site.exitCode, site.output).toBe(0);

    const page = await readPage(site.dist, `artikel/${slug}/index.html`);
    const body = select(".article-body", page)!;
    const seed = (await readFile(SEED, "utf8"))
      .split(/\n\s*\n/)
      .map(normaliseText)
      .filter(Boolean);
    expect(selectAll(":scope > p, :scope > h2", body).map((node) => normaliseText(toString(node)))).toEqual(
      seed,
    );
    expect(textOf(page, ".article-body h2")).toEqual(["BIDEN SAGT, ER DRÄNGT AUF GEISELABKOMMEN"]);
    // Suggestions stay comments until an editor takes one.
    expect(selectAll("aside", body)).toEqual([]);
    expect(await readFile(join(dir, `${slug}.md`), "utf8")).toContain(':::pullquote{by="Nono"');
  });

  it("should leave placeholders that the check refuses", async () => {
    const { exitCode, dir } = await ingest([SEED, "--slug", "roh"]);
    expect(exitCode).toBe(0);
    const check = await runIn(ROOT, "npm", ["run", "--silent", "check"], { KIOSK_CONTENT_DIR: dir });
    expect(check.exitCode).toBe(1);
    expect(check.output).toMatch(/roh\.md:2: title: is still a placeholder/);
    expect(check.output).toMatch(/roh\.md:3: dek: is still a placeholder/);
    expect(check.output).toMatch(/roh\.md:5: source: is still a placeholder/);
  });

  it("should never overwrite an article", async () => {
    const first = await ingest([SEED, "--slug", "einmal", "--title", "T", "--dek", "D"]);
    const before = await readFile(join(first.dir, "einmal.md"));
    const second = await ingest([SEED, "--slug", "einmal"], first.dir);
    expect(second.exitCode).toBe(1);
    expect(second.output).toMatch(/einmal\.md already exists/);
    expect(await readFile(join(first.dir, "einmal.md"))).toEqual(before);
  });

  it("should name a KIOSK_CONTENT_DIR that is a file, not fail with EEXIST", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "kiosk-ingest-")), "artikel");
    await writeFile(file, "");
    const { exitCode, output } = await ingest([SEED, "--slug", "einmal"], file);
    expect(output.trim()).toBe(`ingest: ${file}: is a file; expected a folder of articles`);
    expect(exitCode).toBe(1);
  });

  it.each([
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), "is binary"],
    ["Latin-1", Buffer.from("Grüße aus Köln", "latin1"), "is not valid UTF-8"],
    ["empty", Buffer.from("\n\n"), "is empty"],
  ])("should refuse %s input with a clear error", async (_name, bytes, message) => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-wire-"));
    await writeFile(join(dir, "meldung.txt"), bytes);
    const { exitCode, output } = await ingest([join(dir, "meldung.txt")]);
    expect(exitCode).toBe(1);
    expect(output).toContain(`ingest: ${join(dir, "meldung.txt")} ${message}`);
  });

  it("should read Windows line endings and a BOM like plain text, also from standard input", async () => {
    const seed = await readFile(SEED, "utf8");
    const dir = await mkdtemp(join(tmpdir(), "kiosk-wire-"));
    await writeFile(join(dir, "windows.txt"), `\uFEFF${seed.replace(/\n/g, "\r\n")}`);
    const plain = await ingest([SEED, "--slug", "plain", "--date", "2023-12-20"]);
    const windows = await ingest([join(dir, "windows.txt"), "--slug", "plain", "--date", "2023-12-20"]);
    const stdinDir = await mkdtemp(join(tmpdir(), "kiosk-stdin-"));
    const fromStdin = await runIn(
      ROOT,
      "sh",
      ["-c", `npm run --silent ingest -- - --slug plain --date 2023-12-20 < "${join(dir, "windows.txt")}"`],
      { KIOSK_CONTENT_DIR: stdinDir },
    );
    expect(windows.exitCode, windows.output).toBe(0);
    expect(fromStdin.exitCode, fromStdin.output).toBe(0);
    const expected = await readFile(join(plain.dir, "plain.md"), "utf8");
    expect(await readFile(join(windows.dir, "plain.md"), "utf8")).toBe(expected);
    expect(await readFile(join(stdinDir, "plain.md"), "utf8")).toBe(expected);
  });
});
