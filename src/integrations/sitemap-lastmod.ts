/**
 * Every `<lastmod>` of the sitemap: when the build is done, the published articles'
 * frontmatter is read from the content folder (the config cannot read Astro's
 * collections) and `sitemapLastmods` gives each page its date; the sitemap integration's
 * `serialize` then looks each URL up. Unchanged files are not read again on a publish
 * (src/files/file-stamp.ts). See docs/decisions/104-sitemap-lastmod.md.
 */
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { SitemapItem } from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { loadPublication } from "../settings/load-publication.ts";
import { DERIVED_SECTIONS_POOL, siteSectionList } from "../lib/sections.ts";
import { siteConfig } from "../settings/site-config.ts";
import { sitemapLastmods, type LastmodArticle } from "../metadata/sitemap-lastmod.ts";
import { newestFirst } from "../lib/article-order.ts";
import { readPublishedArticles } from "../check/published-articles.ts";

/**
 * The published articles of a content folder as the sitemap's dates need them (see
 * `readPublishedArticles`). With a `store`, what was read of each file is kept there.
 */
export async function readLastmodArticles(contentDir: string, store?: string): Promise<LastmodArticle[]> {
  const picked = await readPublishedArticles(contentDir, store, (article) => ({
    date: article.date.toISOString(),
    updated: article.updated?.toISOString(),
    corrections: article.corrections.map(({ date }) => date.toISOString()),
    topics: article.topics,
    authors: article.authors,
    lead: article.lead,
  }));
  return picked.map(({ slug, value: { date, updated, corrections, ...rest } }) => ({
    ...rest,
    id: slug,
    date: new Date(date),
    updated: updated === undefined ? undefined : new Date(updated),
    corrections: corrections.map((correction) => ({ date: new Date(correction) })),
  }));
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
