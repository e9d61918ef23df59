import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { isoDatetime } from "../lib/german-date.ts";
import { interfaceDateTime, interfaceLangWithin, interfaceLanguage, t } from "./strings.ts";

/** One correction of a published article (frontmatter `corrections:`). */
export interface Correction {
  date: Date;
  text: string;
}

/** The dates that say when an article last changed. */
export interface ArticleChanges {
  updated?: Date | undefined;
  corrections: readonly Pick<Correction, "date">[];
}

/**
 * When the article last changed: the later of `updated` and its newest correction;
 * undefined when it has neither, so that the first publication stands alone.
 *
 * @example lastModified({ updated: undefined, corrections: [] }) // undefined
 * @example lastModified({ updated: new Date("2024-03-15"), corrections: [{ date: new Date("2024-03-16T10:00Z"), text: "…" }] }) // 2024-03-16T10:00:00.000Z
 */
export function lastModified({ updated, corrections }: ArticleChanges): Date | undefined {
  const times = [updated, ...corrections.map(({ date }) => date)].filter((date) => date !== undefined);
  return times.length > 0 ? new Date(Math.max(...times.map((date) => date.getTime()))) : undefined;
}

/**
 * The corrections in the order they were made, the oldest first, as an article lists them.
 *
 * @example oldestFirst([{ date: new Date("2024-03-16"), text: "b" }, { date: new Date("2024-03-15"), text: "a" }]).map((c) => c.text) // ["a", "b"]
 */
export function oldestFirst<Item extends Correction>(corrections: readonly Item[]): Item[] {
  return corrections.toSorted((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * The correction notes as feed HTML, one paragraph each, oldest first: what
 * `Corrections.astro` shows under the article, without its classes. The label is
 * in the interface's language (`lang="de"` in an English article on a German site); the text is the article's.
 *
 * @example correctionNotesHtml([{ date: new Date("2024-11-06T08:00Z"), text: "Kiel." }], "de")
 * // '<p><strong>Korrektur vom <time datetime="2024-11-06T08:00:00.000Z">6. November 2024</time>:</strong> Kiel.</p>'
 */
export function correctionNotesHtml(corrections: readonly Correction[], lang: string): string {
  const notes = oldestFirst(corrections).map(({ date, text }): Element =>
    element("p", {}, [
      element("strong", interfaceLangWithin(lang) ? { lang: interfaceLanguage() } : {}, [
        { type: "text", value: `${t("article.correction")} ` },
        element("time", { dateTime: isoDatetime(date) }, [{ type: "text", value: interfaceDateTime(date) }]),
        { type: "text", value: ":" },
      ]),
      { type: "text", value: ` ${text}` },
    ]),
  );
  return toHtml({ type: "root", children: notes });
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}
