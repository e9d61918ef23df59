import { copyFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/lib/pagination.ts";
import { slugify } from "../../src/lib/slug.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { writeCorpus } from "../support/corpus.ts";
import { readPage, select, selectAll, textOf } from "../support/html.ts";

/** How many of the newest articles the front draws its lead and containers from. */
const POOL = 5 * PAGE_SIZE;
const NEWEST = Date.UTC(2024, 10, 30, 12);
const IMAGE = join(ROOT, "tests/fixtures/articles-two/hafen-hamburg.jpg");

/** An article file `hours` older than the corpus's newest time. */
function article(hours: number, fields: string[]): string {
  const date = new Date(NEWEST - hours * 3_600_000).toISOString().replace(".000", "");
  return `---\n${[...fields, `date: ${date}`, "source: Kiosk-Testredaktion"].join("\n")}\n---\n\nText.\n`;
}

/** One article of the folder as its file says. */
interface Written {
  url: string;
  time: number;
  topics: string[];
  draft: boolean;
}

describe("the front page's hierarchy", () => {
  let site: BuildResult;
  let front: Root;
  let written: Written[];
  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), "kiosk-front-"));
    await writeCorpus(content, 2 * PAGE_SIZE + 5, 1);
    await copyFile(IMAGE, join(content, "hafen.jpg"));
    const marked = (title: string) => [`title: ${title}`, "dek: Der Vorspann des Aufmachers.", "lead: true"];
    await Promise.all([
      // Marked, not the newest: it leads, with its standfirst and picture.
      writeFile(
        join(content, "aufmacher.md"),
        article(2.5, [
          ...marked("Der Aufmacher"),
          "topics: [Hafen]",
          "image:\n  src: ./hafen.jpg\n  alt: Containerschiffe im Hamburger Hafen",
        ]),
      ),
      // Marked earlier: the newer mark wins.
      writeFile(join(content, "frueherer-aufmacher.md"), article(6.5, [...marked("Früherer Aufmacher")])),
      // The newest of all, and marked, but a draft.
      writeFile(
        join(content, "entwurf-aufmacher.md"),
        article(0, [...marked("Entwurf eines Aufmachers"), "draft: true", "topics: [Hafen]"]),
      ),
    ]);
    written = await readWritten(content);
    site = await buildSite({ KIOSK_CONTENT_DIR: content });
    expect(site.exitCode, site.output).toBe(0);
    front = await readPage(site.dist, "index.html");
  });

  async function readWritten(dir: string): Promise<Written[]> {
    const files = (await readdir(dir)).filter((file) => file.endsWith(".md"));
    return Promise.all(
      files.map(async (file) => {
        const text = await readFile(join(dir, file), "utf8");
        const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1];
        return {
          url: `/artikel/${file.replace(/\.md$/, "")}/`,
          time: Date.parse(field("date")!),
          topics: (field("topics") ?? "[]")
            .replace(/^\[|\]$/g, "")
            .split(", ")
            .filter(Boolean),
          draft: field("draft") === "true",
        };
      }),
    );
  }

  /** The published articles, newest first, as the files say. */
  const published = () => written.filter((entry) => !entry.draft).toSorted((a, b) => b.time - a.time);
  /** Every article link of the front's stories and headlines, in page order. */
  const storyLinks = () =>
    selectAll("[data-kiosk=teaser] :is(h2, h3) a, [data-kiosk=latest-headlines] li a", front).map((a) =>
      String(a.properties["href"]),
    );
  const hrefs = (root: Element | Root, selector: string) =>
    selectAll(selector, root).map((a) => String(a.properties["href"]));

  it("should lead with the newest marked article, set large with its standfirst and picture", () => {
    const lead = select("[data-kiosk=teaser][data-lead]", front)!;
    expect(lead.tagName).toBe("article");
    expect(selectAll("h2 a", lead).map((a) => a.properties["href"])).toEqual(["/artikel/aufmacher/"]);
    expect(textOf(lead, "[data-kiosk=standfirst]")).toEqual(["Der Vorspann des Aufmachers."]);
    const image = select("img", lead)!;
    expect(image.properties["alt"]).toBe("Containerschiffe im Hamburger Hafen");
    // Sized, so the text below never moves when the picture arrives.
    expect(Number(image.properties["width"])).toBeGreaterThan(0);
    expect(Number(image.properties["height"])).toBeGreaterThan(0);
    expect(String(image.properties["srcSet"])).toMatch(/ 480w.* 800w/);
    expect(storyLinks()[0]).toBe("/artikel/aufmacher/");
  });

  it("should show each of the newest articles once and no article twice", () => {
    const links = storyLinks();
    expect(links.length).toBe(new Set(links).size);
    const pool = published().slice(0, POOL);
    for (const { url } of published().slice(0, PAGE_SIZE)) expect(links, url).toContain(url);
    for (const url of links) expect(pool.map((entry) => entry.url)).toContain(url);
  });

  it("should set the newest articles after the lead in the grid under it", () => {
    const grid = select("[data-kiosk=front] > [data-kiosk=article-list]", front)!;
    const after = published()
      .filter(({ url }) => url !== "/artikel/aufmacher/")
      .slice(0, 6)
      .map(({ url }) => url);
    expect(hrefs(grid, "[data-kiosk=teaser] h2 a")).toEqual(after);
  });

  it("should give each section of the navigation a container of its newest articles not shown above", () => {
    const sections = hrefs(front, "nav[data-kiosk=sections] a").map((href) => href.split("/")[2]!);
    const containers = selectAll("[data-kiosk=front-section]", front);
    expect(containers.length, "the corpus's topics should fill containers").toBeGreaterThan(1);
    const order = containers.map((section) => String(section.properties["dataTopic"]));
    expect(order).toEqual(sections.filter((slug) => order.includes(slug)));
    const shown = new Set([
      ...hrefs(front, "[data-lead] h2 a"),
      ...hrefs(front, "[data-kiosk=front] > [data-kiosk=article-list] h2 a"),
    ]);
    const pool = published().slice(0, POOL);
    for (const section of containers) {
      const slug = String(section.properties["dataTopic"]);
      const open = pool
        .filter((entry) => entry.topics.some((topic) => slugify(topic) === slug))
        .filter((entry) => !shown.has(entry.url))
        .map((entry) => entry.url);
      const headlines = hrefs(section, "h3 a");
      expect(headlines, slug).toEqual(open.slice(0, 4));
      for (const url of headlines) shown.add(url);
      // Named by its heading, and leading on to the section's own page.
      const heading = select("h2", section)!;
      expect(section.properties["ariaLabelledBy"]).toEqual([heading.properties["id"]]);
      expect(hrefs(heading, "a")).toEqual([`/themen/${slug}/`]);
    }
  });

  it("should list the rest of the newest articles with their times", () => {
    const latest = select("[data-kiosk=latest-headlines]", front)!;
    const items = selectAll("li", latest);
    expect(items.length, "the corpus should leave some for the list").toBeGreaterThan(0);
    const times = items.map((item) => Date.parse(String(select("time", item)!.properties["dateTime"])));
    expect(times).toEqual(times.toSorted((a, b) => b - a));
    for (const item of items) expect(textOf(item, "time")[0]).toMatch(/\d\d\.\d\d\.\d{4}, \d{1,2}:\d\d Uhr/);
  });

  it("should never show a draft, however it is marked", () => {
    expect(storyLinks()).not.toContain("/artikel/entwurf-aufmacher/");
    expect(textOf(front, "main")[0]).not.toContain("Entwurf eines Aufmachers");
  });

  it("should have one h1 and an h2 for the lead and every section", () => {
    expect(selectAll("h1", front)).toHaveLength(1);
    const sections = selectAll("[data-kiosk=front-section]", front);
    for (const section of sections) expect(select(":scope > h2", section), "section heading").toBeTruthy();
    expect(select("[data-lead] h2", front)).toBeTruthy();
  });
});
