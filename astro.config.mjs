// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { unpinnedAstro } from "./src/astro-internals.ts";
import { ASTRO_CACHE, VITE_CACHE } from "./src/kept-stores.ts";
import contentStoreFromFile from "./src/integrations/content-store-from-file.ts";
import publishedPages from "./src/integrations/published-pages.ts";
import renderCache from "./src/integrations/render-cache.ts";
import { sitemapLastmod } from "./src/integrations/sitemap-lastmod.ts";
import { siteConfig } from "./src/settings/site-config.ts";
import { rehypePlugins, remarkPlugins } from "./src/markdown/plugins.ts";

const { site, base } = siteConfig();
const lastmod = sitemapLastmod();
// What relies on Astro's internals is left out with another Astro than the one pinned.
const pinned = unpinnedAstro() === undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Astro keeps its build data store here; under the default node_modules/.astro, copies
  // of the project that share node_modules (the build tests) would overwrite each other's.
  cacheDir: `./${ASTRO_CACHE}/`,
  vite: {
    // Vite's dependency cache, by default in node_modules/.vite, likewise: copies that
    // share node_modules and build at once would re-optimise into one folder and race.
    cacheDir: `./${VITE_CACHE}/`,
  },
  // Astro's log, less its line for each page the incremental build reused: those are
  // counted in one line (src/integrations/reused-pages-log.ts, docs/decisions/106).
  ...(pinned && {
    logger: { entrypoint: new URL("./src/integrations/reused-pages-log.ts", import.meta.url) },
  }),
  integrations: [
    // Articles are rendered once and kept (their HTML beside Astro's store, decision 107); a
    // changed pipeline renders them anew.
    renderCache("src/markdown/plugins.ts", ["astro", "@astrojs/markdown-remark"]),
    // npm run build names the published site: its unchanged pages are not rendered again.
    publishedPages(process.env["KIOSK_PUBLISHED_SITE"]),
    // The built pages read Astro's content store from its file, not from a bundled copy.
    ...(pinned ? [contentStoreFromFile()] : []),
    // Each page's <lastmod>: the newest change of the articles it shows, worked out when the
    // build is done, before the sitemap is written (docs/decisions/104-sitemap-lastmod.md).
    lastmod.integration,
    // The sitemap protocol's limit, 50,000 URLs a file (@astrojs/sitemap's default is
    // 45,000); sitemap-index.xml lists the files (tests/build/sitemap-and-feed-limits.test.ts).
    sitemap({ entryLimit: 50_000, serialize: lastmod.serialize }),
  ],
  build: {
    format: "directory",
    // The whole stylesheet rides in the first round trip with the HTML.
    inlineStylesheets: "always",
  },
  security: {
    // A <meta> Content Security Policy on every page: Astro hashes each inline style and
    // script; nothing else runs or loads, and nothing from another origin
    // (docs/decisions/030-content-security-policy.md). A page that needs more adds it
    // itself with Astro.csp?.insertScriptResource(…) or insertDirective(…).
    csp: {
      directives: ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages whose cacheKey (src/data/page-keys.ts) and code are unchanged are not rendered
    // again; list pages are laid out so that a new article changes few (docs/decisions/074).
    incrementalBuild: true,
  },
  markdown: {
    // Kiosk's own typography plugin sets quotes per article language.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
    // Wire copy has no code; Shiki would only cost start-up time and need inline styles.
    syntaxHighlight: false,
  },
});
