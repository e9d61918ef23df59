// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { rehypePlugins, remarkPlugins } from "./src/markdown/plugins.ts";
import { siteConfig } from "./src/lib/site-config.ts";
import { forgetRendersOfOtherCode } from "./scripts/render-cache.ts";

const { site, base } = siteConfig();
const cacheDir = "./.astro/cache/";
/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Articles are rendered once and kept in Astro's store; new plugin code renders them anew.
forgetRendersOfOtherCode(here(cacheDir), ["src/markdown", "src/lib", "package-lock.json"].map(here));

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Astro keeps its build data store here; under the default node_modules/.astro, copies
  // of the project that share node_modules (the build tests) would overwrite each other's.
  cacheDir,
  integrations: [sitemap()],
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
  markdown: {
    // Kiosk's own typography plugin sets quotes per article language.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
    // Wire copy has no code; Shiki would only cost start-up time and need inline styles.
    syntaxHighlight: false,
  },
});
