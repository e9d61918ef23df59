import { describe, expect, it } from "vitest";
import { archiveDay, archivePeriods, periodLabel } from "../../src/lib/date-archive.ts";
import { formatLongDate } from "../../src/lib/german-date.ts";

describe("archiveDay", () => {
  it("should file an article by the newsroom's calendar day, not by UTC's", () => {
    expect(archiveDay(new Date("2023-12-19T23:30:00Z"), "Europe/Berlin")).toEqual({
      year: "2023",
      month: "12",
      day: "20",
    });
    expect(archiveDay(new Date("2023-06-30T21:59:00Z"), "Europe/Berlin")).toEqual({
      year: "2023",
      month: "06",
      day: "30",
    });
    expect(archiveDay(new Date("2023-06-30T22:00:00Z"), "Europe/Berlin")).toEqual({
      year: "2023",
      month: "07",
      day: "01",
    });
    expect(archiveDay(new Date("2023-12-20T03:00:00Z"), "America/New_York")).toEqual({
      year: "2023",
      month: "12",
      day: "19",
    });
  });

  it("should file a date alone by the day as written, whatever the newsroom's zone", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati"]) {
      expect(archiveDay(new Date("2023-12-20"), zone)).toEqual({ year: "2023", month: "12", day: "20" });
    }
  });
});

describe("archivePeriods", () => {
  it("should group by year, month or day, newest period first, keeping the items' order", () => {
    const items = [
      "2023-12-20T08:00:00Z",
      "2023-12-20T07:00:00Z",
      "2023-11-02T07:00:00Z",
      "2022-01-01T12:00:00Z",
    ];
    const byDay = archivePeriods(items, (item) => new Date(item), 3, "Europe/Berlin");
    expect(byDay.map(({ period, items }) => [period.join("-"), items.length])).toEqual([
      ["2023-12-20", 2],
      ["2023-11-02", 1],
      ["2022-01-01", 1],
    ]);
    expect(byDay[0]!.items).toEqual(items.slice(0, 2));
    expect(
      archivePeriods(items, (item) => new Date(item), 1, "Europe/Berlin").map(({ period }) => period),
    ).toEqual([["2023"], ["2022"]]);
  });
});

describe("periodLabel", () => {
  it("should name a day as every other date of the site is written, in either language", () => {
    for (const language of ["de", "en"] as const) {
      expect(periodLabel(["2023", "12", "20"], language)).toBe(
        formatLongDate(new Date("2023-12-20"), language, "Europe/Berlin"),
      );
    }
    expect(periodLabel(["2023", "12"], "de")).toBe("Dezember 2023");
    expect(periodLabel(["2023", "12"], "en")).toBe("December 2023");
    expect(periodLabel(["2023"], "de")).toBe("2023");
  });
});
