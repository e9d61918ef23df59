/**
 * remark plugin: links and images may only go where a reader can safely follow them.
 *
 * ```markdown
 * [Bericht](https://example.org/bericht)   → allowed: http, https, mailto, tel, relative
 * [x](javascript:alert(1))                 → error: "javascript:" links are not allowed
 * ![Hafen](./hafen.jpg)                    → allowed: a file next to the article
 * ![x](https://tracker.example/p.gif)      → error: images load from other servers
 * ```
 *
 * URLs are read by the WHATWG URL parser, as a browser reads them, so tricks such as
 * `java&#9;script:` or leading spaces do not hide the scheme. Images must be files
 * beside the article: a page never asks another server for anything.
 */
import type { Definition, Image, Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportProblem } from "./report-problem.ts";

const LINK_SCHEMES = ["http:", "https:", "mailto:", "tel:"];

export default function remarkSafeUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, ["link", "definition", "image"], (node) => {
      const { type, url } = node as Link | Definition | Image;
      const problem = type === "image" ? imageProblem(url) : linkProblem(url);
      if (problem) reportProblem(file, node, type === "image" ? "image" : "link", problem);
    });
  };
}

/**
 * Why a link target is refused, or undefined when it is safe.
 *
 * @example linkProblem("https://example.org/") // undefined
 * @example linkProblem("javascript:alert(1)") // '"javascript:" links are not allowed: …'
 */
export function linkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return undefined;
  return `"${scheme}" links are not allowed: link to http, https, mailto or tel addresses`;
}

/**
 * Why an image source is refused, or undefined for a file next to the article.
 *
 * @example imageProblem("./hafen.jpg") // undefined
 * @example imageProblem("data:image/png;base64,AAAA") // '"data:" images are not allowed: …'
 */
export function imageProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme && !["http:", "https:"].includes(scheme)) {
    return `"${scheme}" images are not allowed: put the image file next to the article (./bild.jpg)`;
  }
  // "/x.jpg" and "//host/x.jpg" leave the article's folder (and the base path).
  if (scheme || /^[/\\]/.test(url.trim())) {
    return `"${url}" is not a file next to the article: pages load nothing from elsewhere; put the image beside the article (./bild.jpg)`;
  }
  return undefined;
}

/** The scheme of an absolute URL (`"https:"`), or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).protocol : undefined;
}
