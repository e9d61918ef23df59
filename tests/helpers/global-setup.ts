import type { TestProject } from "vitest/node";
import { buildSite } from "./build-site.ts";

/** One build of the real site, shared by every test that reads `dist/`. */
export default async function setup(project: TestProject) {
  const site = await buildSite();
  if (site.exitCode !== 0) throw new Error(`The site does not build:\n${site.output}`);
  project.provide("siteDist", site.dist);
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDist: string;
  }
}
