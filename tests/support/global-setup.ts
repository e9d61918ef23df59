import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, type BuildResult } from "./build-site.ts";
import { writeCorpus } from "./corpus.ts";

/** Articles enough for a front page with topic sections beside the newest (decision 079). */
const FRONT_ARTICLES = 45;

/** A site of generated articles, as many as a news front needs for its sections. */
async function buildFront(): Promise<BuildResult> {
  const content = await mkdtemp(join(tmpdir(), "kiosk-front-site-"));
  await writeCorpus(content, FRONT_ARTICLES, 1);
  return buildSite({ KIOSK_CONTENT_DIR: content });
}

/**
 * The publishing fixture: drafts, a hostile headline, search cases, articles by authors
 * (whose files are in `authors/` beside the newsroom's settings file); served under a
 * base path.
 */
export const PUBLISHING = {
  KIOSK_CONTENT_DIR: "tests/fixtures/articles-publishing",
  KIOSK_PUBLICATION: "tests/fixtures/publishing-newsroom/publication.yaml",
  KIOSK_SITE: "https://kiosk.example",
  KIOSK_BASE: "/nachrichten/",
};

/**
 * A newsroom of its own: name, logo, accent colours, an English interface and pages
 * about itself, its articles beside its settings.
 */
export const PUBLICATION = {
  KIOSK_CONTENT_DIR: "tests/fixtures/publication-harbour/articles",
  KIOSK_PUBLICATION: "tests/fixtures/publication-harbour/publication.yaml",
  KIOSK_SITE: "https://herald.example",
};

/**
 * One build each of the real site, of tests/fixtures/articles-two (an English article;
 * a German one with an image and a link), of the publishing fixture, of the
 * publication fixture and of a generated front page with sections, shared by every
 * test that reads their `dist/`. They run side by side (decision 026), once a test run:
 * the build and browser projects both ask for them, in one process.
 */
export default async function setup(project: TestProject) {
  const shared = globalThis as { kioskSites?: Promise<BuildResult[]> };
  shared.kioskSites ??= Promise.all([
    buildSite(),
    buildSite({ KIOSK_CONTENT_DIR: "tests/fixtures/articles-two" }),
    buildSite(PUBLISHING),
    buildSite(PUBLICATION),
    buildFront(),
  ]);
  const [site, fixture, publishing, publication, front] = (await shared.kioskSites) as [
    BuildResult,
    BuildResult,
    BuildResult,
    BuildResult,
    BuildResult,
  ];
  if (site.exitCode !== 0) throw new Error(`The site does not build:\n${site.output}`);
  if (fixture.exitCode !== 0)
    throw new Error(`tests/fixtures/articles-two does not build:\n${fixture.output}`);
  if (publishing.exitCode !== 0)
    throw new Error(`The publishing fixture does not build:\n${publishing.output}`);
  if (publication.exitCode !== 0)
    throw new Error(`The publication fixture does not build:\n${publication.output}`);
  if (front.exitCode !== 0) throw new Error(`The generated front page does not build:\n${front.output}`);
  project.provide("siteDist", site.dist);
  project.provide("articlesTwoDist", fixture.dist);
  project.provide("publishingDist", publishing.dist);
  project.provide("publicationDist", publication.dist);
  project.provide("frontDist", front.dist);
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDist: string;
    articlesTwoDist: string;
    publishingDist: string;
    publicationDist: string;
    frontDist: string;
  }
}
