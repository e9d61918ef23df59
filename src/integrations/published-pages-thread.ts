/**
 * Work on the published site's pages, as Astro's manifest lists them, on a thread of its
 * own: tens of thousands of files are kernel work that need not wait for Astro's, nor
 * hold up the build's own event loop. `placeholders` fills the folder Astro builds into
 * (see published-pages.ts); `links` fills the folder a publish assembles, keeping the
 * links it already holds. A page missing from the site is left out: Astro renders it.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { linkFiles } from "../files/link-files.ts";
import { makePlaceholders } from "../files/page-placeholders.ts";
import { manifestPages } from "./manifest-pages.ts";

export interface PageJob {
  kind: "placeholders" | "links";
  /** Astro's manifest of the pages it made last. */
  manifest: string;
  /** The published site. */
  from: string;
  /** The folder to fill. */
  to: string;
}

/** Do `job` on a thread of its own; settles with the pages done. */
export function onThread(job: PageJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`${job.kind} for the published pages stopped (exit code ${code})`)),
    );
  });
}

if (!isMainThread && parentPort) {
  const { kind, manifest, from, to } = workerData as PageJob;
  const fill = kind === "links" ? linkFiles : makePlaceholders;
  parentPort.postMessage(fill(from, to, manifestPages(manifest)));
}
