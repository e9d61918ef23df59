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

/** Astro's module of the store (astro/dist/content/consts.js). */
const STORE_MODULE = /^\0astro:data-layer-content$/;
/** Astro's store file in its cache folder (astro/dist/content/consts.js). */
export const STORE_FILE = "data-store.json";
/** Marks the module as content, not code, for Astro's incremental build (astro/dist/core/build/incremental-metadata.js). */
const CONTENT_DATA = { astroIncremental: { kind: "content-data" } };

export default function contentStoreFromFile(): AstroIntegration {
  return {
    name: "kiosk:content-store-from-file",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        // A store in chunks is several modules of Astro's own.
        const storage = config.experimental.collectionStorage;
        if (command !== "build" || (storage !== undefined && storage !== "single-file")) return;
        const store = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
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
                      meta: CONTENT_DATA,
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
