// @ts-check
// The bare Astro site the benchmark measures Kiosk against: one collection, one page,
// Kiosk's own Markdown processor, nothing else.
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { rehypePlugins, remarkPlugins } from "../../src/markdown/plugins.ts";

export default defineConfig({
  // Beside the project, so a clean build removes it (as Kiosk does).
  cacheDir: "./.astro/cache/",
  markdown: { processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }) },
});
