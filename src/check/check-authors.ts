import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { displayPath } from "../files/display-path.ts";
import { PHOTO_FORMATS, readImageFile } from "../files/image-file.ts";
import { ARTICLE_SIZE_LIMIT } from "../lib/input-limits.ts";
import { markdownFiles, type MarkdownFolder } from "../files/markdown-files.ts";
import { errorIn, type Problem } from "../lib/problem.ts";
import { readAuthorFrontmatter } from "../schemas/frontmatter.ts";
import { firstInvalidUtf8Line } from "../lib/invalid-utf8.ts";

/** One file an author, in `authors/` itself; a newsroom without authors needs no folder. */
const AUTHORS: MarkdownFolder = { holds: "author files", recursive: false, optional: true };

/** The file name is the URL: `/autoren/<slug>/`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The author files of a folder, and what is wrong with them. */
export interface CheckedAuthors {
  /** Every author file's slug, also of files with problems: those are reported once, here. */
  slugs: ReadonlySet<string>;
  problems: Problem[];
}

/**
 * Every problem of every author file in `folder` (`authors/` beside the publication
 * settings): frontmatter against the author schema, the photo beside the file, the
 * file name as a URL, and no text after the frontmatter (the bio is a field). A
 * missing folder is a newsroom without authors.
 */
export async function checkAuthors(folder: string, cwd: string = process.cwd()): Promise<CheckedAuthors> {
  const { files, problems } = markdownFiles(folder, AUTHORS, cwd);
  const ofFiles = await Promise.all(files.map((path) => checkAuthorFile(path, cwd)));
  return {
    slugs: new Set(files.map((path) => basename(path, ".md"))),
    problems: [...problems, ...ofFiles.flat()],
  };
}

async function checkAuthorFile(path: string, cwd: string): Promise<Problem[]> {
  const file = displayPath(path, cwd);
  const problem = errorIn(file);
  const slug = basename(path, ".md");
  const problems: Problem[] = [];
  if (!SLUG.test(slug)) {
    problems.push(
      problem(
        1,
        "slug",
        `file name "${slug}" must be lower-case letters, digits and hyphens: it becomes the URL`,
      ),
    );
  }

  const bytes = await readFile(path);
  if (bytes.length > ARTICLE_SIZE_LIMIT) {
    return [...problems, problem(1, "file", `is ${bytes.length} bytes; an author file is a few lines`)];
  }
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return [...problems, problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")];

  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const frontmatter = readAuthorFrontmatter(file, source);
  problems.push(...frontmatter.problems);
  const author = frontmatter.article;
  if (author?.photo) {
    const rule = { formats: PHOTO_FORMATS, where: "next to the author file" };
    const photo = readImageFile(dirname(path), author.photo.src, rule);
    if (typeof photo === "string")
      problems.push(problem(frontmatter.lineOf(["photo", "src"]), "photo.src", photo));
  }
  const { body } = frontmatter;
  if (frontmatter.data && body.trim()) {
    // The body keeps the file's lines, so the text stands on the line of its first character.
    const line = body.slice(0, body.search(/\S/)).split("\n").length;
    problems.push(
      problem(
        line,
        "body",
        "an author file has no text after its frontmatter: write the bio as bio: in the frontmatter",
      ),
    );
  }
  return problems;
}
