/** The periods either side of one in the archive: each only when it has articles. */
export interface PeriodNeighbours {
  /** The nearest period before it that has articles. */
  earlier?: readonly string[] | undefined;
  /** The nearest period after it that has articles. */
  later?: readonly string[] | undefined;
}

/**
 * The nearest periods before and after `period` among `periods` (all of one depth,
 * newest first, as `archivePeriods` gives them), whether or not `period` is among them.
 * Segments are fixed-width numbers, so their joined text sorts as the calendar does.
 *
 * @example periodNeighbours([["2026", "12"], ["2026", "10"], ["2025", "01"]], ["2026", "10"]) // { earlier: ["2025", "01"], later: ["2026", "12"] }
 */
export function periodNeighbours(
  periods: readonly (readonly string[])[],
  period: readonly string[],
): PeriodNeighbours {
  const key = period.join("/");
  // The first index whose period is not newer than `period`.
  let low = 0;
  let high = periods.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (periods[middle]!.join("/") > key) low = middle + 1;
    else high = middle;
  }
  const here = periods[low]?.join("/") === key;
  return { earlier: periods[here ? low + 1 : low], later: periods[low - 1] };
}
