import type { Browser } from 'playwright-core';
import type { PageAudit } from '../../lib/audit/model';
import type { Locale } from '../../lib/i18n/strings';
import type { MeasuredPerformance } from '../../lib/snapshot/schema';
import { hostIsInternal } from '../net/guard';
import { chromiumPath, launchChromium } from './chromium';
import { PageWatch, navigationFailure } from './page';

/**
 * Load performance of key pages measured in headless Chromium: each run a
 * cold load in a fresh browser context (no cache, no cookies), as a citizen
 * opening the page for the first time; the page's own paint timings and
 * long tasks read from the performance timeline once it has loaded and gone
 * quiet; medians over the runs. Requests stay on the portal (the same
 * watch as an audit's).
 *
 * Speed Index is not measured: it needs every frame of the load recorded
 * and analysed (Lighthouse's speedline). Lighthouse 12 as a library would
 * add about 100 MB of dependencies and a full Lighthouse run per load
 * (tens of seconds each on a shared two-core machine) for one of the four
 * metrics, so HN-03 says plainly "not measured" instead.
 */

export interface PerformanceOptions {
  runs: number;
  userAgent: string;
  /** Time for one load to reach "load" (ms). */
  timeoutMs: number;
  /** Longest wait after "load" for the page to go quiet, so a late largest paint is seen (ms). */
  settleMs?: number;
  chromium?: string | null;
  /** Other addresses of the portal the page may load from. */
  sites?: readonly URL[];
  /** A browser to use (the caller closes it); one is launched otherwise. */
  browser?: Browser;
}

type Sample = MeasuredPerformance['samples'][number];

/**
 * Read in an isolated world (the page's scripts cannot alter it): paint
 * entries, then the buffered largest-contentful-paint and long-task entries.
 * Total blocking time counts each long task's time beyond 50 ms after the
 * first contentful paint (Lighthouse counts up to "time to interactive";
 * here, up to the moment the page went quiet).
 */
const READ_TIMINGS = `(() => {
  const take = (type) => {
    try {
      if (!(PerformanceObserver.supportedEntryTypes || []).includes(type)) return [];
      const o = new PerformanceObserver(() => {});
      o.observe({ type, buffered: true });
      const r = o.takeRecords();
      o.disconnect();
      return r;
    } catch (e) { return []; }
  };
  const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  const fcp = paint ? paint.startTime : null;
  const lcps = take('largest-contentful-paint');
  const lcp = lcps.length ? lcps[lcps.length - 1].startTime : null;
  const tasks = take('longtask');
  let longest = 0, tbt = 0;
  for (const t of tasks) {
    longest = Math.max(longest, t.duration);
    if (fcp === null || t.startTime + t.duration > fcp) tbt += Math.max(0, t.duration - 50);
  }
  return JSON.stringify({ firstContentfulPaint: fcp, largestContentfulPaint: lcp, longestTask: longest, totalBlockingTime: tbt });
})()`;

const round = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null);

export function median(values: ReadonlyArray<number | null>): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : Math.round((v[mid - 1]! + v[mid]!) / 2);
}

/** One cold load of the page, its timings read once it is quiet. */
async function measureOnce(browser: Browser, url: URL, opts: PerformanceOptions, allowInternal: boolean): Promise<Sample> {
  const context = await browser.newContext({ userAgent: opts.userAgent, serviceWorkers: 'block' });
  let watch: PageWatch | null = null;
  try {
    const page = await context.newPage();
    watch = await PageWatch.attach(page, { sites: [url, ...(opts.sites ?? [])], allowInternal });
    let response;
    try {
      response = await page.goto(url.href, { waitUntil: 'load', timeout: opts.timeoutMs });
    } catch (err) {
      throw navigationFailure(err, watch, opts.timeoutMs);
    }
    if (watch.refusal) throw watch.refusal;
    if (!response || response.status() >= 400) throw new Error(`answered HTTP ${response?.status() ?? 'nothing'}`);
    // Quiet for a second (no request, no DOM change): a largest paint after "load" is still seen.
    await watch.settle({ quietMs: 1000, maxMs: opts.settleMs ?? 8000 });
    const cdp = await context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'dvc-inspector-performance' })) as {
      executionContextId: number;
    };
    const reply = (await cdp.send('Runtime.evaluate', { expression: READ_TIMINGS, contextId: executionContextId, returnByValue: true })) as { result: { value?: unknown } };
    await cdp.detach().catch(() => undefined);
    const raw = JSON.parse(typeof reply.result.value === 'string' ? reply.result.value : '{}') as Record<string, number | null>;
    return {
      firstContentfulPaint: round(raw.firstContentfulPaint),
      largestContentfulPaint: round(raw.largestContentfulPaint),
      totalBlockingTime: round(raw.totalBlockingTime),
      longestTask: round(raw.longestTask),
    };
  } finally {
    await watch?.detach();
    await context.close().catch(() => undefined);
  }
}

/** Medians of `runs` cold loads of one page. */
export async function measurePerformance(address: string, opts: PerformanceOptions): Promise<MeasuredPerformance> {
  const url = new URL(address);
  const runs = Math.max(1, Math.min(20, Math.floor(opts.runs)));
  const allowInternal = await hostIsInternal(url.hostname);
  const browser = opts.browser ?? (await launchChromium(chromiumPath(opts.chromium)));
  try {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, url, opts, allowInternal));
    return {
      runs,
      firstContentfulPaint: median(samples.map((s) => s.firstContentfulPaint)),
      largestContentfulPaint: median(samples.map((s) => s.largestContentfulPaint)),
      totalBlockingTime: median(samples.map((s) => s.totalBlockingTime)),
      longestTask: median(samples.map((s) => s.longestTask)),
      speedIndex: null,
      samples,
      measuredAt: new Date().toISOString(),
    };
  } finally {
    if (!opts.browser) await browser.close().catch(() => undefined);
  }
}

/** The page types whose load the 2024 scale most likely measures, in the order they are picked. */
export const KEY_PAGE_TYPES = ['home', 'catalogue', 'procedure', 'lookup'] as const;

/** The first page of each key type (crawl order); the start page stands for the home page when none was recognised. */
export function keyPages(pages: readonly PageAudit[]): PageAudit[] {
  const out: PageAudit[] = [];
  for (const type of KEY_PAGE_TYPES) {
    const page = pages.find((p) => p.pageType === type);
    if (page && !out.includes(page)) out.push(page);
  }
  if (!out.some((p) => p.pageType === 'home') && pages[0] && !out.includes(pages[0])) out.unshift(pages[0]);
  return out;
}

const s = (ms: number | null, lang: Locale) => (ms === null ? '—' : `${(ms / 1000).toFixed(2).replace('.', lang === 'vi' ? ',' : '.')} s`);

/** The measurements as text lines for the summary (thresholds labelled as borrowed). */
export function performanceText(measured: ReadonlyArray<{ url: string; performance: MeasuredPerformance | null; error?: string }>, lang: Locale): string {
  if (measured.length === 0) return '';
  const lines = [
    '',
    lang === 'vi'
      ? 'Hiệu năng (trung vị các lần tải; ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025: FCP < 3 s, LCP < 4 s, Speed Index < 5,8 s, tác vụ dài < 0,6 s; Speed Index chưa đo):'
      : 'Performance (medians of cold loads; thresholds borrowed from the 2025 criteria for government websites: FCP < 3 s, LCP < 4 s, Speed Index < 5.8 s, long task < 0.6 s; Speed Index not measured):',
  ];
  for (const m of measured) {
    const p = m.performance;
    if (!p) lines.push(`  ${m.url}: ${lang === 'vi' ? 'không đo được' : 'not measured'} (${m.error ?? '—'})`);
    else
      lines.push(
        `  ${m.url}: FCP ${s(p.firstContentfulPaint, lang)} · LCP ${s(p.largestContentfulPaint, lang)} · TBT ${s(p.totalBlockingTime, lang)} · ${lang === 'vi' ? 'tác vụ dài nhất' : 'longest task'} ${s(p.longestTask, lang)} (${p.runs} ${lang === 'vi' ? 'lần' : 'runs'})`,
      );
  }
  return `${lines.join('\n')}\n`;
}
