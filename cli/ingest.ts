/**
 * `npm run ingest -- <file.txt | -> [--slug S] [--title T] [--dek D] [--date YYYY-MM-DD]
 * [--source S] [--topics a,b] [--lang de|en]`: turn wire text into a Kiosk article in the
 * content folder, without losing a word. Never overwrites a file.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { splitWireText, decodeWireText, WireTextError } from "../src/ingest/wire-text.ts";
import { wireToMarkdown } from "../src/ingest/wire-to-markdown.ts";
import { parseArticleDate } from "../src/lib/article-date.ts";
import { displayPath } from "../src/files/display-path.ts";
import { describePath, pathKind } from "../src/files/markdown-files.ts";
import { siteConfig } from "../src/settings/site-config.ts";
import { slugify } from "../src/lib/slug.ts";

const USAGE =
  "usage: npm run ingest -- <file.txt | -> [--slug S] [--title T] [--dek D] [--date YYYY-MM-DD] [--source S] [--topics a,b] [--lang de|en]";

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

async function readInput(path: string): Promise<Uint8Array> {
  if (path !== "-")
    return readFile(path).catch((error: NodeJS.ErrnoException) =>
      fail(`${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`),
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: "string" },
        title: { type: "string" },
        dek: { type: "string" },
        date: { type: "string" },
        source: { type: "string" },
        topics: { type: "string" },
        lang: { type: "string" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const [input, ...extra] = positionals;
if (!input || extra.length > 0) fail(USAGE);
if (values.lang !== undefined && values.lang !== "de" && values.lang !== "en")
  fail(`--lang: expected de or en, found "${values.lang}"`);
const date = values.date ?? new Date().toISOString().slice(0, 10);
// A date alone is the day as written, in every zone.
const parsedDate = parseArticleDate(date, "UTC");
if ("error" in parsedDate || !/^\d{4}-\d{2}-\d{2}$/.test(date))
  fail(`--date: expected YYYY-MM-DD, found "${date}"`);
const slug = values.slug ?? slugify(values.title ?? (input === "-" ? "" : basename(input, extname(input))));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
  fail(`--slug: expected lower-case letters, digits and hyphens, found "${slug}"`);

const name = input === "-" ? "standard input" : input;
let text: string;
try {
  text = decodeWireText(await readInput(input));
} catch (error) {
  if (error instanceof WireTextError) fail(`${name} ${error.message}`);
  throw error;
}

const markdown = wireToMarkdown(splitWireText(text), {
  title: values.title,
  dek: values.dek,
  date,
  source: values.source,
  topics: values.topics
    ?.split(",")
    .map((topic) => topic.trim())
    .filter(Boolean),
  lang: values.lang as "de" | "en" | undefined,
});

const { contentDir } = siteConfig();
const target = join(contentDir, `${slug}.md`);
const shown = displayPath(target);
const folder = pathKind(contentDir);
if (folder !== "folder" && folder !== "missing") {
  fail(`${displayPath(contentDir)}: ${describePath(contentDir, folder)}; expected a folder of articles`);
}
await mkdir(contentDir, { recursive: true });
try {
  await writeFile(target, markdown, { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EEXIST")
    fail(`${shown} already exists; choose another --slug or edit that file`);
  throw error;
}
console.log(`Wrote ${shown}. Next: write the headline and standfirst, pick pull quotes, then npm run check.`);
