import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { SEGMENTS } from "../consts.ts";
import { displayPath } from "../files/display-path.ts";
import { ARTICLE_SIZE_LIMIT } from "../lib/input-limits.ts";
import { misnamedSettings, PAGES, readPublicationFile } from "../settings/load-publication.ts";
import { markdownFiles } from "../files/markdown-files.ts";
import { errorIn, type Problem } from "../lib/problem.ts";
import { checkingRemarkPlugins } from "../markdown/plugins.ts";
import { readPageFrontmatter } from "../schemas/frontmatter.ts";
import { firstInvalidUtf8Line } from "../lib/invalid-utf8.ts";

/** The file name is the URL: `/<slug>/`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Addresses Kiosk publishes itself, which a page would overwrite. */
const TAKEN = new Set<string>([...Object.values(SEGMENTS), "pagefind", "404", "korrekturen"]);

/**
 * Every problem of the publication settings (`publicationFile`) and of the pages in
 * `pages/` beside it: the settings field by field, each page's file name as a URL, its
 * frontmatter, and its text through the checks articles go through. No settings file
 * is Kiosk's demo, and no problem, unless a file beside it looks meant to be it.
 */
export async function checkPublication(
  publicationFile: string,
  cwd: string = process.cwd(),
): Promise<Problem[]> {
  const { problems, pagesDir } = readPublicationFile(publicationFile, cwd);
  problems.push(...misnamedSettings(publicationFile, cwd));
  const pages = markdownFiles(pagesDir, PAGES, cwd);
  problems.push(...pages.problems);
  const checker = unified().use(remarkParse).use(remarkGfm).use(checkingRemarkPlugins).freeze();
  const checkBody = (file: VFile) => checker.run(checker.parse(file), file);
  for (const path of pages.files) {
    problems.push(...(await checkPage(displayPath(path, cwd), await readFile(path), checkBody)));
  }
  return problems;
}

async function checkPage(
  file: string,
  bytes: Uint8Array,
  checkBody: (file: VFile) => Promise<unknown>,
): Promise<Problem[]> {
  const problem = errorIn(file);
  const problems: Problem[] = [];
  const slug = basename(file, ".md");
  if (!SLUG.test(slug)) {
    problems.push(
      problem(
        1,
        "slug",
        `file name "${slug}" must be lower-case letters, digits and hyphens: it becomes the URL`,
      ),
    );
  } else if (TAKEN.has(slug)) {
    problems.push(problem(1, "slug", `/${slug}/ is one of Kiosk's own addresses: name the page otherwise`));
  }
  if (bytes.length > ARTICLE_SIZE_LIMIT) {
    return [
      ...problems,
      problem(1, "file", `is ${bytes.length} bytes; a page may have at most ${ARTICLE_SIZE_LIMIT}`),
    ];
  }
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return [...problems, problem(badLine, "file", "is not valid UTF-8: save it as UTF-8")];

  const frontmatter = readPageFrontmatter(file, new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  problems.push(...frontmatter.problems);
  if (!frontmatter.data) return problems;
  if (!frontmatter.body.trim())
    problems.push(problem(frontmatter.bodyLine, "body", "is empty: the page has no text"));
  const vfile = new VFile({
    path: file,
    value: frontmatter.body,
    data: { astro: { frontmatter: frontmatter.data } },
  });
  await checkBody(vfile);
  for (const message of vfile.messages) {
    if (message.fatal) problems.push(problem(message.line ?? 1, message.ruleId ?? "body", message.reason));
  }
  return problems;
}
