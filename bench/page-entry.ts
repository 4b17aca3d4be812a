/**
 * What the benchmark injects into the page: the product's own snapshot and
 * criteria code (the very modules the extension ships), bundled by
 * bench/bundle.ts into one IIFE, plus the measurements, which run inside
 * the page so no round trip to the driver is timed. Exposed as
 * `globalThis.__dvcBench`.
 */
import { auditPage, evaluateCriterion } from '../lib/audit/evaluate';
import { DEFAULT_PROFILE } from '../lib/criteria';
import { buildSnapshot, buildSnapshotAsync } from '../lib/snapshot/build';

const criteria = DEFAULT_PROFILE.criteria;

/** The page's JS heap, exact with --enable-precise-memory-info. */
function heapUsed(): number {
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}
function gc(): void {
  (globalThis as unknown as { gc?: () => void }).gc?.();
}

/**
 * The physical floor: one bare TreeWalker pass over every element, reading
 * its tag name, every attribute's name and value, and its own text nodes.
 * Nothing is kept but a checksum, so the engine cannot skip the reads.
 * (getAttributeNames, not el.attributes: that one makes an Attr object per
 * attribute, which costs more than the snapshot's own reads.)
 */
function floor(): { ms: number; elements: number; checksum: number } {
  gc();
  const t0 = performance.now();
  const root = document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let elements = 0;
  let checksum = 0;
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const el = node as Element;
    elements++;
    checksum += el.tagName.length;
    if (el.hasAttributes()) for (const name of el.getAttributeNames()) checksum += name.length + (el.getAttribute(name) ?? '').length;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) checksum += (c.nodeValue ?? '').length;
  }
  return { ms: performance.now() - t0, elements, checksum };
}

/** The snapshot alone, as the injected script builds it (synchronous walk). */
function snapshot(url: string): { ms: number; elementCount: number } {
  gc();
  const t0 = performance.now();
  const s = buildSnapshot(document, { url });
  return { ms: performance.now() - t0, elementCount: s.stats.elementCount };
}

/** The full audit: snapshot, then all 83 criteria. */
function audit(url: string): { ms: number; snapshotMs: number; criteriaMs: number; bytes: number; truncated: string[]; metCount: number } {
  gc();
  const t0 = performance.now();
  const s = buildSnapshot(document, { url });
  const t1 = performance.now();
  const result = auditPage(s, criteria);
  const t2 = performance.now();
  const bytes = new TextEncoder().encode(JSON.stringify(s)).length;
  const metCount = Object.values(result.findings).filter((f) => f.state === 'met').length;
  return { ms: t2 - t0, snapshotMs: t1 - t0, criteriaMs: t2 - t1, bytes, truncated: s.stats.truncated, metCount };
}

/** Milliseconds per criterion over one snapshot (median of `reps`), slowest first. */
function criteriaProfile(url: string, reps = 5): Array<{ id: string; ms: number }> {
  const s = buildSnapshot(document, { url });
  const rows = criteria.map((c) => {
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      evaluateCriterion(c, s);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { id: c.id, ms: times[Math.floor(times.length / 2)]! };
  });
  return rows.sort((a, b) => b.ms - a.ms);
}

/**
 * JS heap of the page while it is read (the page's share of an audit; the
 * criteria run in the extension): the base after a GC, the peak sampled
 * between the slices of the chunked walk and at its end, and what the
 * snapshot keeps once built.
 */
async function heap(url: string): Promise<{ base: number; peak: number; retained: number; exact: boolean }> {
  gc();
  const base = heapUsed();
  let peak = base;
  const sample = () => (peak = Math.max(peak, heapUsed()));
  const pause = () =>
    new Promise<void>((resolve) => {
      sample();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  const s = await buildSnapshotAsync(document, { url, yieldToPage: pause });
  sample();
  gc();
  const retained = heapUsed() - base;
  void s;
  return { base, peak, retained, exact: typeof (globalThis as { gc?: unknown }).gc === 'function' };
}

/**
 * Responsiveness of the page during an audit: the page's share of it (the
 * injected walk, chunked or not, and the clone of its result), with the
 * page's event loop watched two ways: Long Tasks
 * (tasks over 50 ms) and the largest gap between MessageChannel ticks (a
 * tick is queued again as soon as it runs, so a gap is the time the main
 * thread was held).
 */
async function responsiveness(url: string, mode: 'async' | 'sync'): Promise<{ ms: number; longestTask: number; longTasks: number; maxGap: number }> {
  gc();
  const tasks: number[] = [];
  // Only tasks that start once the audit has started count: the task this
  // measurement itself runs in (with its GC above) is not the audit's.
  let from = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= from) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  let ticking = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (ticking) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  from = t0;
  // Started from a task of its own, as executeScript starts the injected script.
  const ms = await new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      const run = async () => {
        // What runs in the page: the injected script's walk, and the clone of
        // its result that crosses to the extension. (The criteria run in the
        // extension's background, not in the page.)
        const s = mode === 'async' ? await buildSnapshotAsync(document, { url }) : buildSnapshot(document, { url });
        structuredClone(s);
        return performance.now() - t0;
      };
      run().then(resolve, reject);
    }, 0);
  });
  await new Promise((r) => setTimeout(r, 100));
  ticking = false;
  // Long task entries are delivered asynchronously.
  await new Promise((r) => setTimeout(r, 50));
  for (const e of observer.takeRecords()) if (e.startTime >= from) tasks.push(e.duration);
  observer.disconnect();
  channel.port1.close();
  return { ms, longestTask: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length, maxGap };
}

(globalThis as unknown as { __dvcBench: unknown }).__dvcBench = {
  floor,
  snapshot,
  audit,
  criteriaProfile,
  heap,
  responsiveness,
  elementCount: () => document.getElementsByTagName('*').length,
  criteriaCount: criteria.length,
};
