import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Root } from "hast";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { readPage, select, selectAll, textOf, toString } from "../support/html.ts";

/**
 * A sparse archive over two years: a late-evening article that is the next day in
 * Berlin, a day with several articles, a date without a time, months and a year without
 * any. Every expectation is worked out from these dates, in the newsroom's zone.
 */
const DATES = [
  "2025-11-28T10:00:00+01:00",
  "2026-01-15",
  "2026-12-01T08:00:00+01:00",
  "2026-12-04T23:30:00Z",
  "2026-12-05T07:45:00+01:00",
  "2026-12-05T16:05:00+01:00",
  "2026-12-07",
];

/** The newsroom's day of a frontmatter date, as archive URL segments. */
function berlinDay(date: string): [string, string, string] {
  const zone = date.length === 10 ? "UTC" : "Europe/Berlin";
  const [year, month, day] = new Date(date).toLocaleDateString("en-CA", { timeZone: zone }).split("-");
  return [year!, month!, day!];
}

const archiveUrl = (...period: string[]) => `/archiv/${period.map((part) => `${part}/`).join("")}`;
/** Each period's number of articles, by its URL. */
const counts = new Map<string, number>();
for (const day of DATES.map(berlinDay)) {
  for (const depth of [1, 2, 3]) {
    const url = archiveUrl(...day.slice(0, depth));
    counts.set(url, (counts.get(url) ?? 0) + 1);
  }
}
/** The archive's periods of one depth, oldest first. */
const periodsOf = (depth: number) =>
  [...counts.keys()].filter((url) => url.split("/").length === depth + 3).sort();

describe("the archive's ways onward", () => {
  let site: BuildResult;
  const page = (url: string): Promise<Root> => readPage(site.dist, `${url.slice(1)}index.html`);

  beforeAll(async () => {
    const content = await mkdtemp(join(tmpdir(), "kiosk-archive-"));
    await Promise.all(
      DATES.map((date, n) =>
        writeFile(
          join(content, `meldung-${n}.md`),
          `---\ntitle: Meldung ${n}\ndek: Kurzfassung ${n}.\ndate: ${date}\nsource: Kiosk-Testredaktion\n---\n\nText.\n`,
        ),
      ),
    );
    site = await buildSite({ KIOSK_CONTENT_DIR: content });
    expect(site.exitCode, site.output).toBe(0);
  });

  it("should head every archive page with its period's name as the page's h1 and title", async () => {
    for (const url of ["/archiv/", ...counts.keys()]) {
      const tree = await page(url);
      const h1 = textOf(tree, "h1").map((text) => text.trim());
      expect(h1, url).toHaveLength(1);
      expect(toString(select("title", tree)!), url).toContain(h1[0]!);
      expect(select("h1.section-label", tree), url).toBeUndefined();
    }
  });

  it("should lead from a day to its month, year and the archive by a breadcrumb ending at itself", async () => {
    for (const day of periodsOf(3)) {
      const crumbs = selectAll("nav[data-kiosk=breadcrumb] ol > li a", await page(day));
      const segments = day.split("/").filter(Boolean).slice(1);
      expect(crumbs.map((a) => a.properties["href"])).toEqual(
        [[], ...segments.map((_, index) => segments.slice(0, index + 1))].map((period) =>
          archiveUrl(...period),
        ),
      );
      expect(crumbs.map((a) => a.properties["ariaCurrent"] ?? null)).toEqual([null, null, null, "page"]);
    }
  });

  it("should link each day, month and year to the nearest ones with articles before and after", async () => {
    for (const depth of [1, 2, 3]) {
      const periods = periodsOf(depth);
      for (const [index, url] of periods.entries()) {
        const nav = select("nav[data-kiosk=period-nav]", await page(url));
        const link = (rel: string) => (nav && select(`a[rel=${rel}]`, nav)?.properties["href"]) ?? undefined;
        expect([link("prev"), link("next")], url).toEqual([periods[index - 1], periods[index + 1]]);
      }
    }
  });

  it("should show a month as a calendar whose linked days carry their number of articles", async () => {
    for (const month of periodsOf(2)) {
      const calendar = select("table[data-kiosk=calendar]", await page(month))!;
      expect(textOf(calendar, "thead th")).toHaveLength(7);
      const linked = selectAll("td a", calendar).map((a) => [
        a.properties["href"],
        Number(/\d+/.exec(textOf(a, ".calendar-count")[0]!)![0]),
      ]);
      const days = periodsOf(3).filter((day) => day.startsWith(month));
      expect(linked).toEqual(days.map((day) => [day, counts.get(day)]));
    }
  });

  it("should show a year as twelve months with their counts, linking only those with articles", async () => {
    for (const year of periodsOf(1)) {
      const months = selectAll("[data-kiosk=month-grid] > li", await page(year));
      expect(months).toHaveLength(12);
      const linked = months.flatMap((month) => {
        const a = select("a", month);
        return a ? [[a.properties["href"], Number(/\d+/.exec(textOf(a, ".month-count")[0]!)![0])]] : [];
      });
      const expected = periodsOf(2).filter((month) => month.startsWith(year));
      expect(linked).toEqual(expected.map((month) => [month, counts.get(month)]));
    }
  });
});

describe("the archive of a site younger than a year", () => {
  it("should show that year's twelve months on /archiv/, not a single line", async () => {
    const archive = await readPage(inject("siteDist"), "archiv/index.html");
    const years = selectAll("[data-kiosk=archive-index] a", archive);
    expect(years).toHaveLength(1);
    const year = String(years[0]!.properties["href"]);
    const months = selectAll("[data-kiosk=month-grid] > li", archive);
    expect(months).toHaveLength(12);
    const linked = selectAll("[data-kiosk=month-grid] a", archive);
    expect(linked.length).toBeGreaterThan(0);
    for (const a of linked) {
      expect(String(a.properties["href"])).toMatch(new RegExp(`^${year}\\d\\d/$`));
    }
  });
});
