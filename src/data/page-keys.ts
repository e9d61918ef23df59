import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { cacheKey } from "../lib/cache-key.ts";
import { siteConfig } from "../settings/site-config.ts";
import { renderedKey, type Article } from "./articles.ts";
import { BUILD_YEAR } from "./build-year.ts";
import { siteSections } from "./sections.ts";

let settings: Promise<string> | undefined;

/**
 * The `cacheKey` of a page showing `articles` (each by its source's digest and the key
 * of its rendered HTML, which a changed Markdown pipeline changes too) and `parts`.
 * Every key holds the publication's settings, authors and pages too, the build's year
 * and the sections every header shows (derived from the newest articles when the
 * settings name none): read from files, the clock and the articles at render time, they
 * are outside the code Astro's incremental build hashes itself.
 */
export async function pageKey(articles: readonly Article[], ...parts: unknown[]): Promise<string> {
  settings ??= hashSettings();
  return cacheKey(
    await settings,
    BUILD_YEAR,
    (await siteSections()).map(({ name }) => name),
    articles.map((article) => [article.id, article.digest, renderedKey(article)]),
    ...parts,
  );
}

/** Every file beside the publication settings, but the articles. */
async function hashSettings(): Promise<string> {
  const { publicationFile, contentDir } = siteConfig();
  const hash = createHash("sha256");
  for (const file of await filesUnder(dirname(publicationFile), contentDir)) {
    hash.update(file).update(await readFile(file));
  }
  return hash.digest("base64url");
}

async function filesUnder(folder: string, skip: string): Promise<string[]> {
  if (folder === skip) return [];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path, skip)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
