/**
 * Which search bundle an article belongs to: a period of its publication date. The
 * newest article's year is split into months, so that a publish re-indexes one month;
 * every earlier year is one bundle, or its halves, quarters or months when a coarser
 * period would hold more than `limit` articles, which bounds the indexer's memory
 * (docs/decisions/073). Periods follow from the articles alone, never from the clock:
 * the same articles always give the same bundles.
 */

/** Articles a closed period's bundle may hold before its year is split finer. */
export const PERIOD_LIMIT = 5000;

/** Finer and finer ways to cut a closed year, each a name for a month 1–12. */
const CUTS: readonly ((year: string, month: number) => string)[] = [
  (year) => year,
  (year, month) => `${year}-h${Math.ceil(month / 6)}`,
  (year, month) => `${year}-q${Math.ceil(month / 3)}`,
  (year, month) => `${year}-${String(month).padStart(2, "0")}`,
];

/** A date the periods can be read from: four digits of year and two of month first. */
export const PERIOD_DATE = /^(\d{4})-(\d{2})/;

/** `2023-12-20T09:30:00.000Z` → year and month, as the string says them. */
function yearMonth(date: string): { year: string; month: number } {
  const match = PERIOD_DATE.exec(date);
  if (!match) throw new Error(`${JSON.stringify(date)} is not an ISO date`);
  return { year: match[1]!, month: Number(match[2]) };
}

/**
 * The period of each date, in the order given.
 *
 * @example periodsOf(["2024-03-01", "2023-05-02"]) // ["2024-03", "2023"]
 */
export function periodsOf(dates: readonly string[], limit = PERIOD_LIMIT): string[] {
  const parsed = dates.map(yearMonth);
  const newest = parsed.reduce((max, { year }) => (year > max ? year : max), "");
  const byYear = Map.groupBy(parsed, ({ year }) => year);
  const cutOf = new Map<string, (year: string, month: number) => string>();
  for (const [year, inYear] of byYear) {
    const fits = (cut: (typeof CUTS)[number]) =>
      [...Map.groupBy(inYear, ({ month }) => cut(year, month)).values()].every(
        (part) => part.length <= limit,
      );
    cutOf.set(year, year === newest ? CUTS.at(-1)! : (CUTS.find(fits) ?? CUTS.at(-1)!));
  }
  return parsed.map(({ year, month }) => cutOf.get(year)!(year, month));
}
