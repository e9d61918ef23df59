/**
 * The Markdown files of a content folder (the articles, `authors/`, `pages/`) as Astro's
 * `glob()` loader reads them: regular files and links to them, also through linked
 * folders. Whatever else stands where a file or folder is expected (a folder named
 * `x.md`, a link to nothing, a pipe, a file where the folder should be) is one problem
 * naming its path and what was expected, never an `EISDIR` or `ENOTDIR` thrown later.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { displayPath } from "./display-path.ts";
import { errorIn, type Problem } from "../lib/problem.ts";

/** What stands at a path, through symbolic links. */
export type PathKind =
  "file" | "folder" | "missing" | "dangling link" | "link loop" | "special" | "unreadable";

/** What a content folder holds. */
export interface MarkdownFolder {
  /** For messages, in the plural: `articles`, `author files`, `pages`. */
  holds: string;
  /** Whether sub-folders are read too (articles may be kept by year or desk). */
  recursive: boolean;
  /** Whether a missing folder is fine: a newsroom without authors or pages. */
  optional: boolean;
}

/** The Markdown files to read, sorted, and what stood in the way. */
export interface MarkdownFiles {
  files: string[];
  problems: Problem[];
}

/**
 * @example pathKind("/etc/hostname") // "file"
 * @example pathKind("/nowhere") // "missing"
 */
export function pathKind(path: string): PathKind {
  try {
    const stats = statSync(path);
    return stats.isFile() ? "file" : stats.isDirectory() ? "folder" : "special";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return "link loop";
    // A file where a folder of the path should be (ENOTDIR): nothing is there.
    if (code === "ENOTDIR") return "missing";
    if (code !== "ENOENT") return "unreadable";
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? "dangling link" : "missing";
  }
}

/**
 * What a path is, in words, for a message that goes on with what was expected.
 *
 * @example describePath("/nowhere", "missing") // "does not exist"
 */
export function describePath(path: string, kind: PathKind = pathKind(path)): string {
  switch (kind) {
    case "file":
      return "is a file";
    case "folder":
      return "is a folder";
    case "missing":
      return "does not exist";
    case "dangling link":
      return `is a symbolic link to ${readlinkSync(path)}, which does not exist`;
    case "link loop":
      return "is a symbolic link that leads back to itself";
    case "special":
      return "is not a regular file (a pipe, socket or device)";
    case "unreadable":
      return "cannot be read";
  }
}

/** The Markdown files of `folder`, and a problem for each thing in their way; paths in problems are shown from `cwd`. */
export function markdownFiles(
  folder: string,
  { holds, recursive, optional }: MarkdownFolder,
  cwd: string = process.cwd(),
): MarkdownFiles {
  const files: string[] = [];
  const problems: Problem[] = [];
  const problem = (path: string, field: string, message: string) =>
    problems.push(errorIn(displayPath(path, cwd))(1, field, message));
  const asFile = `expected a Markdown file: names ending in .md are read as ${holds}`;
  const read = new Set<string>();

  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (read.has(real)) {
      problem(
        dir,
        "folder",
        `leads back to ${displayPath(real, cwd)}, which is read already: remove the link`,
      );
      return;
    }
    read.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problem(dir, "folder", `cannot be read (${(error as NodeJS.ErrnoException).code})`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const markdown = entry.name.endsWith(".md");
      const kind = entry.isSymbolicLink() ? pathKind(path) : kindOf(entry);
      if (kind === "folder") {
        if (markdown) problem(path, "file", `is a folder; ${asFile}`);
        if (recursive) walk(path);
      } else if (markdown) {
        if (kind === "file") files.push(path);
        else problem(path, "file", `${describePath(path, kind)}; ${asFile}`);
      }
    }
  };

  const kind = pathKind(folder);
  if (kind === "folder") walk(folder);
  else if (!(kind === "missing" && optional)) {
    problem(folder, "folder", `${describePath(folder, kind)}; expected a folder of ${holds}`);
  }
  return { files: files.sort(), problems };
}

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean }): PathKind {
  return entry.isFile() ? "file" : entry.isDirectory() ? "folder" : "special";
}
