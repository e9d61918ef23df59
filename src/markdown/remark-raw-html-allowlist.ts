/**
 * remark plugin: raw HTML in an article may only be a few inline elements; anything
 * else is reported, so hostile or broken markup never reaches a page.
 *
 * ```markdown
 * Die <abbr>UN</abbr> tagt, <span lang="en">breaking news</span>.   → allowed
 * <script>alert(1)</script>                                      → error: <script> is not allowed
 * <span onclick="x()">                                           → error: event-handler attribute
 * ```
 *
 * Each `html` node is read by the HTML tokenizer (parse5), the same grammar browsers
 * and rehype-raw use, so opening and closing tags are checked even when Markdown puts
 * them in separate nodes. Comments are allowed: they carry no markup.
 */
import type { Html, Root } from "mdast";
import { Tokenizer, type Token, type TokenHandler } from "parse5";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { parseArticleDate } from "../lib/article-date.ts";
import { publication } from "../settings/load-publication.ts";
import { reportProblem } from "./report-problem.ts";

type Check = (value: string) => string | undefined;

/** Allowed elements and, for each, its allowed attributes with a check of the value. */
const ALLOWED: Record<string, Record<string, Check>> = {
  abbr: {},
  b: {},
  br: {},
  cite: {},
  em: {},
  i: {},
  mark: {},
  small: {},
  span: { lang: checkLang, dir: checkDir },
  strong: {},
  sub: {},
  sup: {},
  time: { datetime: checkDatetime },
};

const ELEMENT_LIST = Object.keys(ALLOWED)
  .map((name) => `<${name}>`)
  .join(", ");

/** One problem in a fragment, at a line counted from the fragment's first line. */
interface FragmentProblem {
  line: number;
  message: string;
}

export default function remarkRawHtmlAllowlist() {
  return (tree: Root, file: VFile) => {
    visit(tree, "html", (node: Html) => {
      const firstLine = node.position?.start.line ?? 1;
      for (const { line, message } of checkFragment(node.value)) {
        const place = { line: firstLine + line - 1, column: 1 };
        reportProblem(file, { type: "html", position: { start: place, end: place } }, "html", message);
      }
    });
  };
}

/**
 * The problems of one raw HTML fragment.
 *
 * @example checkFragment('<span lang="en">') // []
 * @example checkFragment("<script>") // [{ line: 1, message: "<script> is not allowed: …" }]
 */
export function checkFragment(html: string): FragmentProblem[] {
  const problems: FragmentProblem[] = [];
  const refused = new Set<string>();
  const report = (token: { location: Token.Location | null }, message: string) =>
    problems.push({ line: token.location?.startLine ?? 1, message });
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag(token) {
      const allowed = ALLOWED[token.tagName];
      if (!allowed) {
        refused.add(token.tagName);
        report(token, `<${token.tagName}> is not allowed: ${allowedElements()}`);
        return;
      }
      for (const { name, value } of token.attrs) {
        const check = allowed[name];
        const problem = check ? check(value) : attributeRefusal(token.tagName, name, Object.keys(allowed));
        if (problem) report(token, `<${token.tagName} ${name}>: ${problem}`);
      }
    },
    onEndTag(token) {
      // A closing tag of an element refused above would only repeat the problem.
      if (!ALLOWED[token.tagName] && !refused.has(token.tagName))
        report(token, `</${token.tagName}> is not allowed: ${allowedElements()}`);
    },
    onDoctype(token) {
      report(token, "a doctype is not allowed in an article");
    },
    onComment: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onEof: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return problems;
}

function allowedElements(): string {
  return `raw HTML may only use ${ELEMENT_LIST}; write everything else in Markdown`;
}

function attributeRefusal(element: string, name: string, allowed: string[]): string {
  if (name.startsWith("on")) return "event-handler attributes are not allowed";
  const takes = allowed.length > 0 ? `only ${allowed.join(", ")}` : "no attributes";
  return `the attribute is not allowed: <${element}> takes ${takes}`;
}

/** `lang` holds a BCP 47 language tag (HTML, "The lang and xml:lang attributes"). */
function checkLang(value: string): string | undefined {
  try {
    Intl.getCanonicalLocales(value);
    return undefined;
  } catch {
    return `"${value}" is not a language tag such as en or fr-CH`;
  }
}

function checkDir(value: string): string | undefined {
  return ["ltr", "rtl", "auto"].includes(value) ? undefined : `"${value}" must be ltr, rtl or auto`;
}

function checkDatetime(value: string): string | undefined {
  const parsed = parseArticleDate(value, publication().timeZone);
  return "error" in parsed ? parsed.error : undefined;
}
