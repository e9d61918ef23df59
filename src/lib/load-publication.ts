import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { displayPath } from "./display-path.ts";
import { readImageFile, type ImageFormat, type ImageRule } from "./image-file.ts";
import { DEMO_PUBLICATION, readPublication, type Publication, type ReadPublication } from "./publication.ts";
import { siteConfig } from "./site-config.ts";

/** The settings of this site, with where they came from. */
export interface LoadedPublication extends ReadPublication {
  /** Absolute path of the settings file, whether or not there is one. */
  file: string;
  /** Absolute folder of the Markdown pages (`pages/` beside the settings). */
  pagesDir: string;
  /** Absolute path of the logo file, when the settings name one. */
  logoPath: string | undefined;
}

/** Markdown pages in a folder, by slug (the file name); none when there is no folder. */
export function pageSlugs(pagesDir: string): Set<string> {
  if (!existsSync(pagesDir)) return new Set();
  return new Set(
    readdirSync(pagesDir)
      .filter((name) => name.endsWith(".md"))
      .map((name) => basename(name, ".md")),
  );
}

/**
 * Read the publication settings from disk: the file `KIOSK_PUBLICATION` names, or
 * Kiosk's demo when there is none. `cwd` makes the paths in problems.
 */
export function readPublicationFile(file: string, cwd: string = process.cwd()): LoadedPublication {
  const dir = dirname(file);
  const pagesDir = join(dir, "pages");
  if (!existsSync(file)) {
    return { publication: DEMO_PUBLICATION, problems: [], file, pagesDir, logoPath: undefined };
  }
  const image = <F extends ImageFormat>(src: string, rule: ImageRule<F>) => readImageFile(dir, src, rule);
  const source = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const result = readPublication(displayPath(file, cwd), source, { image, pages: pageSlugs(pagesDir) });
  const logo = result.publication.logo;
  return { ...result, file, pagesDir, logoPath: logo && resolve(dir, logo.src) };
}

const loaded = new Map<string, LoadedPublication>();

/** This site's settings, read once a process. */
export function loadPublication(file: string = siteConfig().publicationFile): LoadedPublication {
  let result = loaded.get(file);
  if (!result) loaded.set(file, (result = readPublicationFile(file)));
  return result;
}

/** @example publication().name // "Kiosk" without a settings file */
export function publication(): Publication {
  return loadPublication().publication;
}
