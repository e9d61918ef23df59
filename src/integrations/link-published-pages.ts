/**
 * The worker that fills the output folder with hard links to the published site's pages
 * (see published-pages.ts), keeping the links it already holds. It runs on a thread of
 * its own, beside Astro loading the content: links are kernel work that need not wait
 * for Astro's. It posts the pages linked; a page missing from the site is rendered instead.
 */
import { parentPort, workerData } from "node:worker_threads";
import { linkFiles } from "../lib/link-files.ts";
import { manifestPages } from "./manifest-pages.ts";

export interface LinkJob {
  /** Astro's manifest of the pages it made last. */
  manifest: string;
  /** The published site. */
  from: string;
  /** The output folder. */
  to: string;
}

if (parentPort) {
  const { manifest, from, to } = workerData as LinkJob;
  parentPort.postMessage(linkFiles(from, to, manifestPages(manifest)));
}
