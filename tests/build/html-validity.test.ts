import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../helpers/build-site.ts";
import { htmlFiles, pageTypes } from "../helpers/html.ts";

const VNU = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const dist = inject("siteDist");

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The W3C Nu HTML Checker over `files`, in one Java start (it is slow). */
function checkHtml(files: string[]): VnuMessage[] {
  const result = spawnSync("java", ["-jar", VNU, "--format", "json", "--errors-only", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `The Nu HTML Checker needs Java (apt-get install default-jre-headless): ${result.error.message}`,
    );
  return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}

describe("the built pages", () => {
  it("should hold every kind of page, each valid HTML by the W3C Nu checker", async () => {
    const files = await htmlFiles(dist);
    expect([...(await pageTypes(dist)).keys()]).toEqual(
      expect.arrayContaining(["404.html", "artikel", "index.html"]),
    );
    const errors = checkHtml(files.map((file) => join(dist, file))).map(
      ({ url, lastLine, message }) =>
        `${url.slice(url.indexOf(dist) + dist.length + 1)}:${lastLine}: ${message}`,
    );
    expect(errors).toEqual([]);
  });
});
