import { DATE_LOCALES, dateFormatter, type DateLanguage } from "./german-date.ts";

/** A day of a month or a month of a year, with how many articles it has. */
export interface PeriodCount {
  /** Its number as the archive's URL writes it: "01" to "31", or to "12". */
  segment: string;
  count: number;
}

/** A week of the calendar, Monday first; days of the months around it are empty. */
export type CalendarWeek = (PeriodCount | undefined)[];

/**
 * The weeks of a month, each seven days from Monday (ISO 8601, as German and British
 * calendars print them), with each day's count of articles from `counts` (by the day's
 * two-digit number).
 *
 * @example monthCalendar("2026", "12", new Map([["05", 3]]))[0] // [undefined, { segment: "01", count: 0 }, …]
 */
export function monthCalendar(
  year: string,
  month: string,
  counts: ReadonlyMap<string, number>,
): CalendarWeek[] {
  const first = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  const length = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  // getUTCDay counts from Sunday; the calendar from Monday.
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (PeriodCount | undefined)[] = Array.from({ length: lead }, () => undefined);
  for (let n = 1; n <= length; n++) {
    const segment = String(n).padStart(2, "0");
    cells.push({ segment, count: counts.get(segment) ?? 0 });
  }
  while (cells.length % 7 !== 0) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * The twelve months of a year, "01" to "12", each with its count of articles from
 * `counts` (by the month's two-digit number).
 */
export function yearMonths(counts: ReadonlyMap<string, number>): PeriodCount[] {
  return Array.from({ length: 12 }, (_, index) => {
    const segment = String(index + 1).padStart(2, "0");
    return { segment, count: counts.get(segment) ?? 0 };
  });
}

/**
 * The weekdays from Monday, short for the calendar's column heads and long for
 * screen readers.
 *
 * @example weekdays("de")[0] // { short: "Mo", long: "Montag" }
 */
export function weekdays(language: DateLanguage): { short: string; long: string }[] {
  const name = (weekday: "short" | "long") => dateFormatter(DATE_LOCALES[language], "UTC", { weekday });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index));
    return { short: name("short").format(date).replace(/\.$/, ""), long: name("long").format(date) };
  });
}
