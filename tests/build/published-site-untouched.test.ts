import { createHash } from "node:crypto";
import { lstatSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { writeBenchArticles } from "../../bench/generate-articles.ts";
import { copyProject } from "../../tools/project-copy.ts";
import { linkTree } from "../../tools/link-tree.ts";
import { buildSite, startIn, treeFiles } from "../support/build-site.ts";

/**
 * The published site does not change until the swap, whatever Astro writes: a publish
 * that renders every page again is watched from outside while it runs, and every
 * published file, reached through a hard link of its own, keeps its bytes after it.
 */

const settingsNamed = (name: string) => `name: ${name}
description: Nachrichten zum Testen.
legal:
  publisher: ${name}
  address: Musterstraße 1, 12345 Musterstadt
  email: redaktion@kiosk.example
  responsible: Erika Mustermann
`;

/** Each file of a site with the digest of its bytes and its inode. */
type SiteState = Map<string, string>;

function siteState(dist: string, files: readonly string[]): SiteState {
  return new Map(
    files.map((file) => {
      const path = join(dist, file);
      const digest = createHash("sha256").update(readFileSync(path)).digest("hex");
      return [file, `${digest} inode ${lstatSync(path).ino}`];
    }),
  );
}

let root: string;
let content: string;
let settings: string;
let dist: string;
let before: SiteState;
/** Hard links to every published file, made before the publish. */
let shadow: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), "kiosk-untouched-"));
  settings = join(await mkdtemp(join(tmpdir(), "kiosk-untouched-settings-")), "publication.yaml");
  await writeFile(settings, settingsNamed("Kiosk-Testredaktion"));
  await writeBenchArticles(content, 24, { repeatText: true });
  root = await copyProject();
  const first = await buildSite({ KIOSK_CONTENT_DIR: content, KIOSK_PUBLICATION: settings }, root);
  expect(first.exitCode, first.output).toBe(0);
  dist = first.dist;
  before = siteState(dist, await treeFiles(dist));
  shadow = join(await mkdtemp(join(tmpdir(), "kiosk-untouched-links-")), "site");
  await linkTree(dist, shadow);
}, 300_000);

describe("a publish that renders every page again", () => {
  it("should leave every published file and the published folder as they were until the swap", async () => {
    // The publication's name is on every page.
    await writeFile(settings, settingsNamed("Kiosk-Probeblatt"));
    const published = statSync(dist).ino;
    const files = [...before.keys()];
    const build = startIn(root, "npm", ["run", "--silent", "build"], {
      KIOSK_CONTENT_DIR: content,
      KIOSK_PUBLICATION: settings,
    });
    let running = true;
    void build.done.finally(() => (running = false));
    let looks = 0;
    const changes: string[] = [];
    // Look at dist/ again and again until it is gone or another folder: the swap.
    const unswapped = () => statSync(dist, { throwIfNoEntry: false })?.ino === published;
    while (running && unswapped()) {
      let now: SiteState;
      try {
        now = siteState(dist, await treeFiles(dist));
      } catch (error) {
        if (!unswapped()) break;
        throw error;
      }
      // A look the swap cut through says nothing.
      if (!unswapped()) break;
      looks++;
      if (now.size !== before.size) changes.push(`${now.size} files instead of ${before.size}`);
      for (const file of files) if (now.get(file) !== before.get(file)) changes.push(file);
      if (changes.length > 0) break;
      await sleep(20);
    }
    const { exitCode, output } = await build.done;
    expect(exitCode, output).toBe(0);
    expect(changes).toEqual([]);
    // Watched for the whole of Astro's work, not once.
    expect(looks).toBeGreaterThan(10);
    // The old files, through links of their own (the same inodes), kept every byte.
    expect(siteState(shadow, files)).toEqual(before);
    // Every page was rendered again: each is a new file with the new name.
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(24);
    for (const page of pages) {
      expect(readFileSync(join(dist, page), "utf8"), page).toContain("Kiosk-Probeblatt");
      expect(statSync(join(dist, page)).ino, page).not.toBe(Number(before.get(page)!.split(" inode ")[1]));
    }
  }, 300_000);
});
