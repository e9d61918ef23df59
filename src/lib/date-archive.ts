import {
  calendarDay,
  DATE_LOCALES,
  dateFormatter,
  formatLongDate,
  type CalendarDay,
  type DateLanguage,
} from "./german-date.ts";

/** A calendar day of the newsroom, as the archive's URL segments. */
export type ArchiveDay = CalendarDay;

/** Days already worked out: every archive and list page asks again for every article. */
const days = new Map<string, ArchiveDay>();

/**
 * The newsroom's calendar day of a date: an article published at 00:30 in Berlin
 * belongs to that day, though it is still the day before in UTC; a date alone is the
 * day as written.
 *
 * @example archiveDay(new Date("2023-12-19T23:30:00Z"), "Europe/Berlin") // { year: "2023", month: "12", day: "20" }
 */
export function archiveDay(date: Date, timeZone: string): ArchiveDay {
  const key = `${date.getTime()} ${timeZone}`;
  const known = days.get(key);
  if (known) return known;
  const day = calendarDay(date, timeZone);
  days.set(key, day);
  return day;
}

/** One year, month or day of the archive: its URL segments and what it holds. */
export interface ArchivePeriod<T> {
  period: string[];
  items: T[];
}

/**
 * Items grouped by year (`depth` 1), month (2) or day (3) of their date, newest period
 * first, each period's items in the order given.
 *
 * @example archivePeriods([{ d: new Date("2023-12-20") }], ({ d }) => d, 2, "Europe/Berlin")[0].period // ["2023", "12"]
 */
export function archivePeriods<T>(
  items: readonly T[],
  dateOf: (item: T) => Date,
  depth: 1 | 2 | 3,
  timeZone: string,
): ArchivePeriod<T>[] {
  const periods = new Map<string, ArchivePeriod<T>>();
  for (const item of items) {
    const { year, month, day } = archiveDay(dateOf(item), timeZone);
    const period = [year, month, day].slice(0, depth);
    const key = period.join("/");
    const entry = periods.get(key) ?? { period, items: [] };
    entry.items.push(item);
    periods.set(key, entry);
  }
  return [...periods.values()].sort((a, b) => b.period.join("/").localeCompare(a.period.join("/")));
}

/**
 * A year, month or day of the archive as readers name it, in the interface's language;
 * a day as every other date of the site is written.
 *
 * @example periodLabel(["2023", "12"], "de") // "Dezember 2023"
 * @example periodLabel(["2023", "12", "20"], "en") // "20 December 2023"
 */
export function periodLabel(period: readonly string[], language: DateLanguage): string {
  const [year, month = 1, day = 1] = period.map(Number);
  // A day of the calendar, shown as written whatever the newsroom's zone.
  const date = new Date(Date.UTC(year!, month - 1, day));
  if (period.length === 3) return formatLongDate(date, language, "UTC");
  const parts: Intl.DateTimeFormatOptions =
    period.length === 1 ? { year: "numeric" } : { year: "numeric", month: "long" };
  return dateFormatter(DATE_LOCALES[language], "UTC", parts).format(date);
}

/**
 * The last segment of a period as a breadcrumb names it below its parent: the year,
 * the month's name, the day's number.
 *
 * @example periodStep(["2026", "12"], "de") // "Dezember"
 * @example periodStep(["2026", "12", "05"], "de") // "5."
 */
export function periodStep(period: readonly string[], language: DateLanguage): string {
  const [year, month = 1, day = 1] = period.map(Number);
  if (period.length === 1) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day));
  const format = (options: Intl.DateTimeFormatOptions) =>
    dateFormatter(DATE_LOCALES[language], "UTC", options);
  if (period.length === 2) return format({ month: "long" }).format(date);
  // The day as it stands before the month's name: "5." in German, "5" in English.
  const parts = format({ day: "numeric", month: "long" }).formatToParts(date);
  const at = parts.findIndex(({ type }) => type === "day");
  return `${parts[at]!.value}${parts[at + 1]?.value.trim() ?? ""}`;
}
