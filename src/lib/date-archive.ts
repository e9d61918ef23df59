import { DATE_LOCALES, formatLongDate, TIME_ZONE } from "./german-date.ts";

/** A calendar day of the newsroom's time zone, as the archive's URL segments. */
export interface ArchiveDay {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

const calendarDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Days already worked out: every archive and list page asks again for every article. */
const days = new Map<number, ArchiveDay>();

/**
 * The newsroom's calendar day of an instant: an article published at 00:30 in Berlin
 * belongs to that day, though it is still the day before in UTC.
 *
 * @example archiveDay(new Date("2023-12-19T23:30:00Z")) // { year: "2023", month: "12", day: "20" }
 */
export function archiveDay(date: Date): ArchiveDay {
  const known = days.get(date.getTime());
  if (known) return known;
  const parts = Object.fromEntries(calendarDay.formatToParts(date).map(({ type, value }) => [type, value]));
  const day = { year: parts["year"]!, month: parts["month"]!, day: parts["day"]! };
  days.set(date.getTime(), day);
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
 * @example archivePeriods([{ d: new Date("2023-12-20") }], ({ d }) => d, 2)[0].period // ["2023", "12"]
 */
export function archivePeriods<T>(
  items: readonly T[],
  dateOf: (item: T) => Date,
  depth: 1 | 2 | 3,
): ArchivePeriod<T>[] {
  const periods = new Map<string, ArchivePeriod<T>>();
  for (const item of items) {
    const { year, month, day } = archiveDay(dateOf(item));
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
export function periodLabel(period: readonly string[], language: keyof typeof DATE_LOCALES): string {
  const [year, month = 1, day = 1] = period.map(Number);
  // Noon UTC falls on the same calendar day in the newsroom's zone.
  const date = new Date(Date.UTC(year!, month - 1, day, 12));
  if (period.length === 3) return formatLongDate(date, language);
  const parts: Intl.DateTimeFormatOptions =
    period.length === 1 ? { year: "numeric" } : { year: "numeric", month: "long" };
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { ...parts, timeZone: TIME_ZONE }).format(date);
}
