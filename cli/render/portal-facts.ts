import { evaluateCriterion } from '../../lib/audit/evaluate';
import type { PageAudit } from '../../lib/audit/model';
import { localize } from '../../lib/criteria/messages/format';
import type { Criterion } from '../../lib/criteria/types';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import type { Ipv6Lookup, MeasuredPerformance, PageSnapshot } from '../../lib/snapshot/schema';
import { lookupIpv6, type Ipv6Resolver } from '../net/ipv6';
import { keyPages, measurePerformance, type PerformanceOptions } from './performance';

/**
 * Facts about a portal only the command line can gather, added to what the
 * criteria judge: load performance of key pages measured in headless
 * Chromium (HN-01…04) and the AAAA record of its name (TN-01). Gathered only
 * when the checklist has those criteria, and never for local addresses.
 */

const PERFORMANCE_CRITERIA = new Set(['HN-01', 'HN-02', 'HN-03', 'HN-04']);
const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$|\.localhost$/i;
export const DEFAULT_PERF_RUNS = 3;

export interface FactOptions extends Omit<PerformanceOptions, 'runs'> {
  /** Loads per key page; 0 measures nothing. */
  perfRuns: number;
  resolver?: Ipv6Resolver;
  /** Where to say what is being measured (stderr). */
  note?: (line: string) => void;
}

const measures = (criteria: readonly Criterion[]) => criteria.some((c) => PERFORMANCE_CRITERIA.has(c.check ?? c.id));
const looksUp = (criteria: readonly Criterion[]) => criteria.some((c) => (c.check ?? c.id) === 'TN-01');

/** The host's AAAA lookup, or null for a local or address-less page. */
async function ipv6Of(url: string, resolver?: Ipv6Resolver): Promise<Ipv6Lookup | null> {
  let host = '';
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  if (!host || LOCAL.test(host)) return null;
  return lookupIpv6(host, resolver);
}

/** One page audit (`audit <url>`): the page itself measured and its host looked up, on the snapshot before it is judged. */
export async function addPageFacts(snapshot: PageSnapshot, address: string, criteria: readonly Criterion[], opts: FactOptions): Promise<PageSnapshot> {
  if (looksUp(criteria)) {
    const ipv6 = await ipv6Of(snapshot.url, opts.resolver);
    if (ipv6) snapshot.network = { ...snapshot.network, ipv6 };
  }
  if (measures(criteria) && opts.perfRuns > 0 && /^https?:\/\//i.test(address)) {
    opts.note?.(`measuring load performance: ${opts.perfRuns} cold load${opts.perfRuns === 1 ? '' : 's'} of ${snapshot.url}`);
    snapshot.performance = await measurePerformance(address, { ...opts, runs: opts.perfRuns });
  }
  return snapshot;
}

/** Findings of the given criteria judged again on a page's facts alone (the rest of its findings stay). */
async function rejudged(page: PageAudit, criteria: readonly Criterion[], facts: Partial<Pick<PageSnapshot, 'performance' | 'network'>>): Promise<PageAudit> {
  const snapshot = { ...(await snapshotFromHtml('<!DOCTYPE html><title></title>', page.url)), ...facts };
  const findings = { ...page.findings };
  for (const c of criteria) if (Object.hasOwn(findings, c.id)) findings[c.id] = evaluateCriterion(c, snapshot);
  return { ...page, findings };
}

export interface CrawlFacts {
  pages: PageAudit[];
  performance: Array<{ url: string; performance: MeasuredPerformance | null; error?: string }>;
}

/**
 * A crawl: the key pages (home, catalogue, a procedure, lookup, by page
 * type) measured after the crawl, one at a time (not while other pages
 * render); the other pages' performance findings say they were not
 * measured (one load while crawling is no measurement). Each host looked up once.
 */
export async function addCrawlFacts(pages: readonly PageAudit[], criteria: readonly Criterion[], opts: FactOptions): Promise<CrawlFacts> {
  const performanceCriteria = criteria.filter((c) => PERFORMANCE_CRITERIA.has(c.check ?? c.id));
  const out = [...pages];
  const measured: CrawlFacts['performance'] = [];
  if (performanceCriteria.length > 0 && opts.perfRuns > 0) {
    const keys = keyPages(pages);
    for (let i = 0; i < out.length; i++) {
      const page = out[i]!;
      if (keys.includes(page)) {
        opts.note?.(`measuring load performance: ${opts.perfRuns} cold load${opts.perfRuns === 1 ? '' : 's'} of ${page.url} (${page.pageType ?? 'page'})`);
        try {
          const performance = await measurePerformance(page.url, { ...opts, runs: opts.perfRuns });
          measured.push({ url: page.url, performance });
          out[i] = await rejudged(page, performanceCriteria, { performance });
        } catch (err) {
          measured.push({ url: page.url, performance: null, error: err instanceof Error ? err.message.slice(0, 200) : String(err) });
        }
      } else {
        const findings = { ...page.findings };
        for (const c of performanceCriteria)
          if (Object.hasOwn(findings, c.id)) findings[c.id] = { state: 'not_checked', evidence: [], message: localize({ id: 'HN.notKeyPage' }) };
        out[i] = { ...page, findings };
      }
    }
  }
  if (looksUp(criteria)) {
    const tn01 = criteria.filter((c) => (c.check ?? c.id) === 'TN-01');
    const byHost = new Map<string, Promise<Ipv6Lookup | null>>();
    for (let i = 0; i < out.length; i++) {
      const page = out[i]!;
      let host = '';
      try {
        host = new URL(page.url).hostname;
      } catch {
        continue;
      }
      if (!byHost.has(host)) byHost.set(host, ipv6Of(page.url, opts.resolver));
      const ipv6 = await byHost.get(host)!;
      if (ipv6) out[i] = await rejudged(out[i]!, tn01, { network: { ipv6 } });
    }
  }
  return { pages: out, performance: measured };
}

/** The portal audit with its pages' findings replaced by those judged on the facts (page order kept). */
export function withFacts<A extends { pages: PageAudit[] }>(audit: A, facts: CrawlFacts): A {
  const byUrl = new Map(facts.pages.map((p) => [p.url, p]));
  return { ...audit, pages: audit.pages.map((p) => byUrl.get(p.url) ?? p) };
}
