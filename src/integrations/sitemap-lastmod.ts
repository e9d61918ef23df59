/**
 * Every `<lastmod>` of the sitemap: when the build is done, the published articles'
 * frontmatter is read from the content folder (the config cannot read Astro's
 * collections) and `sitemapLastmods` gives each page its date; the sitemap integration's
 * `serialize` then looks each URL up. Unchanged files are not read again on a publish
 * (src/lib/file-stamp.ts). See docs/decisions/104-sitemap-lastmod.md.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { SitemapItem } from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import pMap from "p-map";
import { stampedValues } from "../lib/file-stamp.ts";
import { loadPublication } from "../lib/load-publication.ts";
import { markdownFiles } from "../lib/markdown-files.ts";
import { DERIVED_SECTIONS_POOL, siteSectionList } from "../lib/sections.ts";
import { ARTICLES, siteConfig } from "../lib/site-config.ts";
import { sitemapLastmods, type LastmodArticle } from "../lib/sitemap-lastmod.ts";
import { newestFirst } from "../lib/article-order.ts";
import { readFrontmatter } from "../schemas/frontmatter.ts";

/** What the sitemap takes from an article file, as JSON; null for a draft or a file the check refuses. */
type StoredArticle = {
  date: string;
  updated: string | undefined;
  corrections: string[];
  topics: string[];
  authors: string[];
  lead: boolean;
} | null;

async function storedArticle(path: string): Promise<StoredArticle> {
  try {
    const source = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
    const { article } = readFrontmatter(path, source);
    if (!article || article.draft) return null;
    return {
      date: article.date.toISOString(),
      updated: article.updated?.toISOString(),
      corrections: article.corrections.map(({ date }) => date.toISOString()),
      topics: article.topics,
      authors: article.authors,
      lead: article.lead,
    };
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The published articles of a content folder, read by the article check's own
 * frontmatter reader: drafts and files it refuses are left out (the check stops the
 * build on those). With a `store`, what was read of each file is kept there.
 */
export async function readLastmodArticles(contentDir: string, store?: string): Promise<LastmodArticle[]> {
  const { files } = markdownFiles(contentDir, ARTICLES);
  const read = await stampedValues(store, storedArticle);
  const articles = await pMap(
    files,
    async (path): Promise<LastmodArticle[]> => {
      const stored = await read.of(path);
      if (!stored) return [];
      const { date, updated, corrections, ...rest } = stored;
      return [
        {
          ...rest,
          id: basename(path, ".md"),
          date: new Date(date),
          updated: updated === undefined ? undefined : new Date(updated),
          corrections: corrections.map((correction) => ({ date: new Date(correction) })),
        },
      ];
    },
    { concurrency: 64 },
  );
  await read.save();
  return articles.flat();
}

/** Each page's lastmod, by path, for the site `KIOSK_*` names. */
async function siteLastmods(cacheDir: URL): Promise<Map<string, Date>> {
  const { contentDir, base } = siteConfig();
  const { publication } = loadPublication();
  // One store a content folder, in Astro's cache, which a clean build removes.
  const folder = createHash("sha256").update(contentDir).digest("hex").slice(0, 16);
  await mkdir(cacheDir, { recursive: true });
  const store = fileURLToPath(new URL(`sitemap-articles-${folder}.json`, cacheDir));
  const articles = await readLastmodArticles(contentDir, store);
  const sections = siteSectionList(publication, () =>
    articles
      .toSorted(newestFirst)
      .slice(0, DERIVED_SECTIONS_POOL)
      .map(({ topics }) => topics),
  );
  return sitemapLastmods(articles, {
    base,
    timeZone: publication.timeZone,
    sections: sections.map(({ slug }) => slug),
  });
}

/**
 * The integration that works the dates out, to stand before the sitemap's in the
 * config, and the sitemap's `serialize`, which sets each URL's. A failure to read the
 * articles fails the build here, where the sitemap's own hook would only log it.
 */
export function sitemapLastmod(): {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => SitemapItem;
} {
  let cacheDir: URL | undefined;
  let lastmods: Map<string, Date> | undefined;
  return {
    integration: {
      name: "kiosk:sitemap-lastmod",
      hooks: {
        "astro:config:done": ({ config }) => {
          cacheDir = config.cacheDir;
        },
        "astro:build:done": async () => {
          lastmods = await siteLastmods(cacheDir!);
        },
      },
    },
    serialize(item) {
      if (!lastmods)
        throw new Error(
          "the sitemap's dates are not worked out: add sitemapLastmod's integration before the sitemap's",
        );
      const lastmod = lastmods.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  };
}
