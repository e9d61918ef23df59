import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { displayPath } from "../files/display-path.ts";
import { readImageFile, type ImageFormat, type ImageRule } from "../files/image-file.ts";
import { firstInvalidUtf8Line } from "../lib/invalid-utf8.ts";
import { describePath, markdownFiles, pathKind, type MarkdownFolder } from "../files/markdown-files.ts";
import { nearMisses } from "../lib/near-miss.ts";
import { errorIn, type Problem } from "../lib/problem.ts";
import { DEMO_PUBLICATION, readPublication, type Publication, type ReadPublication } from "./publication.ts";
import { publicationFile } from "./site-config.ts";

/** The settings of this site, with where they came from. */
export interface LoadedPublication extends ReadPublication {
  /** Absolute path of the settings file, whether or not there is one. */
  file: string;
  /** Absolute folder of the Markdown pages (`pages/` beside the settings). */
  pagesDir: string;
  /** Absolute path of the logo file, when the settings name one. */
  logoPath: string | undefined;
}

/** One file a page, in `pages/` itself; a newsroom without pages of its own needs no folder. */
export const PAGES: MarkdownFolder = { holds: "pages", recursive: false, optional: true };

/** Markdown pages in a folder, by slug (the file name); none when there is no folder. */
export function pageSlugs(pagesDir: string): Set<string> {
  return new Set(markdownFiles(pagesDir, PAGES).files.map((path) => basename(path, ".md")));
}

/**
 * Read the publication settings from disk: the file `KIOSK_PUBLICATION` names, or
 * Kiosk's demo when there is none. `cwd` makes the paths in problems.
 */
export function readPublicationFile(file: string, cwd: string = process.cwd()): LoadedPublication {
  const dir = dirname(file);
  const pagesDir = join(dir, "pages");
  const demo = (problems: Problem[]) => ({
    publication: DEMO_PUBLICATION,
    problems,
    file,
    pagesDir,
    logoPath: undefined,
  });
  const kind = pathKind(file);
  if (kind === "missing") return demo([]);
  const shown = displayPath(file, cwd);
  const problem = errorIn(shown);
  if (kind !== "file") {
    return demo([
      problem(
        1,
        "file",
        `${describePath(file, kind)}; expected the settings file (KIOSK_PUBLICATION), such as publication.yaml`,
      ),
    ]);
  }
  const image = <F extends ImageFormat>(src: string, rule: ImageRule<F>) => readImageFile(dir, src, rule);
  const bytes = readFileSync(file);
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return demo([problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")]);
  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const result = readPublication(shown, source, { image, pages: pageSlugs(pagesDir) });
  const logo = result.publication.logo;
  return { ...result, file, pagesDir, logoPath: logo && resolve(dir, logo.src) };
}

/**
 * A warning for each file beside a missing settings file that looks meant to be it
 * (`publication.yml` for `publication.yaml`): without this, the site would quietly be
 * Kiosk's demo.
 */
export function misnamedSettings(file: string, cwd: string = process.cwd()): Problem[] {
  if (pathKind(file) !== "missing") return [];
  let names: string[];
  try {
    names = readdirSync(dirname(file), { withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  const wanted = basename(file);
  return nearMisses(wanted, names).map((name) => ({
    file: displayPath(join(dirname(file), name), cwd),
    line: 1,
    field: "file",
    message: `is not read: the settings are read from ${displayPath(file, cwd)}, which does not exist, so the site is Kiosk's demo; rename the file to ${wanted}`,
    severity: "warning",
  }));
}

const loaded = new Map<string, LoadedPublication>();

/** This site's settings, read once a process. */
export function loadPublication(file: string = publicationFile()): LoadedPublication {
  let result = loaded.get(file);
  if (!result) loaded.set(file, (result = readPublicationFile(file)));
  return result;
}

/** @example publication().name // "Kiosk" without a settings file */
export function publication(): Publication {
  return loadPublication().publication;
}
