/**
 * Everything a build keeps for the next one lives in one folder, each store in a place of
 * its own (README, "What a build keeps"). Deleting any of them makes the next build
 * slower, never different (tests/build/kept-stores.test.ts); `npm run build -- --clean`
 * deletes the folder.
 */
export const KEPT = ".astro";
/**
 * Astro's cache folder (astro.config.mjs `cacheDir`): its content store, page manifest,
 * copies of pages and optimised images, and Kiosk's stores beside them.
 */
export const ASTRO_CACHE = `${KEPT}/cache`;
/** Vite's optimised dependencies: a copy of the project of its own, whatever node_modules it shares. */
export const VITE_CACHE = `${KEPT}/vite`;
/**
 * Each article's rendered HTML, outside Astro's content store (src/loaders/rendered-html.ts);
 * relative, as every path here, to the project, which is where Astro runs and takes its root.
 */
export const RENDERED_HTML = `${ASTRO_CACHE}/kiosk-html`;
/** What the check learnt of each unchanged file (cli/check-cache.ts). */
export const CHECK_MEMORY = `${ASTRO_CACHE}/kiosk-check.json`;
/** Search bundles by their pages' bytes (publish/search/bundle-store.ts). */
export const SEARCH_BUNDLES = `${ASTRO_CACHE}/kiosk-search`;
/** Drawn share images by what they show (publish/share-images/draw.ts). */
export const SHARE_IMAGES = `${ASTRO_CACHE}/kiosk-share-images`;
/**
 * The placeholders Astro built among at the last publish, those it left untouched: the
 * next publish builds among them again (src/files/page-placeholders.ts).
 */
export const KEPT_PLACEHOLDERS = `${KEPT}/kiosk-placeholders`;
/** The site the last publish replaced, as links to the published pages (publish/output-folder.ts). */
export const KEPT_SITE = `${KEPT}/kiosk-kept-site`;
