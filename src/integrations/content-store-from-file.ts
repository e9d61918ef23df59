/**
 * Astro bundles its whole content store into the build as one string literal (its
 * `astro:data-layer-content` module) and then loads that module to render the pages. At
 * 100,000 articles Node took 10 s to compile the 98 MB module, besides bundling it; this
 * integration has the module read the store file Astro has just written instead, which
 * JSON.parse reads as before (docs/decisions/086). Build only: the dev server follows
 * the store through Astro's own module.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

/** Astro's module of the store (astro/dist/content/consts.js), and the code it loads. */
const STORE_MODULE = /^\0astro:data-layer-content$/;
const INLINED = "export default JSON.parse(";
/** Astro's store file in its cache folder (astro/dist/content/consts.js). */
const STORE_FILE = "data-store.json";
/** Marks the module as content, not code, for Astro's incremental build (astro/dist/core/build/incremental-metadata.js). */
const CONTENT_DATA = { astroIncremental: { kind: "content-data" } };

export default function contentStoreFromFile(): AstroIntegration {
  return {
    name: "kiosk:content-store-from-file",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        const store = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "kiosk:content-store-from-file",
                transform: {
                  filter: { id: STORE_MODULE },
                  handler(code: string) {
                    if (!code.startsWith(INLINED)) return undefined;
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
