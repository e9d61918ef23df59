/**
 * Astro bundles its whole content store into the build as one string literal (its
 * `astro:data-layer-content` module) and then loads that module to render the pages. At
 * 100,000 articles Node took 10 s to compile the 98 MB module, besides bundling it, and
 * making the module read, parsed and quoted the whole store again; this integration
 * loads the module first, as code that reads the store file Astro has just written,
 * which JSON.parse reads as before (docs/decisions/086). Build only: the dev server
 * follows the store through Astro's own module.
 */
import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONTENT_STORE } from "../astro-internals.ts";

const STORE_MODULE = new RegExp(`^${RegExp.escape(CONTENT_STORE.module)}$`);

export default function contentStoreFromFile(): AstroIntegration {
  return {
    name: "kiosk:content-store-from-file",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        // A store in chunks is several modules of Astro's own.
        const storage = config.experimental.collectionStorage;
        if (command !== "build" || (storage !== undefined && storage !== "single-file")) return;
        const store = fileURLToPath(new URL(CONTENT_STORE.file, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "kiosk:content-store-from-file",
                load: {
                  // Before Astro's own plugin, which would read the store to quote it.
                  order: "pre",
                  filter: { id: STORE_MODULE },
                  handler() {
                    // No store yet: Astro's empty one.
                    if (!existsSync(store)) return undefined;
                    return {
                      code: `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(${JSON.stringify(store)}, "utf8"));\n`,
                      map: { mappings: "" },
                      // Content, not code, for Astro's incremental build.
                      meta: CONTENT_STORE.contentData,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
