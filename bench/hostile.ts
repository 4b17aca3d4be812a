import type { Browser } from 'playwright-core';
import { hostileCorpus } from '../tests/hostile/corpus';

/**
 * The benchmark's hostile section: every page of the hostile corpus in real
 * Chromium, read by the product's snapshot code as the extension reads it
 * (the chunked walk), with the page's event loop watched for Long Tasks;
 * and, for the pages whose hostile part has a size, how the time grows when
 * that part doubles (about 2× is linear; 4× would be quadratic).
 */

export interface HostilePageResult {
  name: string;
  htmlBytes: number;
  elements: number;
  /** The snapshot in one go (the command line's way), best of 5 after a warm-up. */
  snapshotMs: number;
  /** Snapshot and all 83 criteria. */
  auditMs: number;
  /** The chunked walk, as injected: its duration and the longest task the page saw meanwhile. */
  chunkedMs: number;
  longestTaskMs: number;
  longTasks: number;
}

export interface HostileGrowth {
  name: string;
  snapshotMs: [number, number];
  auditMs: [number, number];
  /** Time at twice the hostile part over time at once. */
  ratio: number;
}

export interface HostileResult {
  pages: HostilePageResult[];
  growth: HostileGrowth[];
}

/** Pages whose hostile part grows with the corpus scale. */
const GROWING = ['unclosed-regex-brackets', 'slash-bracket-soup', 'unclosed-strings-templates-comments', 'jwt-run', 'identifier-soup', 'html-comments-in-script', 'exposure-flood', 'forms-100x200', 'huge-attributes', 'huge-text', 'deep-nesting', 'many-links', 'many-scripts', 'many-comments', 'select-options'];


export async function measureHostile(browser: Browser, origin: string, pages: Map<string, string>, code: string, log: (...a: unknown[]) => void): Promise<HostileResult> {
  const serve = (scale: number) => {
    const corpus = hostileCorpus(scale);
    for (const p of corpus) pages.set(`/hostile/${scale}/${p.name}`, p.html);
    return corpus;
  };
  const measure = async (name: string, path: string, url: string, watch: boolean): Promise<HostilePageResult> => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: code });
      const u = JSON.stringify(url);
      const elements = (await page.evaluate('__dvcBench.elementCount()')) as number;
      // A fresh page has a cold engine: one audit first, then the best of five of each
      // (the machine is shared: the best run is the one least disturbed by others).
      await page.evaluate(`__dvcBench.audit(${u})`);
      const snaps: number[] = [];
      const audits: number[] = [];
      for (let i = 0; i < 5; i++) {
        snaps.push(((await page.evaluate(`__dvcBench.snapshot(${u})`)) as { ms: number }).ms);
        audits.push(((await page.evaluate(`__dvcBench.audit(${u})`)) as { ms: number }).ms);
      }
      // The page's responsiveness while the chunked walk reads it: the median of three runs.
      const runs: Array<{ ms: number; longestTask: number; longTasks: number }> = [];
      for (let i = 0; watch && i < 3; i++) runs.push((await page.evaluate(`__dvcBench.responsiveness(${u}, 'async')`)) as { ms: number; longestTask: number; longTasks: number });
      runs.sort((a, b) => a.longestTask - b.longestTask);
      const r = runs[1] ?? { ms: NaN, longestTask: NaN, longTasks: NaN };
      return {
        name,
        htmlBytes: Buffer.byteLength(pages.get(path)!),
        elements,
        snapshotMs: round(Math.min(...snaps)),
        auditMs: round(Math.min(...audits)),
        chunkedMs: round(r.ms),
        longestTaskMs: round(r.longestTask),
        longTasks: r.longTasks,
      };
    } finally {
      await page.close({ runBeforeUnload: false });
    }
  };

  const once = serve(1);
  const twice = serve(2);
  const results: HostilePageResult[] = [];
  for (const p of once) {
    const r = await measure(p.name, `/hostile/1/${p.name}`, p.url, true);
    results.push(r);
    log(`hostile ${p.name}: snapshot ${r.snapshotMs} ms, audit ${r.auditMs} ms, longest task ${r.longestTaskMs} ms`);
  }
  const growth: HostileGrowth[] = [];
  for (const name of GROWING) {
    const a = results.find((r) => r.name === name)!;
    const b = await measure(name, `/hostile/2/${name}`, twice.find((p) => p.name === name)!.url, false);
    // The audit (snapshot and criteria) is the larger, steadier figure; a ratio near 2 is linear.
    growth.push({ name, snapshotMs: [a.snapshotMs, b.snapshotMs], auditMs: [a.auditMs, b.auditMs], ratio: Number((b.auditMs / Math.max(a.auditMs, 0.1)).toFixed(2)) });
  }
  return { pages: results, growth };
}

const round = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(1)) : x);
