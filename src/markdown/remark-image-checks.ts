/**
 * remark plugin: every image in an article body describes itself and is a file the
 * image pipeline can take, by the rule of lead images (src/files/image-file.ts).
 *
 * ```markdown
 * ![](./karte.png)                 → error: image needs alt text
 * ![Karte von Gaza](./fehlt.png)   → error: image file ./fehlt.png does not exist
 * ![Karte](../../etc/karte.png)    → error: ../../etc/karte.png leads out of the folder
 * ```
 *
 * Local files are looked up next to the Markdown file; remote images are left to the
 * rules on URLs.
 */
import { resolve } from "node:path";
import { PHOTO_FORMATS, readImageFile } from "../files/image-file.ts";
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
      if (!isLocal(node.url) || !file.dirname) return;
      let src: string;
      try {
        src = decodeURI(node.url);
      } catch {
        return reportProblem(file, node, "image", `${node.url} is not a valid file address`);
      }
      const image = readImageFile(resolve(file.cwd, file.dirname), src, {
        formats: PHOTO_FORMATS,
        where: "next to the article",
      });
      if (typeof image === "string") reportProblem(file, node, "image", image);
    });
  };
}

function isLocal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
}
