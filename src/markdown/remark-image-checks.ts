/**
 * remark plugin: every image in an article body describes itself and exists.
 *
 * ```markdown
 * ![](./karte.png)                 → error: image needs alt text
 * ![Karte von Gaza](./fehlt.png)   → error: image file ./fehlt.png does not exist
 * ```
 *
 * Local files are looked up next to the Markdown file; remote images are left to the
 * rules on URLs.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportProblem } from "./report-problem.ts";

export default function remarkImageChecks() {
  return (tree: Root, file: VFile) => {
    visit(tree, "image", (node) => {
      if (!node.alt?.trim()) {
        reportProblem(file, node, "image", `needs alt text: ![what the image shows](${node.url})`);
      }
      if (
        isLocal(node.url) &&
        file.dirname &&
        !existsSync(resolve(file.cwd, file.dirname, decodeURI(node.url)))
      ) {
        reportProblem(file, node, "image", `file ${node.url} does not exist next to the article`);
      }
    });
  };
}

function isLocal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
}
