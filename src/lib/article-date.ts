import { calendarDay } from "./german-date.ts";

/**
 * Strict ISO 8601 dates for frontmatter: `YYYY-MM-DD` or a date-time with seconds
 * optional and an explicit offset (`Z` or `±hh:mm`). YAML parsers roll impossible days
 * over (2023-02-30 becomes 2 March); Kiosk refuses them instead.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** The offsets of the world's time zones run from UTC-12:00 to UTC+14:00; ISO allows ±14:00. */
const LARGEST_OFFSET_MINUTES = 14 * 60;

/**
 * The moments a date may name, in UTC: years of four digits, which pages, archive URLs,
 * feeds and the search index all hold, and which JavaScript does not read as 19xx. The
 * newsroom's clock must not reach year 10000 either: pages show its dates.
 */
export const EARLIEST_DATE = new Date("1000-01-01T00:00:00Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");

/**
 * Parse an ISO date or date-time, or explain why it is not one; `timeZone` is the
 * newsroom's, whose clock must show the date too.
 *
 * @example parseArticleDate("2023-12-20", "Europe/Berlin") // { date: 2023-12-20T00:00:00.000Z }
 * @example parseArticleDate("2023-02-30", "UTC") // { error: "2023-02-30 is not a day of the calendar" }
 * @example parseArticleDate("2024-04-08T10:00:00+25:00", "UTC") // { error: "+25:00 in … is not a time zone offset: …" }
 * @example parseArticleDate("9999-12-31T23:30:00-01:00", "UTC") // { error: "… is outside the dates Kiosk publishes: …" }
 */
export function parseArticleDate(value: string, timeZone: string): { date: Date } | { error: string } {
  const match = ISO_DATE.exec(value.trim());
  if (!match) {
    return {
      error: `expected an ISO date (2023-12-20) or date-time with offset (2023-12-20T09:30:00+01:00), found "${value}"`,
    };
  }
  const [, y, m, d, hh = "00", mm = "00", ss = "00", offset, offsetH = "00", offsetM = "00"] = match.map(
    (part) => part ?? undefined,
  );
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const written = new Date(0);
  written.setUTCFullYear(year, month - 1, day);
  if (written.getUTCMonth() !== month - 1 || written.getUTCDate() !== day) {
    return { error: `${y}-${m}-${d} is not a day of the calendar` };
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return { error: `${value} is not a time of day` };
  }
  if (Number(offsetM) > 59 || Number(offsetH) * 60 + Number(offsetM) > LARGEST_OFFSET_MINUTES) {
    return { error: `${offset} in ${value} is not a time zone offset: they run from -14:00 to +14:00` };
  }
  const date = new Date(value.trim());
  if (
    date < EARLIEST_DATE ||
    date > LATEST_DATE ||
    newsroomYear(date, timeZone) > LATEST_DATE.getUTCFullYear()
  ) {
    return {
      error: `${value.trim()} is outside the dates Kiosk publishes: 1000-01-01 to 9999-12-31, in UTC and in ${timeZone}`,
    };
  }
  return { date };
}

/** The year a moment falls in on the newsroom's clock, which pages and the archive show. */
function newsroomYear(date: Date, timeZone: string): number {
  return Number(calendarDay(date, timeZone).year);
}

/**
 * Parse an ISO date-time with its offset, as for a correction, which happened at a
 * moment of a day: a bare date is refused, whatever else `parseArticleDate` refuses too.
 *
 * @example parseArticleDateTime("2023-12-21T10:00:00+01:00", "Europe/Berlin") // { date: 2023-12-21T09:00:00.000Z }
 * @example parseArticleDateTime("2023-12-21", "Europe/Berlin") // { error: "expected an ISO date-time with offset …" }
 */
export function parseArticleDateTime(value: string, timeZone: string): { date: Date } | { error: string } {
  if (!value.includes("T")) {
    return {
      error: `expected an ISO date-time with offset (2023-12-21T10:00:00+01:00), found "${value}": give the time of the correction`,
    };
  }
  return parseArticleDate(value, timeZone);
}
