import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { runProgram } from "../../tools/run-program.ts";
import { htmlFiles, pageTypes } from "../support/html.ts";

const VNU = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const dist = inject("siteDist");
/** Fixture articles with a lead image and English text. */
const articlesTwo = inject("articlesTwoDist");
/** The publishing fixture's corrected articles (German and English) and its corrections page. */
const publishing = inject("publishingDist");
const CORRECTIONS = ["korrekturen/", "artikel/bruecke-gesperrt/", "artikel/port-report-english/"];
/** Its author pages (with and without photo) and an article by two authors and a desk. */
const AUTHORS = ["autoren/anna-beispiel/", "autoren/max-muster/", "artikel/hafen-containerriese/"];
/** The publication fixture: its own name, logo and colours, in English, with its pages. */
const publication = inject("publicationDist");
const PUBLICATION_PAGES = ["", "impressum/", "datenschutz/", "principles/", "artikel/ferry-timetable/"];
/** A front page with topic sections, and the archive pages a reader reaches from it. */
const front = inject("frontDist");
const FRONT_PAGES = [
  "",
  "archiv/",
  "archiv/2026/",
  "archiv/2026/11/",
  "archiv/2026/12/02/",
  "themen/politik/",
  "autoren/anna-beispiel/",
  "impressum/",
  "datenschutz/",
];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The W3C Nu HTML Checker's HTML errors in `files`, in one Java start (it is slow). */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  const vnu = runProgram("java", ["-jar", VNU, "--format", "json", "--errors-only", ...files], {
    output: "capture",
    install: "the Nu HTML Checker needs Java: apt-get install default-jre-headless",
  });
  const { output } = await vnu.done;
  // Its report is one JSON line; Java may say something of its own before it.
  const report = output.split("\n").findLast((line) => line.startsWith("{")) ?? output;
  const { messages } = JSON.parse(report) as { messages: VnuMessage[] };
  // Its CSS grammar predates container queries, light-dark() and var() in calc(), and
  // reports them as errors; the HTML is what it checks here.
  return messages.filter(({ message }) => !message.startsWith("CSS: "));
}

describe("the built pages", () => {
  it("should hold every kind of page, each valid HTML by the W3C Nu checker", async () => {
    expect([...(await pageTypes(dist)).keys()]).toEqual(
      expect.arrayContaining(["404.html", "artikel", "index.html"]),
    );
    const files = [
      ...(await htmlFiles(dist)).map((file) => join(dist, file)),
      ...(await htmlFiles(articlesTwo)).map((file) => join(articlesTwo, file)),
      ...[...CORRECTIONS, ...AUTHORS].map((path) => join(publishing, path, "index.html")),
      ...PUBLICATION_PAGES.map((path) => join(publication, path, "index.html")),
      ...FRONT_PAGES.map((path) => join(front, path, "index.html")),
    ];
    // The checker passes over a file that is not there without a word.
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
    const errors = (await checkHtml(files)).map(
      ({ url, lastLine, message }) => `${url}:${lastLine}: ${message}`,
    );
    expect(errors).toEqual([]);
  });
});
