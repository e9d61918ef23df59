import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLastmodArticles } from "../../src/integrations/sitemap-lastmod.ts";
import { PAGE_SIZE } from "../../src/lib/pagination.ts";
import { sitemapLastmods, type LastmodArticle } from "../../src/metadata/sitemap-lastmod.ts";

const SITE = { base: "/n/", timeZone: "Europe/Berlin", sections: [] };

/** An article published at `date`, changed by nothing else unless `fields` say so. */
const article = (id: string, date: string, fields: Partial<LastmodArticle> = {}): LastmodArticle => ({
  id,
  date: new Date(date),
  corrections: [],
  topics: [],
  authors: [],
  lead: false,
  ...fields,
});

const iso = (lastmods: Map<string, Date>, path: string) => lastmods.get(path)?.toISOString();

describe("sitemapLastmods", () => {
  it("should date an article by its latest change: the later of updated and the newest correction, else its date", () => {
    const lastmods = sitemapLastmods(
      [
        article("plain", "2024-03-15T08:00:00Z"),
        article("updated", "2024-03-15T08:00:00Z", { updated: new Date("2024-03-16T09:00:00Z") }),
        article("corrected", "2024-03-15T08:00:00Z", {
          updated: new Date("2024-03-16T09:00:00Z"),
          corrections: [
            { date: new Date("2024-03-17T10:00:00Z") },
            { date: new Date("2024-03-16T12:00:00Z") },
          ],
        }),
      ],
      SITE,
    );
    expect(iso(lastmods, "/n/artikel/plain/")).toBe("2024-03-15T08:00:00.000Z");
    expect(iso(lastmods, "/n/artikel/updated/")).toBe("2024-03-16T09:00:00.000Z");
    expect(iso(lastmods, "/n/artikel/corrected/")).toBe("2024-03-17T10:00:00.000Z");
    expect(iso(lastmods, "/n/korrekturen/")).toBe("2024-03-17T10:00:00.000Z");
  });

  it("should start a date without a time at midnight on the newsroom's clock", () => {
    const lastmods = sitemapLastmods([article("a", "2024-01-10")], SITE);
    expect(iso(lastmods, "/n/artikel/a/")).toBe("2024-01-09T23:00:00.000Z");
  });

  it("should date a list's page by the newest change among the articles it shows, counted from the oldest", () => {
    // PAGE_SIZE + 5 articles of one topic, a day apart; the oldest corrected last.
    const days = PAGE_SIZE + 5;
    const articles = Array.from({ length: days }, (_, n) =>
      article(`a${n}`, `2024-01-01T12:00:00Z`, {
        date: new Date(Date.UTC(2024, 0, 1 + n, 12)),
        topics: ["Hafen"],
        authors: ["anna"],
        ...(n === 0 && { corrections: [{ date: new Date("2024-06-01T10:00:00Z") }] }),
      }),
    );
    const lastmods = sitemapLastmods(articles, SITE);
    const newest = new Date(Date.UTC(2024, 0, days, 12)).toISOString();
    for (const list of ["themen/hafen", "autoren/anna"]) {
      // The own page shows the newest PAGE_SIZE; page 1 the oldest PAGE_SIZE, page 2 the rest.
      expect(iso(lastmods, `/n/${list}/`)).toBe(newest);
      expect(iso(lastmods, `/n/${list}/seite/1/`)).toBe("2024-06-01T10:00:00.000Z");
      expect(iso(lastmods, `/n/${list}/seite/2/`)).toBe(newest);
      expect(lastmods.has(`/n/${list}/seite/3/`)).toBe(false);
    }
    expect(iso(lastmods, "/n/themen/")).toBe("2024-06-01T10:00:00.000Z");
    expect(iso(lastmods, "/n/archiv/")).toBe("2024-06-01T10:00:00.000Z");
  });

  it("should put an article on the archive day of the newsroom's clock", () => {
    // 23:30 UTC on 19 December is 00:30 on the 20th in Berlin.
    const lastmods = sitemapLastmods(
      [
        article("late", "2023-12-19T23:30:00Z", { updated: new Date("2023-12-21T07:00:00Z") }),
        article("early", "2023-12-19T10:00:00Z"),
      ],
      SITE,
    );
    expect(iso(lastmods, "/n/archiv/2023/12/20/")).toBe("2023-12-21T07:00:00.000Z");
    expect(iso(lastmods, "/n/archiv/2023/12/19/")).toBe("2023-12-19T10:00:00.000Z");
    expect(iso(lastmods, "/n/archiv/2023/12/")).toBe("2023-12-21T07:00:00.000Z");
    expect(iso(lastmods, "/n/archiv/2023/")).toBe("2023-12-21T07:00:00.000Z");
    const utc = sitemapLastmods([article("late", "2023-12-19T23:30:00Z")], { ...SITE, timeZone: "UTC" });
    expect(utc.has("/n/archiv/2023/12/19/")).toBe(true);
  });

  it("should date the front page by the articles it shows: a section's old story too, not those it leaves out", () => {
    const recent = Array.from({ length: PAGE_SIZE }, (_, n) =>
      article(`new${n}`, "2024-05-01T00:00:00Z", { date: new Date(Date.UTC(2024, 4, 1 + n, 12)) }),
    );
    // Older than the newest PAGE_SIZE: on the front only in its section's container.
    const inSection = article("sport", "2024-04-01T00:00:00Z", {
      topics: ["Sport"],
      corrections: [{ date: new Date("2024-07-01T10:00:00Z") }],
    });
    const outside = article("other", "2024-04-02T00:00:00Z", {
      corrections: [{ date: new Date("2024-08-01T10:00:00Z") }],
    });
    const articles = [...recent, inSection, outside];
    expect(iso(sitemapLastmods(articles, { ...SITE, sections: ["sport"] }), "/n/")).toBe(
      "2024-07-01T10:00:00.000Z",
    );
    expect(iso(sitemapLastmods(articles, SITE), "/n/")).toBe(
      new Date(Date.UTC(2024, 4, PAGE_SIZE, 12)).toISOString(),
    );
  });

  it("should give no date to a page that shows no article", () => {
    const lastmods = sitemapLastmods([article("a", "2024-03-15T08:00:00Z")], SITE);
    expect([...lastmods.keys()].toSorted()).toEqual(
      [
        "/n/",
        "/n/archiv/",
        "/n/archiv/2024/",
        "/n/archiv/2024/03/",
        "/n/archiv/2024/03/15/",
        "/n/artikel/a/",
      ].toSorted(),
    );
    expect(sitemapLastmods([], SITE).size).toBe(0);
  });
});

describe("readLastmodArticles", () => {
  it("should read the published articles' dates and lists, and leave out drafts and refused files", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiosk-lastmod-"));
    await mkdir(join(folder, "2024"));
    const head = "title: T\ndek: D\nsource: dpa\n";
    await writeFile(
      join(folder, "2024", "hafen.md"),
      `---\n${head}date: 2024-03-15\nupdated: 2024-03-16T09:00:00+01:00\ncorrections:\n  - date: 2024-03-17T10:00:00Z\n    text: Berichtigt.\ntopics: [Hafen]\nlead: true\n---\nText\n`,
    );
    await writeFile(join(folder, "entwurf.md"), `---\n${head}date: 2024-03-15\ndraft: true\n---\nText\n`);
    await writeFile(join(folder, "kaputt.md"), `---\ntitle: T\n---\nText\n`);
    const store = join(folder, "store.json");
    const articles = await readLastmodArticles(folder, store);
    expect(articles).toEqual([
      {
        id: "hafen",
        date: new Date("2024-03-15"),
        updated: new Date("2024-03-16T08:00:00Z"),
        corrections: [{ date: new Date("2024-03-17T10:00:00Z") }],
        topics: ["Hafen"],
        authors: [],
        lead: true,
      },
    ]);
    // What the store keeps reads back as the files did.
    expect(JSON.parse(await readFile(store, "utf8"))).toHaveLength(3);
    expect(await readLastmodArticles(folder, store)).toEqual(articles);
  });
});
