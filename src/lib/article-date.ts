/**
 * Strict ISO 8601 dates for frontmatter: `YYYY-MM-DD` or a date-time with seconds
 * optional and an explicit offset (`Z` or `±hh:mm`). YAML parsers roll impossible days
 * over (2023-02-30 becomes 2 March); Kiosk refuses them instead.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Parse an ISO date or date-time, or explain why it is not one.
 *
 * @example parseArticleDate("2023-12-20") // { date: 2023-12-20T00:00:00.000Z }
 * @example parseArticleDate("2023-02-30") // { error: "2023-02-30 is not a day of the calendar" }
 */
export function parseArticleDate(value: string): { date: Date } | { error: string } {
  const match = ISO_DATE.exec(value.trim());
  if (!match) {
    return {
      error: `expected an ISO date (2023-12-20) or date-time with offset (2023-12-20T09:30:00+01:00), found "${value}"`,
    };
  }
  const [, y, m, d, hh = "00", mm = "00", ss = "00"] = match.map((part) => part ?? undefined);
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) {
    return { error: `${y}-${m}-${d} is not a day of the calendar` };
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return { error: `${value} is not a time of day` };
  }
  return { date: new Date(value.trim()) };
}
