import { describe, expect, it } from "vitest";
import { monthCalendar, weekdays, yearMonths } from "../../src/lib/archive-calendar.ts";
import { periodLabel, periodStep } from "../../src/lib/date-archive.ts";
import { periodNeighbours } from "../../src/lib/period-neighbours.ts";

const key = (period: readonly string[] | undefined) => period?.join("/");

describe("periodNeighbours", () => {
  // Days of a sparse archive, newest first, as archivePeriods gives them.
  const days = ["2026/12/05", "2026/12/01", "2026/11/30", "2025/01/31", "2024/02/29"].map((day) =>
    day.split("/"),
  );

  it("should find the nearest period with articles either side, as a search through all would", () => {
    const probes = [
      ...days,
      ["2026", "12", "06"],
      ["2026", "12", "03"],
      ["2025", "06", "01"],
      ["2020", "01", "01"],
    ];
    for (const probe of probes) {
      const others = days.map(key).filter((day) => day !== key(probe));
      const earlier = others
        .filter((day) => day! < key(probe)!)
        .sort()
        .at(-1);
      const later = others.filter((day) => day! > key(probe)!).sort()[0];
      const found = periodNeighbours(days, probe);
      expect([key(found.earlier), key(found.later)], key(probe)).toEqual([earlier, later]);
    }
  });

  it("should have no neighbour at the ends, and none in an empty archive", () => {
    expect(periodNeighbours(days, days[0]!).later).toBeUndefined();
    expect(periodNeighbours(days, days.at(-1)!).earlier).toBeUndefined();
    expect(periodNeighbours([], ["2026"])).toEqual({ earlier: undefined, later: undefined });
  });
});

describe("monthCalendar", () => {
  it("should set every day of every month under its weekday, Monday first, in weeks of seven", () => {
    const mondayFirst = weekdays("en").map(({ long }) => long);
    for (let year = 2023; year <= 2028; year++) {
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, "0");
        const weeks = monthCalendar(String(year), mm, new Map());
        expect(weeks.every((week) => week.length === 7)).toBe(true);
        const cells = weeks.flat();
        const days = cells.filter((cell) => cell !== undefined).map((cell) => Number(cell.segment));
        const length = new Date(year, month, 0).getDate();
        expect(days).toEqual(Array.from({ length }, (_, index) => index + 1));
        for (const [index, cell] of cells.entries()) {
          if (!cell) continue;
          const date = new Date(Date.UTC(year, month - 1, Number(cell.segment)));
          const weekday = date.toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" });
          expect(mondayFirst[index % 7], `${year}-${mm}-${cell.segment}`).toBe(weekday);
        }
        // No week of empty days at either end.
        expect(weeks[0]!.some(Boolean) && weeks.at(-1)!.some(Boolean)).toBe(true);
      }
    }
  });

  it("should give each day its own count and the others none", () => {
    const counts = new Map([
      ["05", 3],
      ["31", 1],
    ]);
    const cells = monthCalendar("2026", "12", counts)
      .flat()
      .filter((cell) => cell !== undefined);
    for (const { segment, count } of cells) expect(count, segment).toBe(counts.get(segment) ?? 0);
  });
});

describe("yearMonths", () => {
  it("should list all twelve months in order, with their counts or none", () => {
    const counts = new Map([["03", 7]]);
    const months = yearMonths(counts);
    expect(months.map(({ segment }) => Number(segment))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const { segment, count } of months) expect(count).toBe(counts.get(segment) ?? 0);
  });
});

describe("weekdays and periodStep", () => {
  it("should name the weekdays from Monday, the short name the start of the long one", () => {
    for (const language of ["de", "en"] as const) {
      const names = weekdays(language);
      const monday = new Date(Date.UTC(2026, 11, 7)).toLocaleDateString(language, {
        weekday: "long",
        timeZone: "UTC",
      });
      expect(names[0]!.long).toBe(monday);
      for (const { short, long } of names) expect(long.startsWith(short)).toBe(true);
    }
  });

  it("should name each step of a breadcrumb by the last part of its period, as dates write it", () => {
    for (const language of ["de", "en"] as const) {
      const month = new Date(Date.UTC(2026, 11, 5)).toLocaleDateString(language, {
        month: "long",
        timeZone: "UTC",
      });
      expect(periodStep(["2026"], language)).toBe("2026");
      expect(periodStep(["2026", "12"], language)).toBe(month);
      // The day as the full date writes it before the month: "5." in German.
      const [day] = periodLabel(["2026", "12", "05"], language).split(month);
      expect(periodStep(["2026", "12", "05"], language)).toBe(day!.trim());
    }
    expect(periodStep(["2026", "12", "05"], "de")).toMatch(/\.$/);
  });
});
