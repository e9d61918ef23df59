import type { TestProject } from "vitest/node";
import { buildSite } from "./build-site.ts";

/**
 * One build of the real site, and one of the fixture folder tests/fixtures/articles-two
 * (an English article; a German one with an image and a link), shared by every test
 * that reads their `dist/`.
 */
export default async function setup(project: TestProject) {
  const site = await buildSite();
  if (site.exitCode !== 0) throw new Error(`The site does not build:\n${site.output}`);
  project.provide("siteDist", site.dist);
  const fixture = await buildSite({ KIOSK_CONTENT_DIR: "tests/fixtures/articles-two" });
  if (fixture.exitCode !== 0)
    throw new Error(`tests/fixtures/articles-two does not build:\n${fixture.output}`);
  project.provide("articlesTwoDist", fixture.dist);
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDist: string;
    articlesTwoDist: string;
  }
}
