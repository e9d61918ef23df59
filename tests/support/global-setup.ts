import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, type BuildResult } from "./build-site.ts";
import { NEWSROOM_SIZES, writeNewsroom } from "./newsroom.ts";

/** A generated newsroom of `count` articles with sections, kickers, authors and lead images. */
async function buildNewsroom(count: number): Promise<NewsroomSite> {
  const folder = await mkdtemp(join(tmpdir(), `kiosk-newsroom-${count}-`));
  const { dist, exitCode, output } = await buildSite(await writeNewsroom(folder, count));
  return { articles: count, dist, exitCode, output };
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
 * publication fixture and of the generated newsrooms of 1, 12 and 60 articles, shared by
 * every test that reads their `dist/`. They run side by side (decision 026), once a test
 * run: the build and browser projects both ask for them, in one process. A newsroom that
 * does not build fails the tests that read it, with its output, rather than every test.
 */
export default async function setup(project: TestProject) {
  const shared = globalThis as { kioskSites?: Promise<[BuildResult[], NewsroomSite[]]> };
  shared.kioskSites ??= Promise.all([
    Promise.all([
      buildSite(),
      buildSite({ KIOSK_CONTENT_DIR: "tests/fixtures/articles-two" }),
      buildSite(PUBLISHING),
      buildSite(PUBLICATION),
    ]),
    Promise.all(NEWSROOM_SIZES.map(buildNewsroom)),
  ]);
  const [[site, fixture, publishing, publication], newsrooms] = (await shared.kioskSites) as [
    [BuildResult, BuildResult, BuildResult, BuildResult],
    NewsroomSite[],
  ];
  if (site.exitCode !== 0) throw new Error(`The site does not build:\n${site.output}`);
  if (fixture.exitCode !== 0)
    throw new Error(`tests/fixtures/articles-two does not build:\n${fixture.output}`);
  if (publishing.exitCode !== 0)
    throw new Error(`The publishing fixture does not build:\n${publishing.output}`);
  if (publication.exitCode !== 0)
    throw new Error(`The publication fixture does not build:\n${publication.output}`);
  project.provide("siteDist", site.dist);
  project.provide("articlesTwoDist", fixture.dist);
  project.provide("publishingDist", publishing.dist);
  project.provide("publicationDist", publication.dist);
  project.provide("newsrooms", newsrooms);
  project.provide("frontDist", newsrooms.at(-1)!.dist);
}

/** A generated newsroom's build (see `newsroomArticles`). */
export interface NewsroomSite {
  articles: number;
  dist: string;
  exitCode: number;
  output: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDist: string;
    articlesTwoDist: string;
    publishingDist: string;
    publicationDist: string;
    /** The generated newsrooms, smallest first. */
    newsrooms: NewsroomSite[];
    /** The largest newsroom: a front page with every section. */
    frontDist: string;
  }
}
