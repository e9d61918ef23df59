/** The newsroom's time zone when its settings name none: dates and times are shown in it. */
export const DEFAULT_TIME_ZONE = "Europe/Berlin";

/** The locale each interface language writes dates in. */
export const DATE_LOCALES = { de: "de-DE", en: "en-GB" } as const;

export type DateLanguage = keyof typeof DATE_LOCALES;

/** A calendar day, as the archive's URL segments. */
export interface CalendarDay {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter a locale, zone and style: each costs far more to make than to use. */
export function dateFormatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return format;
}

/**
 * Whether a date names a day alone. A frontmatter date without a time is read as
 * midnight UTC, by Astro's YAML parser and by the check alike, and nothing else tells
 * it from a date-time at that moment (docs/decisions/093).
 *
 * @example isDateOnly(new Date("2023-12-20")) // true
 * @example isDateOnly(new Date("2023-12-20T09:30:00+01:00")) // false
 */
export function isDateOnly(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

/**
 * The zone a date is shown in: a date alone is the day as written, whatever the
 * newsroom's zone; a date-time is the newsroom's clock.
 */
function zoneOf(date: Date, timeZone: string): string {
  return isDateOnly(date) ? "UTC" : timeZone;
}

/**
 * The calendar day of a date: the day as written for a date alone, the newsroom's day
 * for a date-time (00:30 in Berlin is that day, though still the day before in UTC).
 *
 * @example calendarDay(new Date("2023-12-19T23:30:00Z"), "Europe/Berlin") // { year: "2023", month: "12", day: "20" }
 */
export function calendarDay(date: Date, timeZone: string): CalendarDay {
  const numeric = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
  const parts = dateFormatter("en-CA", zoneOf(date, timeZone), numeric).formatToParts(date);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return { year: part("year"), month: part("month"), day: part("day") };
}

/**
 * The date as readers of the interface's language write it, without its time.
 *
 * @example formatLongDate(new Date("2023-12-20"), "en", "Europe/Berlin") // "20 December 2023"
 */
export function formatLongDate(date: Date, lang: DateLanguage, timeZone: string): string {
  return dateFormatter(DATE_LOCALES[lang], zoneOf(date, timeZone), { dateStyle: "long" }).format(date);
}

/**
 * The clock time on the newsroom's clock, as the language writes it.
 *
 * @example formatClockTime(new Date("2026-12-05T15:05:00Z"), "de", "Europe/Berlin") // "16:05 Uhr"
 * @example formatClockTime(new Date("2026-12-05T15:05:00Z"), "en", "Europe/Berlin") // "4:05 pm"
 */
export function formatClockTime(date: Date, lang: DateLanguage, timeZone: string): string {
  const clock = { hour: "numeric", minute: "2-digit", hour12: lang === "en" } as const;
  const time = dateFormatter(DATE_LOCALES[lang], timeZone, clock).format(date);
  return lang === "de" ? `${time} Uhr` : time;
}

/**
 * A date with its clock time, or the date alone for a date without one.
 *
 * @example formatDateTime(new Date("2026-12-05T06:45:00Z"), "de", "Europe/Berlin") // "5. Dezember 2026, 7:45 Uhr"
 * @example formatDateTime(new Date("2023-12-20"), "de", "Europe/Berlin") // "20. Dezember 2023"
 */
export function formatDateTime(date: Date, lang: DateLanguage, timeZone: string): string {
  return withClockTime(formatLongDate(date, lang, timeZone), date, lang, timeZone);
}

/**
 * A date with its clock time in few characters, for lists of headlines, as a ticker
 * gives it; the date alone for a date without a time.
 *
 * @example formatShortDateTime(new Date("2026-12-05T15:05:00Z"), "de", "Europe/Berlin") // "05.12.2026, 16:05 Uhr"
 * @example formatShortDateTime(new Date("2026-12-05T15:05:00Z"), "en", "Europe/Berlin") // "5 Dec 2026, 4:05 pm"
 */
export function formatShortDateTime(date: Date, lang: DateLanguage, timeZone: string): string {
  const short =
    lang === "de"
      ? ({ day: "2-digit", month: "2-digit", year: "numeric" } as const)
      : ({ day: "numeric", month: "short", year: "numeric" } as const);
  const day = dateFormatter(DATE_LOCALES[lang], zoneOf(date, timeZone), short).format(date);
  return withClockTime(day, date, lang, timeZone);
}

/** A written day followed by the date's clock time, unless the date has none. */
function withClockTime(day: string, date: Date, lang: DateLanguage, timeZone: string): string {
  return isDateOnly(date) ? day : `${day}, ${formatClockTime(date, lang, timeZone)}`;
}

/**
 * An update as the meta line gives it: its clock time alone when it has one and falls
 * on the day of publication, else its date (and time).
 *
 * @example formatUpdate(new Date("2026-12-05T06:45:00Z"), new Date("2026-12-05T15:05:00Z"), "de", "Europe/Berlin") // { sameDay: true, text: "16:05 Uhr" }
 */
export function formatUpdate(
  published: Date,
  updated: Date,
  lang: DateLanguage,
  timeZone: string,
): { sameDay: boolean; text: string } {
  const [a, b] = [calendarDay(published, timeZone), calendarDay(updated, timeZone)];
  const sameDay = !isDateOnly(updated) && a.year === b.year && a.month === b.month && a.day === b.day;
  return {
    sameDay,
    text: sameDay ? formatClockTime(updated, lang, timeZone) : formatDateTime(updated, lang, timeZone),
  };
}

/**
 * The machine-readable value of a date (`<time datetime>`, JSON-LD, the news sitemap):
 * the day alone for a date without a time, the full instant otherwise.
 *
 * @example isoDatetime(new Date("2023-12-20")) // "2023-12-20"
 */
export function isoDatetime(date: Date): string {
  const iso = date.toISOString();
  return isDateOnly(date) ? iso.slice(0, 10) : iso;
}

/** How far the newsroom's clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const clock = {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
  } as const;
  const parts = dateFormatter("en-US", timeZone, clock).formatToParts(instant);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The moment a format that needs a time (RSS, JSON Feed) gives for a date: a date alone
 * stands for the start of its day in the newsroom's zone, a date-time for itself.
 *
 * @example feedInstant(new Date("2023-12-20"), "Europe/Berlin") // 2023-12-19T23:00:00.000Z
 */
export function feedInstant(date: Date, timeZone: string): Date {
  if (!isDateOnly(date)) return date;
  const midnight = date.getTime();
  const day = date.toISOString().slice(0, 10);
  // Where the clock changes near the day's start, the offset then differs from the one at
  // midnight UTC: of the moments either offset gives, the day starts at the earliest
  // that is already that day on the newsroom's clock.
  const atMidnight = zoneOffset(midnight, timeZone);
  const offsets = [atMidnight, zoneOffset(midnight - atMidnight, timeZone)];
  const numeric = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
  const starts = offsets
    .map((offset) => midnight - offset)
    .filter((start) => dateFormatter("en-CA", timeZone, numeric).format(start) === day);
  // A day the zone skipped (Pacific/Apia, 30 December 2011) has no moment of its own.
  return new Date(starts.length > 0 ? Math.min(...starts) : midnight - atMidnight);
}

/**
 * Whether a name is a time zone of the IANA database that Intl knows, and its
 * canonical spelling.
 *
 * @example ianaTimeZone("europe/berlin") // "Europe/Berlin"
 * @example ianaTimeZone("+01:00") // undefined
 */
export function ianaTimeZone(name: string): string | undefined {
  // Intl takes offsets such as +01:00 too; they know no summer time, so no newsroom's clock.
  if (!/^[A-Za-z]/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
