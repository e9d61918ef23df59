/**
 * The worker that fills the output folder with hard links to the published site's pages
 * (see published-pages.ts). It runs on a thread of its own, beside Astro loading the
 * content: tens of thousands of links are kernel work that need not wait for Astro's.
 */
import { linkSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

export interface LinkJob {
  /** Astro's manifest of the pages it made last. */
  manifest: string;
  /** The published site. */
  from: string;
  /** The output folder. */
  to: string;
}

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output files a manifest lists, relative to the output folder; none without a manifest. */
function manifestPages(manifest: string): string[] {
  let text = "{}";
  try {
    text = readFileSync(manifest, "utf8");
  } catch {
    // No manifest: nothing to link, Astro renders every page.
  }
  const { routes = {} } = JSON.parse(text) as Manifest;
  return Object.values(routes).flatMap(({ paths = {} }) =>
    Object.values(paths).flatMap(({ outputFile }) => (outputFile ? [outputFile] : [])),
  );
}

/**
 * Hard links in `to` to each page of the manifest in `from`; returns the pages linked
 * (a page missing from `from` is rendered instead).
 */
function linkPublishedPages({ manifest, from, to }: LinkJob): string[] {
  const folders = new Set<string>();
  const linked: string[] = [];
  for (const page of manifestPages(manifest)) {
    const folder = dirname(join(to, page));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      linkSync(join(from, page), join(to, page));
      linked.push(page);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return linked;
}

if (parentPort) parentPort.postMessage(linkPublishedPages(workerData as LinkJob));
