/**
 * The article pages of a built site, as the search index reads them: where each lies,
 * when it was published, and a digest of its bytes, so that a period whose pages are all
 * unchanged can reuse its bundle.
 *
 * With a `store`, a page that is the very file read last time (src/files/file-stamp.ts: a
 * build links unchanged pages from the published site and writes a changed one as a new
 * file) is not read again; its date and digest are taken from what was read then.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import { SEGMENTS } from "../../src/consts.ts";
import { stampedValues } from "../../src/files/file-stamp.ts";
import { PERIOD_DATE } from "./periods.ts";

export interface ArticlePage {
  /** The page's file, relative to the site, with `/` between folders. */
  file: string;
  /** `article:published_time` from the page's head: an ISO date-time in UTC. */
  published: string;
  /** SHA-256 of the file's bytes, hex. */
  digest: string;
}

/**
 * The head metadata every article page carries (src/components/ArticleHead.astro); read
 * from the page itself, so the index needs nothing but the built site.
 */
const PUBLISHED = '<meta property="article:published_time" content="';

/** Pages read at once: enough to keep the disk busy, few enough to hold little memory. */
const AT_ONCE = 32;

/** Every article page under `siteDir`, sorted by file; what was read of each is kept in `store`. */
export async function articlePages(siteDir: string, store?: string): Promise<ArticlePage[]> {
  const slugs = await readdir(join(siteDir, SEGMENTS.article), { withFileTypes: true }).catch(() => []);
  const files = slugs
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${SEGMENTS.article}/${entry.name}/index.html`)
    .sort();
  const read = await stampedValues(store, readPage);
  const pages = await pMap(files, async (file) => ({ file, ...(await read.of(join(siteDir, file))) }), {
    concurrency: AT_ONCE,
  });
  await read.save();
  return pages;
}

async function readPage(path: string): Promise<Omit<ArticlePage, "file">> {
  const bytes = await readFile(path);
  const published = publishedTime(bytes);
  if (!published) throw new Error(`${path}: no article:published_time in the page's head`);
  // Named here, where the page is known: the periods are cut from the dates alone.
  if (!PERIOD_DATE.test(published)) {
    throw new Error(`${path}: article:published_time ${published} is not a date of the years 0000 to 9999`);
  }
  return { published, digest: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * The date, decoded on its own: a match in the decoded page would be a slice that keeps
 * the whole page in memory for as long as the date is kept, every page of the archive.
 */
function publishedTime(bytes: Buffer): string | undefined {
  const start = bytes.indexOf(PUBLISHED);
  const end = start < 0 ? -1 : bytes.indexOf('"', start + PUBLISHED.length);
  return end < 0 ? undefined : bytes.toString("utf8", start + PUBLISHED.length, end) || undefined;
}
