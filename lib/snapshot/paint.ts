/**
 * The page's own paint timings and long tasks, as the browser recorded them
 * up to now (ms from navigation start): first contentful paint, the latest
 * largest-contentful-paint candidate, the longest main-thread task and the
 * total blocking time after the first paint. Read from the performance
 * timeline with buffered observers, taken at once (no waiting), so it fits
 * the snapshot's single pass. Indicative: one load, on the inspector's
 * machine, with whatever was cached.
 */

export interface PaintTimings {
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  longestTask: number | null;
  totalBlockingTime: number | null;
}

/** Entries of one type the browser buffered, read at once (none where the type is not supported). */
function buffered(win: Window & typeof globalThis, type: string): PerformanceEntry[] {
  try {
    const Observer = win.PerformanceObserver;
    if (typeof Observer !== 'function' || !(Observer.supportedEntryTypes ?? []).includes(type)) return [];
    const observer = new Observer(() => undefined);
    observer.observe({ type, buffered: true });
    const records = observer.takeRecords();
    observer.disconnect();
    return records;
  } catch {
    return [];
  }
}

const round = (n: number): number => Math.max(0, Math.round(n));

/** Blocking time of long tasks: what each spends beyond 50 ms, after the first contentful paint. */
export function blockingTime(tasks: ReadonlyArray<{ startTime: number; duration: number }>, fcp: number | null): number {
  let total = 0;
  for (const t of tasks) if (fcp === null || t.startTime + t.duration > fcp) total += Math.max(0, t.duration - 50);
  return total;
}

export function readPaintTimings(win: (Window & typeof globalThis) | null | undefined): PaintTimings | null {
  if (!win?.performance) return null;
  let fcp: number | null = null;
  try {
    const paint = win.performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    fcp = paint ? paint.startTime : null;
  } catch {
    fcp = null;
  }
  if (fcp === null) {
    const paint = buffered(win, 'paint').find((e) => e.name === 'first-contentful-paint');
    fcp = paint ? paint.startTime : null;
  }
  const lcpEntries = buffered(win, 'largest-contentful-paint');
  const lcp = lcpEntries.length > 0 ? lcpEntries[lcpEntries.length - 1]!.startTime : null;
  const tasks = buffered(win, 'longtask');
  const longest = tasks.reduce<number | null>((m, t) => (m === null || t.duration > m ? t.duration : m), null);
  if (fcp === null && lcp === null && longest === null) return null;
  return {
    firstContentfulPaint: fcp === null ? null : round(fcp),
    largestContentfulPaint: lcp === null ? null : round(lcp),
    longestTask: longest === null ? (tasks.length === 0 && 'PerformanceLongTaskTiming' in win ? 0 : null) : round(longest),
    totalBlockingTime: longest === null && !('PerformanceLongTaskTiming' in win) ? null : round(blockingTime(tasks, fcp)),
  };
}
