import { SEGMENTS } from "../consts.ts";

/**
 * Internal links under the configured base path, always ending in `/` so every link
 * points at a folder with an `index.html` and needs no server rewrite.
 *
 * @example pagePath("/nachrichten/", "artikel", "haniyeh") // "/nachrichten/artikel/haniyeh/"
 */
export function pagePath(base: string, ...segments: string[]): string {
  const path = segments.map((segment) => encodeURIComponent(segment)).join("/");
  return path ? `${base}${path}/` : base;
}

/** @example articlePath("/", "haniyeh") // "/artikel/haniyeh/" */
export function articlePath(base: string, slug: string): string {
  return pagePath(base, SEGMENTS.article, slug);
}

/**
 * The share image of an article, beside its page (drawn by `publish/share-images/`).
 *
 * @example shareImagePath("/", "haniyeh") // "/artikel/haniyeh/vorschau.png"
 */
export function shareImagePath(base: string, slug: string): string {
  return `${articlePath(base, slug)}${SEGMENTS.shareImage}`;
}

/**
 * The share image of any other page: `vorschau.png` in the folder of the page, or of a
 * list's first page, so that every numbered page of a list shares the list's card.
 *
 * @example pageShareImagePath("/themen/politik/seite/2/") // "/themen/politik/vorschau.png"
 */
export function pageShareImagePath(pathname: string): string {
  const folder = pathname.replace(new RegExp(`${SEGMENTS.page}/[^/]+/$`), "");
  return `${folder.endsWith("/") ? folder : `${folder}/`}${SEGMENTS.shareImage}`;
}

/** @example topicPath("/", "gaza-krieg") // "/themen/gaza-krieg/" */
export function topicPath(base: string, slug: string): string {
  return pagePath(base, SEGMENTS.topics, slug);
}

/** @example topicsPath("/") // "/themen/" */
export function topicsPath(base: string): string {
  return pagePath(base, SEGMENTS.topics);
}

/** @example searchPath("/nachrichten/") // "/nachrichten/suche/" */
export function searchPath(base: string): string {
  return pagePath(base, SEGMENTS.search);
}

/** @example correctionsPath("/nachrichten/") // "/nachrichten/korrekturen/" */
export function correctionsPath(base: string): string {
  return pagePath(base, SEGMENTS.corrections);
}

/** @example authorPath("/nachrichten/", "anna-beispiel") // "/nachrichten/autoren/anna-beispiel/" */
export function authorPath(base: string, slug: string): string {
  return pagePath(base, SEGMENTS.authors, slug);
}

/**
 * The date archive, or one year, month or day of it.
 *
 * @example archivePath("/", "2023", "12", "20") // "/archiv/2023/12/20/"
 */
export function archivePath(base: string, ...period: string[]): string {
  return pagePath(base, SEGMENTS.archive, ...period);
}
