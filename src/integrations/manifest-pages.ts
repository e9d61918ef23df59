/** The pages Astro's incremental build made last, as its manifest lists them. */
import { readFileSync } from "node:fs";
import { PAGE_MANIFEST, type PageManifest } from "../astro-internals.ts";

/** Astro's manifest in its cache folder. */
export const MANIFEST = PAGE_MANIFEST.file;

/** The output files the manifest at `path` lists, relative to the output folder; none without one. */
export function manifestPages(path: string): string[] {
  let text = "{}";
  try {
    text = readFileSync(path, "utf8");
  } catch {
    // No manifest: nothing to reuse, Astro renders every page.
  }
  const { routes = {} } = JSON.parse(text) as PageManifest;
  return Object.values(routes).flatMap(({ paths = {} }) =>
    Object.values(paths).flatMap(({ outputFile }) => (outputFile ? [outputFile] : [])),
  );
}
