import { auditPage } from '../../lib/audit/evaluate';
import type { PageAudit, PortalAudit, Rendering } from '../../lib/audit/model';
import { newPortalAudit, withOrigin, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE, type Profile } from '../../lib/criteria';
import { criteriaToEvaluate } from '../../lib/audit/judge';
import { platformRoutes } from '../../lib/crawl/routes';
import { PortalScope, pageAddress } from '../../lib/crawl/scope';
import { sameSite, withoutCredentials } from '../../lib/crawl/site';
import type { CrawlSummary } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { PageFailure } from '../failure';
import { HttpClient } from '../net/fetch';
import { asPageFailure, loadStaticPage } from '../net/static-page';
import { readRobots, readSitemaps, type RobotsRules } from './discover';
import { CrawlJournal, type PageRecord } from './state';

/**
 * The crawl of one portal: from its start address, its sitemaps and the
 * routes its platform is known to use, following links within the portal's
 * origins (never leaving them), obeying robots.txt, at a polite pace, each
 * page read in headless Chromium by the extension's snapshot script (or
 * from its markup alone), judged by the 83 criteria, and merged into one
 * portal audit by the same merge as the extension. Crawlee drives it
 * (request queue, autoscaled concurrency, per-host delay, timeouts,
 * retries). Reusable: the survey calls it once per portal.
 */

export interface CrawlOptions {
  maxPages?: number;
  maxDepth?: number;
  concurrency?: number;
  /** Journal directory: a crawl interrupted resumes from it. */
  stateDir?: string | null;
  rendering?: Rendering;
  /** Per page: navigation or fetch (ms). */
  pageTimeoutMs?: number;
  /** Longest wait for a rendered page to settle (ms). */
  settleMs?: number;
  /** Least time between two requests for pages of the same host (ms); robots.txt's Crawl-delay can raise it. */
  delayMs?: number;
  /** Other origins of the same portal whose links are followed too. */
  linkedOrigins?: string[];
  sitemaps?: boolean;
  platformRoutes?: boolean;
  chromiumPath?: string;
  userAgent: string;
  /** The name robots.txt rules are matched against. */
  robotsAgent?: string;
  profile?: Profile;
  onProgress?: (p: CrawlProgress) => void;
  signal?: AbortSignal;
}

export interface CrawlProgress {
  done: number;
  failed: number;
  queued: number;
  current: string | null;
  elapsedMs: number;
}

export interface CrawlFailure {
  url: string;
  kind: string;
  reason: string;
  status?: number;
}

export interface CrawlResult {
  audit: PortalAudit;
  pages: PageAudit[];
  failures: CrawlFailure[];
  /** Addresses not requested (robots.txt) and platform routes this portal does not have. */
  skipped: CrawlFailure[];
  /** False when stopped early (interrupted, or pages left when the budget ran out). */
  complete: boolean;
  interrupted: boolean;
  /** Hosts of requests the rendered pages tried to make outside the portal, not made. */
  blockedHosts: string[];
  robots: Array<Pick<RobotsRules, 'url' | 'status' | 'detail'>>;
  sitemapsRead: string[];
  summary: CrawlSummary;
}

interface Queued {
  url: string;
  depth: number;
  probe: boolean;
}

export class CrawlError extends Error {}

export async function crawlPortal(startUrl: string, options: CrawlOptions): Promise<CrawlResult> {
  const started = Date.now();
  const profile = options.profile ?? DEFAULT_PROFILE;
  const maxPages = options.maxPages ?? 50;
  const maxDepth = options.maxDepth ?? 3;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const rendering: Rendering = options.rendering ?? 'browser';
  const pageTimeoutMs = options.pageTimeoutMs ?? 30_000;
  const robotsAgent = options.robotsAgent ?? 'DVC-Inspector';

  let start: URL;
  try {
    start = new URL(startUrl);
  } catch {
    throw new CrawlError(`not an address: ${withoutCredentials(startUrl)}`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new CrawlError(`a crawl starts from an http(s) address, not ${start.protocol}`);
  const credentials =
    start.username || start.password
      ? { origin: start.origin, header: `Basic ${Buffer.from(`${decodeURIComponent(start.username)}:${decodeURIComponent(start.password)}`).toString('base64')}` }
      : null;
  const startKey = pageAddress(start.href)!;
  const linked = (options.linkedOrigins ?? []).map((o) => new URL(o).origin);
  const journal = CrawlJournal.open(options.stateDir, {
    startUrl: startKey,
    rendering,
    origins: [start.origin, ...linked],
    createdAt: new Date().toISOString(),
  });
  let scope = new PortalScope(journal.meta!.origins);
  const client = await HttpClient.forAddress(start.href);
  const fetchOpts = { client, userAgent: options.userAgent, timeoutMs: Math.min(pageTimeoutMs, 20_000) };

  // robots.txt per origin; its sitemaps and /sitemap.xml.
  const robotsByOrigin = new Map<string, RobotsRules>();
  const robotsFor = async (origin: string) => {
    let r = robotsByOrigin.get(origin);
    if (!r) {
      r = await readRobots(origin, robotsAgent, fetchOpts);
      robotsByOrigin.set(origin, r);
    }
    return r;
  };
  for (const origin of scope.origins) await robotsFor(origin);
  const allowed = (url: string) => {
    const r = robotsByOrigin.get(new URL(url).origin);
    return r ? r.allows(url) : false;
  };
  const crawlDelay = Math.max(0, ...[...robotsByOrigin.values()].map((r) => r.crawlDelayMs ?? 0));
  const delayMs = Math.max(options.delayMs ?? 500, crawlDelay);

  const seeds: Queued[] = [{ url: startKey, depth: 0, probe: false }];
  let sitemapsRead: string[] = [];
  if (options.sitemaps !== false) {
    const candidates = [
      ...[...robotsByOrigin.values()].flatMap((r) => r.sitemaps).filter((u) => {
        try {
          return scope.origins.some((o) => sameSite(new URL(o), new URL(u)));
        } catch {
          return false;
        }
      }),
      ...scope.origins.map((o) => `${o}/sitemap.xml`),
    ];
    const { urls, read } = await readSitemaps(candidates, { ...fetchOpts, max: Math.max(100, maxPages * 20), allowed });
    sitemapsRead = read;
    for (const u of urls) {
      const a = scope.follow(u);
      if (a) seeds.push({ url: a, depth: 1, probe: false });
    }
  }
  if (options.platformRoutes !== false)
    for (const route of platformRoutes()) seeds.push({ url: pageAddress(route, start.origin)!, depth: 1, probe: true });

  const skipped = new Map<string, CrawlFailure>();
  const blockedHosts = new Set<string>();
  const queuedKeys = new Set<string>();
  let reserved = 0;
  let budgetLeftOut = false;
  let budgetStop = false;
  const crawlerRef: { stop?: (reason?: string) => void } = {};
  let interrupted = false;
  let current: string | null = null;
  const counted = () => [...journal.records.values()].filter((r) => r.outcome !== 'missing').length;

  const progress = () =>
    options.onProgress?.({
      done: [...journal.records.values()].filter((r) => r.outcome === 'audited').length,
      failed: [...journal.records.values()].filter((r) => r.outcome === 'failed').length,
      queued: Math.max(0, queuedKeys.size - journal.records.size),
      current,
      elapsedMs: Date.now() - started,
    });

  // What is left to visit: the seeds and the links of finished pages (when resuming).
  const frontier: Queued[] = [...seeds];
  for (const rec of journal.records.values())
    if (rec.depth < maxDepth) for (const link of rec.links) frontier.push({ url: link, depth: rec.depth + 1, probe: false });

  /** Accept an address into the queue, or say why not. A page finished in an earlier run is not queued again. */
  const accept = (q: Queued): Queued | null => {
    const key = pageAddress(q.url);
    if (!key || queuedKeys.has(key)) return null;
    if (journal.has(key)) {
      queuedKeys.add(key);
      return null;
    }
    if (!allowed(key)) {
      skipped.set(key, { url: key, kind: 'robots', reason: 'disallowed by robots.txt: not requested' });
      return null;
    }
    queuedKeys.add(key);
    return { ...q, url: key };
  };

  const { Configuration, NonRetryableError, RequestQueue, log, LogLevel } = await import('@crawlee/core');
  log.setLevel(LogLevel.OFF);
  const config = new Configuration({ persistStorage: false, purgeOnStart: true, headless: true });
  const queue = await RequestQueue.open(`dvc-${Date.now()}-${Math.random().toString(36).slice(2)}`, { config });
  const enqueue = async (items: Queued[]) => {
    const fresh = items.map(accept).filter((q): q is Queued => q !== null);
    if (fresh.length === 0) return;
    await queue.addRequests(
      fresh.map((q) => ({ url: q.url, uniqueKey: q.url, userData: { depth: q.depth, probe: q.probe } })),
      { forefront: false },
    );
  };
  await enqueue(frontier);

  /** Claim a slot of the page budget; false when it is spent. */
  const claim = (): boolean => {
    if (counted() + reserved >= maxPages) {
      budgetLeftOut = true;
      return false;
    }
    reserved++;
    return true;
  };

  const finish = async (q: Queued, outcome: Omit<PageRecord, 'key' | 'depth' | 'probe'>) => {
    reserved = Math.max(0, reserved - 1);
    journal.add({ key: q.url, depth: q.depth, probe: q.probe, ...outcome });
    if (outcome.outcome === 'audited' && q.depth < maxDepth && counted() < maxPages)
      await enqueue(outcome.links.map((url) => ({ url, depth: q.depth + 1, probe: false })));
    progress();
    // The budget is spent: finish the pages being read and stop, rather than open a page for each queued one.
    if (counted() >= maxPages && !budgetStop) {
      budgetStop = true;
      budgetLeftOut = [...queuedKeys].some((k) => !journal.has(k));
      crawlerRef.stop?.('page budget spent');
    }
  };

  /** The start page may redirect to https or another host of the site: that origin is the portal's too. */
  const adoptOrigin = (q: Queued, finalUrl: string) => {
    if (q.depth !== 0) return;
    const origin = new URL(finalUrl).origin;
    if (!scope.hasOrigin(finalUrl)) {
      scope = new PortalScope([...scope.origins, origin]);
      journal.saveOrigins([origin]);
    }
  };

  const audited = async (q: Queued, snapshot: PageSnapshot, finalUrl: string) => {
    adoptOrigin(q, finalUrl);
    if (!robotsByOrigin.has(new URL(finalUrl).origin)) await robotsFor(new URL(finalUrl).origin);
    const page: PageAudit = { ...auditPage(snapshot, criteriaToEvaluate(profile)), rendering };
    const links = [...new Set(snapshot.links.map((l) => scope.follow(l.href)).filter((u): u is string => u !== null))].slice(0, 5000);
    await finish(q, { outcome: 'audited', page, links, ...(finalUrl !== q.url ? { finalUrl } : {}) });
  };

  const failed = async (q: Queued, failure: PageFailure) => {
    if (q.probe && failure.kind === 'http-status' && (failure.status === 404 || failure.status === 410)) {
      await finish(q, { outcome: 'missing', links: [], failure: { kind: failure.kind, reason: failure.message, status: failure.status } });
      return;
    }
    await finish(q, {
      outcome: 'failed',
      links: [],
      failure: { kind: failure.kind, reason: failure.message, ...(failure.status !== undefined ? { status: failure.status } : {}) },
    });
  };

  const queuedOf = (request: { url: string; uniqueKey: string; userData: Record<string, unknown> }): Queued => ({
    url: request.uniqueKey,
    depth: Number(request.userData.depth ?? 0),
    probe: Boolean(request.userData.probe),
  });

  const common = {
    requestQueue: queue,
    maxConcurrency: concurrency,
    minConcurrency: 1,
    autoscaledPoolOptions: { desiredConcurrency: concurrency },
    sameDomainDelaySecs: delayMs / 1000,
    maxRequestRetries: 1,
    useSessionPool: false,
    retryOnBlocked: false,
    statusMessageLoggingInterval: 3600,
    requestHandlerTimeoutSecs: Math.ceil((pageTimeoutMs + (options.settleMs ?? 5000) + 30_000) / 1000),
  };

  let crawler: { run(): Promise<unknown>; stop(reason?: string): void; teardown(): Promise<void> };
  const watches = new WeakMap<object, import('../render/page').PageWatch>();
  const failures = new WeakMap<object, PageFailure>();

  if (rendering === 'browser') {
    const [{ PlaywrightCrawler }, { chromium }, render, chromiumMod] = await Promise.all([
      import('@crawlee/playwright'),
      import('playwright-core'),
      import('../render/page'),
      import('../render/chromium'),
    ]);
    const launch = chromiumMod.launchOptions(chromiumMod.chromiumPath(options.chromiumPath));
    const policy = {
      sites: [start, ...scope.origins.map((o) => new URL(o))],
      allowInternal: client.policy.allowInternal,
      credentials,
    };
    crawler = new PlaywrightCrawler(
      {
        ...common,
        launchContext: { launcher: chromium, launchOptions: launch, userAgent: options.userAgent, useIncognitoPages: true },
        browserPoolOptions: {
          useFingerprints: false,
          maxOpenPagesPerBrowser: Math.max(concurrency, 2),
          retireBrowserAfterPageCount: 500,
          // A service worker's requests would pass beside the page's request guard: none are allowed.
          prePageCreateHooks: [
            (_id, _controller, pageOptions) => {
              if (pageOptions) (pageOptions as { serviceWorkers?: string }).serviceWorkers = 'block';
            },
          ],
        },
        headless: true,
        navigationTimeoutSecs: Math.ceil(pageTimeoutMs / 1000),
        preNavigationHooks: [
          async ({ page, request }, gotoOptions) => {
            const q = queuedOf(request);
            if (journal.has(q.url) || !claim()) {
              // Not requested at all: the hook stops it before navigation (Crawlee reads skipNavigation too early).
              request.userData.skip = true;
              request.noRetry = true;
              throw new NonRetryableError('page budget spent');
            }
            current = q.url;
            progress();
            watches.set(
              request,
              await render.PageWatch.attach(page, {
                ...policy,
                // The start page may lead to another origin of its site (https, www.); later pages stay on the portal's origins.
                redirectRule: (to: URL) => (scope.hasOrigin(to.href) || q.depth === 0 ? null : `it leads out of the portal's origins (${to.origin})`),
              }),
            );
            if (gotoOptions) {
              gotoOptions.waitUntil = 'load';
              gotoOptions.timeout = pageTimeoutMs;
            }
          },
        ],
        requestHandler: async ({ page, request, response }) => {
          if (request.userData.skip) return;
          const q = queuedOf(request);
          const watch = watches.get(request)!;
          try {
            const snapshot = await render.readRenderedPage(watch, response ?? null, { timeoutMs: pageTimeoutMs, maxMs: options.settleMs ?? 5000 });
            for (const h of watch.blockedHosts) blockedHosts.add(h);
            await audited(q, snapshot, withoutCredentials(page.url()));
          } catch (err) {
            const failure = render.navigationFailure(err, watch, pageTimeoutMs);
            failures.set(request, failure);
            if (failure.kind !== 'unreachable') request.noRetry = true;
            throw failure;
          } finally {
            await watch.detach();
          }
        },
        // Called only when a retry is possible: a network error gets one; the rest are final.
        errorHandler: async ({ request }, error) => {
          const failure = failures.get(request) ?? render.navigationFailure(error, watches.get(request) ?? null, pageTimeoutMs);
          failures.set(request, failure);
          if (failure.kind !== 'unreachable') request.noRetry = true;
          else reserved = Math.max(0, reserved - 1); // the retry claims its slot again
        },
        failedRequestHandler: async ({ request }, error) => {
          if (request.userData.skip) return;
          await failed(queuedOf(request), failures.get(request) ?? render.navigationFailure(error, watches.get(request) ?? null, pageTimeoutMs));
        },
      },
      config,
    );
  } else {
    const { BasicCrawler } = await import('@crawlee/basic');
    crawler = new BasicCrawler(
      {
        ...common,
        requestHandler: async ({ request }) => {
          const q = queuedOf(request);
          if (journal.has(q.url) || !claim()) return;
          current = q.url;
          progress();
          try {
            const page = await loadStaticPage(q.url, {
              client,
              userAgent: options.userAgent,
              timeoutMs: pageTimeoutMs,
              redirectRule: (to) => (scope.hasOrigin(to.href) || q.depth === 0 ? null : `it leads out of the portal's origins (${to.origin})`),
            });
            await audited(q, page.snapshot, page.finalUrl);
          } catch (err) {
            const failure = asPageFailure(err);
            failures.set(request, failure);
            if (failure.kind !== 'unreachable') request.noRetry = true;
            throw failure;
          }
        },
        errorHandler: async ({ request }, error) => {
          const failure = failures.get(request) ?? asPageFailure(error);
          failures.set(request, failure);
          if (failure.kind !== 'unreachable') request.noRetry = true;
          else reserved = Math.max(0, reserved - 1);
        },
        failedRequestHandler: async ({ request }, error) => {
          await failed(queuedOf(request), failures.get(request) ?? asPageFailure(error));
        },
      },
      config,
    );
  }

  crawlerRef.stop = (reason) => crawler.stop(reason);
  const onAbort = () => {
    interrupted = true;
    crawler.stop('interrupted');
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) interrupted = true;
    else await crawler.run();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await crawler.teardown().catch(() => undefined);
    await queue.drop().catch(() => undefined);
    await client.close().catch(() => undefined);
  }

  const records = [...journal.records.values()];
  const pages = journal.audited().sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  let audit = newPortalAudit(scope.origins[0] ?? start.origin, profile);
  for (const o of scope.origins.slice(1)) audit = withOrigin(audit, o);
  for (const p of pages) audit = withPage(audit, p);
  const failuresList: CrawlFailure[] = records
    .filter((r) => r.outcome === 'failed' && r.failure)
    .map((r) => ({ url: r.key, kind: r.failure!.kind, reason: r.failure!.reason, ...(r.failure!.status !== undefined ? { status: r.failure!.status } : {}) }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
  for (const r of records)
    if (r.outcome === 'missing')
      skipped.set(r.key, { url: r.key, kind: 'not-on-portal', reason: `platform route not on this portal (HTTP ${r.failure?.status ?? 404})` });
  const skippedList = [...skipped.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
  const unvisited = [...queuedKeys].some((k) => !journal.has(k));
  const complete = !interrupted && !(budgetLeftOut && unvisited);
  return {
    audit,
    pages,
    failures: failuresList,
    skipped: skippedList,
    complete,
    interrupted,
    blockedHosts: [...blockedHosts].sort(),
    robots: [...robotsByOrigin.values()].map((r) => ({ url: r.url, status: r.status, ...(r.detail ? { detail: r.detail } : {}) })),
    sitemapsRead,
    summary: {
      startUrl: startKey,
      rendering,
      maxPages,
      maxDepth,
      complete,
      failed: failuresList.map((f) => ({ ...f, reason: f.reason.slice(0, 2000) })),
      skipped: skippedList.map((f) => ({ ...f, reason: f.reason.slice(0, 2000) })),
    },
  };
}
