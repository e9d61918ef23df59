/**
 * In the page: the layout shifts since navigation, once fonts are in and two frames
 * drawn, with what moved (for the failure message).
 */
export async function layoutShifts() {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // Buffered: the entries so far are the observer's records as soon as it observes, to be
  // taken at once rather than waited for (none at all would never call it back).
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ type: "layout-shift", buffered: true });
  const entries = observer.takeRecords();
  observer.disconnect();
  type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
  const shifts = entries as Shift[];
  return {
    total: shifts.reduce((sum, entry) => sum + entry.value, 0),
    moved: shifts.flatMap((entry) => entry.sources.map((source) => source.node?.nodeName ?? "?")),
  };
}
