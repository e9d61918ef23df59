import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Element, Root } from "hast";
import { selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";

/** What a page asks for, by kind; paths are relative to the site root. */
export interface Subresources {
  /** Needed before the first paint: stylesheets, classic scripts in `<head>` without async or defer. */
  blocking: string[];
  /** Everything else it loads: deferred scripts, icons, images, fonts from its CSS. */
  later: string[];
}

/** Local files a built page loads, found in its markup and its inline CSS. */
export function subresources(page: Root, base = "/"): Subresources {
  const local = (url: string) =>
    url.startsWith(base) && !url.startsWith("//") ? [url.slice(base.length).split(/[?#]/)[0]!] : [];
  const attribute = (element: Element, name: string) => String(element.properties[name] ?? "");
  const blocking = [
    ...selectAll("link[rel~=stylesheet]:not([media=print])", page).map((link) => attribute(link, "href")),
    ...selectAll("head script[src]:not([async]):not([defer]):not([type=module])", page).map((script) =>
      attribute(script, "src"),
    ),
  ].flatMap(local);
  const inlineCss = selectAll("style", page)
    .map((style) => toString(style))
    .join("\n");
  const later = [
    ...selectAll("script[src]", page).map((script) => attribute(script, "src")),
    ...selectAll("link[rel~=icon], link[rel~=preload], link[rel~=stylesheet][media=print]", page).map(
      (link) => attribute(link, "href"),
    ),
    ...selectAll("img[src]", page).map((img) => attribute(img, "src")),
    ...selectAll("img[srcset], source[srcset]", page).flatMap((element) =>
      attribute(element, "srcSet")
        .split(",")
        .map((candidate) => candidate.trim().split(/\s+/)[0]!),
    ),
    ...[...inlineCss.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!),
  ]
    .flatMap(local)
    .filter((path, index, all) => !blocking.includes(path) && all.indexOf(path) === index);
  return { blocking, later };
}

const TEXT = new Set([".html", ".css", ".js", ".svg", ".json", ".xml", ".txt"]);

/** Bytes on the wire: text gzipped as any server here sends it, binaries as they are. */
export async function transferSize(dist: string, path: string): Promise<number> {
  const bytes = await readFile(join(dist, path));
  return TEXT.has(extname(path)) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}
