import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../../tools/project-copy.ts";

/** What a test expects of one article, read straight from its file. */
export interface FixtureArticle {
  slug: string;
  title: string;
  date: Date;
  updated: Date | undefined;
  corrections: { date: Date; text: string }[];
  lang: string;
  draft: boolean;
  topics: string[];
  /** Slugs of the author files it names. */
  authors: string[];
}

/** The articles of a fixture folder, read with a plain YAML parser (not Kiosk's code). */
export async function fixtureArticles(folder: string): Promise<FixtureArticle[]> {
  const dir = join(ROOT, folder);
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  return Promise.all(
    names.map(async (name) => {
      const source = await readFile(join(dir, name), "utf8");
      const data = parse(source.split(/^---$/m)[1] ?? "") as Record<string, unknown>;
      return {
        slug: basename(name, ".md"),
        title: String(data["title"]),
        date: new Date(String(data["date"])),
        updated: data["updated"] === undefined ? undefined : new Date(String(data["updated"])),
        corrections: ((data["corrections"] as { date: string; text: string }[] | undefined) ?? []).map(
          ({ date, text }) => ({ date: new Date(date), text }),
        ),
        lang: String(data["lang"] ?? "de"),
        draft: data["draft"] === true,
        topics: (data["topics"] as string[] | undefined) ?? [],
        authors: (data["authors"] as string[] | undefined) ?? [],
      };
    }),
  );
}

/** A fixture folder's published articles, newest first, and its drafts (at least one). */
export async function publishedAndDrafts(
  folder: string,
): Promise<{ published: FixtureArticle[]; drafts: FixtureArticle[] }> {
  const articles = await fixtureArticles(folder);
  const drafts = articles.filter((article) => article.draft);
  if (drafts.length === 0) throw new Error(`${folder} has no draft to check against`);
  const published = articles.filter((article) => !article.draft).sort((a, b) => +b.date - +a.date);
  return { published, drafts };
}
