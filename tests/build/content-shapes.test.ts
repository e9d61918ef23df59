import { cp, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, hashTree, runIn } from "../support/build-site.ts";
import { copyProject, ROOT } from "../../tools/project-copy.ts";

/** A line of a stack trace, as Node and Astro print them. */
const STACK = /^\s+at /m;
/** What Node says when a folder stands where a file is read, or a file where a folder is listed. */
const ERRNO = /EISDIR|ENOTDIR|ENOENT|ELOOP/;

/**
 * A newsroom folder in a temporary place: the seed article in `articles/`, no settings
 * file (the demo), nothing else; `shape` then puts something in the wrong shape into it.
 * Returns the environment that points Kiosk at it.
 */
async function newsroom(shape: (dir: string) => Promise<Record<string, string> | void>) {
  const dir = await mkdtemp(join(tmpdir(), "kiosk-shapes-"));
  await cp(join(ROOT, "content/articles"), join(dir, "articles"), { recursive: true });
  const env = { KIOSK_CONTENT_DIR: join(dir, "articles"), KIOSK_PUBLICATION: join(dir, "publication.yaml") };
  return { dir, env: { ...env, ...(await shape(dir)) } };
}

const AS_ARTICLE = "expected a Markdown file: names ending in .md are read as articles";

/** Each shape, and the one line that names it; `<dir>` is the newsroom's folder. */
const SHAPES: [string, (dir: string) => Promise<Record<string, string> | void>, string][] = [
  [
    "pages/ beside the settings that is a file",
    (dir) => writeFile(join(dir, "pages"), "impressum"),
    "<dir>/pages:1: folder: is a file; expected a folder of pages",
  ],
  [
    "authors/ beside the settings that is a file",
    (dir) => writeFile(join(dir, "authors"), "anna-beispiel"),
    "<dir>/authors:1: folder: is a file; expected a folder of author files",
  ],
  [
    "an article x.md that is a folder",
    (dir) => mkdir(join(dir, "articles/x.md")),
    `<dir>/articles/x.md:1: file: is a folder; ${AS_ARTICLE}`,
  ],
  [
    "a dangling symbolic link among the articles",
    (dir) => symlink(join(dir, "geloescht.md"), join(dir, "articles/verwaist.md")),
    `<dir>/articles/verwaist.md:1: file: is a symbolic link to <dir>/geloescht.md, which does not exist; ${AS_ARTICLE}`,
  ],
  [
    "an author file that is a folder",
    async (dir) => {
      await mkdir(join(dir, "authors/anna-beispiel.md"), { recursive: true });
    },
    "<dir>/authors/anna-beispiel.md:1: file: is a folder; expected a Markdown file: names ending in .md are read as author files",
  ],
  [
    "a dangling symbolic link among the pages",
    async (dir) => {
      await mkdir(join(dir, "pages"));
      await symlink(join(dir, "alt.md"), join(dir, "pages/impressum.md"));
    },
    "<dir>/pages/impressum.md:1: file: is a symbolic link to <dir>/alt.md, which does not exist; expected a Markdown file: names ending in .md are read as pages",
  ],
  [
    "a KIOSK_PUBLICATION that names a folder",
    async (dir) => ({ KIOSK_PUBLICATION: dir }),
    "<dir>:1: file: is a folder; expected the settings file (KIOSK_PUBLICATION), such as publication.yaml",
  ],
  [
    "a KIOSK_CONTENT_DIR that does not exist",
    async (dir) => ({ KIOSK_CONTENT_DIR: join(dir, "artikel") }),
    "<dir>/artikel:1: folder: does not exist; expected a folder of articles",
  ],
  [
    "a KIOSK_CONTENT_DIR that is a file",
    async (dir) => ({ KIOSK_CONTENT_DIR: join(dir, "articles/haniyeh-gespraeche-waffenruhe-aegypten.md") }),
    "<dir>/articles/haniyeh-gespraeche-waffenruhe-aegypten.md:1: folder: is a file; expected a folder of articles",
  ],
  [
    "settings saved as Latin-1",
    // "Hafenstraße" with ß as the single byte 0xdf, on the fourth line.
    (dir) =>
      writeFile(
        join(dir, "publication.yaml"),
        Buffer.concat([
          Buffer.from("name: Hafenbote\ndescription: Nachrichten vom Hafen\nlegal:\n  address: Hafenstra"),
          Buffer.of(0xdf, 0x65, 0x0a),
        ]),
      ),
    "<dir>/publication.yaml:4: file: is not valid UTF-8: save it as UTF-8",
  ],
];

describe("files and folders in the wrong shape", () => {
  let root: string;
  let before: string;
  let first: string;
  beforeAll(async () => {
    root = await copyProject();
    const good = await buildSite({}, root);
    if (good.exitCode !== 0) throw new Error(`The site does not build:\n${good.output}`);
    first = good.output;
    before = await hashTree(good.dist);
  });

  it("should build a site without authors/ and pages/ without a warning about them", () => {
    expect(first).not.toMatch(/\[WARN\]|does not exist/);
  });

  it.each(SHAPES)(
    "should refuse %s in one line from the check and the build, without a trace, and leave dist/ as it was",
    async (_, shape, expected) => {
      const { dir, env } = await newsroom(shape);
      const line = expected.replaceAll("<dir>", dir);
      const check = await runIn(root, "npm", ["run", "--silent", "check"], env);
      expect(check.output.trim().split("\n")).toEqual([line, "1 error, 0 warnings"]);
      expect(check.exitCode).toBe(1);

      const site = await buildSite(env, root);
      expect(site.exitCode).toBe(1);
      expect(site.output.split("\n").filter((text) => text.includes(dir))).toEqual([line]);
      expect(site.output).not.toMatch(STACK);
      expect(site.output).not.toMatch(ERRNO);
      expect(site.output).toMatch(/Build stopped: fix the problems above\. dist\/ is unchanged\./);
      expect(await hashTree(site.dist)).toBe(before);
    },
  );

  it("should warn of settings under a near-miss name, naming both files, and build the demo", async () => {
    const { dir, env } = await newsroom(async (dir) => {
      await cp(
        join(ROOT, "tests/fixtures/publication-harbour/publication.yaml"),
        join(dir, "publication.yml"),
      );
    });
    const warning = `${dir}/publication.yml:1: file: warning: is not read: the settings are read from ${dir}/publication.yaml, which does not exist, so the site is Kiosk's demo; rename the file to publication.yaml`;
    const check = await runIn(root, "npm", ["run", "--silent", "check"], env);
    expect(check.output.trim().split("\n")).toEqual([warning, "0 errors, 1 warning"]);
    expect(check.exitCode).toBe(0);
    const site = await buildSite(env, root);
    expect(site.output).toContain(`${warning}\n`);
    expect(site.exitCode).toBe(0);
  });
});
