import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { htmlFiles, pageTypes } from "../support/html.ts";

const VNU = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const dist = inject("siteDist");
/** Fixture articles with a lead image and English text. */
const articlesTwo = inject("articlesTwoDist");

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The W3C Nu HTML Checker's HTML errors in `files`, in one Java start (it is slow). */
function checkHtml(files: string[]): VnuMessage[] {
  const result = spawnSync("java", ["-jar", VNU, "--format", "json", "--errors-only", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `The Nu HTML Checker needs Java (apt-get install default-jre-headless): ${result.error.message}`,
    );
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
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
    ];
    const errors = checkHtml(files).map(({ url, lastLine, message }) => `${url}:${lastLine}: ${message}`);
    expect(errors).toEqual([]);
  });
});
