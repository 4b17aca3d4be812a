import type { CDPSession, Page, Request, Response } from 'playwright-core';
import * as z from 'zod/mini';
import { redirectRefusal, sameSite, withoutCredentials } from '../../lib/crawl/site';
import { PageSnapshotSchema, type PageSnapshot } from '../../lib/snapshot/schema';
import { hostIsInternal } from '../net/guard';
import { isHtmlMime } from '../net/decode';
import { snapshotScript } from './snapshot-script';
import { PageFailure } from '../failure';

export { PageFailure } from '../failure';

/**
 * One page in headless Chromium: requests watched before they leave (the
 * portal's sites only, no internal address from a public page, redirects of
 * the page checked hop by hop), the page left to settle, then read by the
 * extension's own snapshot script in an isolated world, as the extension's
 * injection does (the page's scripts cannot see or alter it).
 */

export interface RequestPolicy {
  /** Addresses of the portal's sites: the page may load from these (see `sameSite`). */
  sites: readonly URL[];
  /** A further rule for the page's own redirects (a crawl keeps to the portal's origins). */
  redirectRule?: (to: URL) => string | null;
  /** The audited address is internal (a local or intranet portal): internal addresses allowed. */
  allowInternal: boolean;
  /** Basic credentials given in the address, sent to that origin only. */
  credentials?: { origin: string; header: string } | null;
}

const InjectionResultSchema = z.union([
  z.object({ ok: z.literal(true), json: z.string().check(z.maxLength(4_000_000)) }),
  z.object({ ok: z.literal(false), reason: z.literal('not-html'), contentType: z.string().check(z.maxLength(200)) }),
]);

const internalCache = new Map<string, Promise<boolean>>();
function internalHost(host: string): Promise<boolean> {
  let p = internalCache.get(host);
  if (!p) {
    p = hostIsInternal(host);
    internalCache.set(host, p);
  }
  return p;
}

export interface SettleOptions {
  /** The page is settled after this long with no DOM change and no request starting or ending (ms). */
  quietMs?: number;
  /** Give up waiting after this long (ms); the page is read as it is then. */
  maxMs?: number;
}

/** What is watched on one page while it loads and settles. */
export class PageWatch {
  /** Sites whose requests were not made (outside the portal). */
  readonly blockedHosts = new Set<string>();
  /** Why the navigation itself was refused (a redirect off the site, a loop), if it was. */
  refusal: PageFailure | null = null;
  /** The redirects the page's own address went through. */
  readonly redirects: string[] = [];
  private lastActivity = Date.now();
  private readonly inflight = new Map<Request, number>();
  private mainFrameId = '';
  private readonly docChain = new Set<string>();
  private lastDocUrl: string | null = null;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly policy: RequestPolicy,
  ) {}

  /** Start watching a fresh page (before it navigates). */
  static async attach(page: Page, policy: RequestPolicy): Promise<PageWatch> {
    const cdp = await page.context().newCDPSession(page);
    const watch = new PageWatch(page, cdp, policy);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    watch.mainFrameId = frameTree.frame.id;
    cdp.on('Fetch.requestPaused', (e) => void watch.onRequest(e));
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
    const touch = () => (watch.lastActivity = Date.now());
    page.on('request', (r) => {
      watch.inflight.set(r, Date.now());
      touch();
    });
    const done = (r: Request) => {
      watch.inflight.delete(r);
      touch();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    return watch;
  }

  private async onRequest(e: {
    requestId: string;
    request: { url: string; headers: Record<string, string> };
    frameId: string;
    resourceType: string;
    redirectedRequestId?: string;
  }): Promise<void> {
    const fail = () => this.cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
    let url: URL;
    try {
      url = new URL(e.request.url);
    } catch {
      await fail();
      return;
    }
    const mainDocument = e.resourceType === 'Document' && e.frameId === this.mainFrameId;
    if (mainDocument && e.redirectedRequestId && this.lastDocUrl) {
      const shown = withoutCredentials(url.href);
      this.redirects.push(shown);
      const refused = redirectRefusal(new URL(this.lastDocUrl), url) ?? this.policy.redirectRule?.(url) ?? null;
      if (refused) {
        this.refusal ??= new PageFailure('redirect-refused', `${withoutCredentials(this.lastDocUrl)} redirects to ${shown}; not followed: ${refused}`);
        await fail();
        return;
      }
      if (this.docChain.has(url.href)) {
        this.refusal ??= new PageFailure('redirect-loop', `${withoutCredentials([...this.docChain][0]!)} is a redirect loop (${this.redirects.join(' → ')})`);
        await fail();
        return;
      }
    }
    if (mainDocument) {
      if (!e.redirectedRequestId) this.docChain.clear();
      this.docChain.add(url.href);
      this.lastDocUrl = url.href;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      await this.cdp.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => undefined);
      return;
    }
    if (!this.policy.sites.some((site) => sameSite(site, url))) {
      this.blockedHosts.add(url.host);
      // The page's own address off the site can only come from a redirect (refused above with its
      // reason) or the page's script navigating away: not followed, the page stays as it is.
      await fail();
      return;
    }
    if (!this.policy.allowInternal && (await internalHost(url.hostname))) {
      this.blockedHosts.add(url.host);
      if (mainDocument) this.refusal ??= new PageFailure('address-refused', `refused to reach ${withoutCredentials(url.href)}: it resolves to an internal address`);
      await fail();
      return;
    }
    const creds = this.policy.credentials;
    if (creds && url.origin === creds.origin) {
      const headers = Object.entries({ ...e.request.headers, Authorization: creds.header }).map(([name, value]) => ({ name, value }));
      await this.cdp.send('Fetch.continueRequest', { requestId: e.requestId, headers }).catch(() => undefined);
      return;
    }
    await this.cdp.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => undefined);
  }

  /**
   * Wait until the page is quiet: no DOM change and no request starting or
   * ending for `quietMs` (requests open for over 2 s, such as long polls,
   * do not hold it back), or until `maxMs` have passed.
   */
  async settle(opts: SettleOptions = {}): Promise<{ settled: boolean; ms: number }> {
    const quietMs = opts.quietMs ?? 500;
    const maxMs = opts.maxMs ?? 5000;
    const start = Date.now();
    const world = await this.isolatedWorld();
    await this.evaluate(
      world,
      `globalThis.__dvcLastMutation = Date.now(); new MutationObserver(() => { globalThis.__dvcLastMutation = Date.now(); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }); true`,
    ).catch(() => undefined);
    let contextId = world;
    while (Date.now() - start < maxMs) {
      await new Promise((r) => setTimeout(r, Math.min(100, quietMs)));
      let lastMutation: number;
      try {
        lastMutation = Number(await this.evaluate(contextId, 'globalThis.__dvcLastMutation ?? 0'));
        if (!lastMutation) throw new Error('observer gone');
      } catch {
        // The page navigated itself (a script redirect): watch the new document.
        await this.page.waitForLoadState('load', { timeout: Math.max(1, maxMs - (Date.now() - start)) }).catch(() => undefined);
        contextId = await this.isolatedWorld().catch(() => contextId);
        await this.evaluate(
          contextId,
          `globalThis.__dvcLastMutation = Date.now(); new MutationObserver(() => { globalThis.__dvcLastMutation = Date.now(); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }); true`,
        ).catch(() => undefined);
        continue;
      }
      const now = Date.now();
      const longOpen = [...this.inflight.values()].every((t) => now - t > 2000);
      const networkQuiet = now - this.lastActivity >= quietMs || (this.inflight.size > 0 && longOpen && now - this.lastActivity >= quietMs / 2);
      if (networkQuiet && now - lastMutation >= quietMs) return { settled: true, ms: now - start };
    }
    return { settled: false, ms: Date.now() - start };
  }

  private async isolatedWorld(): Promise<number> {
    const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    this.mainFrameId = frameTree.frame.id;
    const { executionContextId } = (await this.cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'dvc-inspector',
    })) as { executionContextId: number };
    return executionContextId;
  }

  private async evaluate(contextId: number, expression: string, timeoutMs = 30_000): Promise<unknown> {
    const reply = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
      timeout: timeoutMs,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description?.split('\n')[0] ?? reply.exceptionDetails.text);
    return reply.result.value;
  }

  /** Read the page with the extension's snapshot script, in an isolated world. */
  async snapshot(timeoutMs = 30_000): Promise<PageSnapshot> {
    const world = await this.isolatedWorld();
    let value: unknown;
    try {
      value = await this.evaluate(world, snapshotScript(), timeoutMs);
    } catch (err) {
      throw new PageFailure('no-snapshot', `the page could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    const result = InjectionResultSchema.safeParse(value);
    if (!result.success) throw new PageFailure('no-snapshot', 'the page could not be read: no result from the snapshot script');
    if (!result.data.ok) throw new PageFailure('not-html', `not an HTML page (content-type ${result.data.contentType})`);
    const snapshot = PageSnapshotSchema.safeParse(JSON.parse(result.data.json));
    if (!snapshot.success) {
      const first = snapshot.error.issues[0];
      throw new PageFailure('no-snapshot', `the page gave an invalid snapshot (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`);
    }
    return snapshot.data;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

export interface RenderOptions extends SettleOptions {
  /** Time for the navigation to reach "load" (ms). */
  timeoutMs?: number;
}

/** Lower-cased response headers, capped as the snapshot caps them. */
export async function responseHeaders(response: Response): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const { name, value } of await response.headersArray()) {
    const key = name.toLowerCase();
    headers[key] = (headers[key] ? `${headers[key]}, ${value}` : value).slice(0, 2000);
  }
  return headers;
}

/**
 * After navigation: check the answer (status, content type), let the page
 * settle, read it. The response headers join the snapshot (the extension
 * cannot see them; the command line can judge AT-05 from them).
 */
export async function readRenderedPage(watch: PageWatch, response: Response | null, opts: RenderOptions = {}): Promise<PageSnapshot> {
  if (watch.refusal) throw watch.refusal;
  if (!response) throw new PageFailure('unreachable', 'the page gave no response');
  const status = response.status();
  if (status >= 400) throw new PageFailure('http-status', `answered HTTP ${status}`, status);
  const headers = await responseHeaders(response);
  const type = headers['content-type'] ?? null;
  if (type && !isHtmlMime(type)) throw new PageFailure('not-html', `not an HTML page (content-type ${type})`, status);
  await watch.settle(opts);
  const snapshot = await watch.snapshot(opts.timeoutMs);
  // Credentials never reach a report.
  snapshot.url = withoutCredentials(snapshot.url);
  snapshot.security.responseHeaders = headers;
  return snapshot;
}

/** Turn a navigation error into a failure with a kind and a readable reason. */
export function navigationFailure(err: unknown, watch: PageWatch | null, timeoutMs: number): PageFailure {
  if (err instanceof PageFailure) return err;
  if (watch?.refusal) return watch.refusal;
  const message = err instanceof Error ? err.message : String(err);
  if (/Timeout|timed out/i.test(message)) return new PageFailure('timeout', `did not finish loading within ${Math.round(timeoutMs / 1000)} s (timed out)`);
  if (/ERR_TOO_MANY_REDIRECTS/.test(message)) return new PageFailure('redirect-loop', 'too many redirects (a redirect loop)');
  if (/ERR_BLOCKED_BY_CLIENT/.test(message)) return new PageFailure('redirect-refused', 'the page leads off the portal; not followed');
  const net = /net::(ERR_[A-Z_]+)/.exec(message);
  return new PageFailure('unreachable', net ? `cannot reach it: ${net[1]}` : message.split('\n')[0]!.slice(0, 300));
}
