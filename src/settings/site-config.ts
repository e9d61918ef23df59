import { isAbsolute, resolve } from "node:path";
import type { MarkdownFolder } from "../files/markdown-files.ts";

/** The articles (`contentDir`), in sub-folders as a newsroom likes; without them there is nothing to publish. */
export const ARTICLES: MarkdownFolder = { holds: "articles", recursive: true, optional: false };

/** Where Kiosk reads and publishes, from the environment (see README, "Environment"). */
export interface SiteConfig {
  /** Absolute folder of the article Markdown files. */
  contentDir: string;
  /** Absolute path of the publication settings; `authors/` and `pages/` sit beside it. */
  publicationFile: string;
  /** Public origin, without a trailing slash. */
  site: string;
  /** Path the site is served under, with leading and trailing slash. */
  base: string;
}

/**
 * Read the site configuration from `KIOSK_*` variables.
 *
 * @example siteConfig({ KIOSK_BASE: "nachrichten" }, "/repo").base // "/nachrichten/"
 */
export function siteConfig(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): SiteConfig {
  const dir = env["KIOSK_CONTENT_DIR"] || "content/articles";
  return {
    contentDir: isAbsolute(dir) ? dir : resolve(root, dir),
    publicationFile: publicationFile(env, root),
    site: parseSite(env["KIOSK_SITE"] || "http://localhost:4321"),
    base: normaliseBase(env["KIOSK_BASE"] || "/"),
  };
}

/**
 * The settings file alone: every word of the interface asks for the settings, and the
 * whole configuration, its URL parsed, is too dear to work out for each.
 */
export function publicationFile(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): string {
  const publication = env["KIOSK_PUBLICATION"] || "content/publication.yaml";
  return isAbsolute(publication) ? publication : resolve(root, publication);
}

function parseSite(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`KIOSK_SITE: expected an absolute URL such as https://example.org, found "${value}"`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `KIOSK_SITE: expected an origin without a path (use KIOSK_BASE for the path), found "${value}"`,
    );
  }
  return url.origin;
}

function normaliseBase(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, "");
  if (!/^[\w.~-]*(\/[\w.~-]+)*$/.test(trimmed)) {
    throw new Error(`KIOSK_BASE: expected a path such as /nachrichten/, found "${value}"`);
  }
  return trimmed ? `/${trimmed}/` : "/";
}
