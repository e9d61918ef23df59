// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { rehypePlugins, remarkPlugins } from "./src/markdown/plugins.ts";
import { siteConfig } from "./src/lib/site-config.ts";

const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: {
    format: "directory",
    // The whole stylesheet rides in the first round trip with the HTML.
    inlineStylesheets: "always",
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Kiosk's own typography plugin sets quotes per article language.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
});
