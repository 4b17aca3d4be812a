import { Agent, fetch as undiciFetch, type Response } from 'undici';
import { addressClass, isInternal, redirectRefusal, withoutCredentials } from '../../lib/crawl/site';
import { guardedLookup, hostIsInternal, RefusedAddressError, type AddressPolicy } from './guard';

/**
 * The command line's HTTP client for pages, robots.txt and sitemaps: it
 * identifies itself, follows redirects only within the requested site,
 * never reaches an internal address from a public one, bounds time and
 * size, sends credentials given in the address only to that origin and
 * never prints them.
 */

export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 10;

export type FetchFailureKind =
  | 'unreachable'
  | 'timeout'
  | 'http-status'
  | 'redirect-refused'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'too-large'
  | 'address-refused';

export class FetchFailure extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
    readonly status?: number,
    /** For a refused redirect: where it led. */
    readonly location?: string,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export interface FetchOptions {
  userAgent: string;
  /** Whole request, headers and body (ms). */
  timeoutMs?: number;
  maxBytes?: number;
  accept?: string;
  /** Reuse one client (and its address policy) across requests of one crawl. */
  client?: HttpClient;
  /** Treat a 4xx/5xx answer as a result instead of a failure. */
  allowErrorStatus?: boolean;
  /** A further rule for redirects (a crawl keeps to the portal's origins): why a target is refused, or null. */
  redirectRule?: (to: URL) => string | null;
}

export interface Fetched {
  /** The address asked for, without credentials. */
  requestedUrl: string;
  /** Where the redirects led, without credentials. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  bytes: Uint8Array;
  redirects: string[];
}

/** One connection pool with its address policy: internal addresses allowed or not. */
export class HttpClient {
  readonly agent: Agent;
  constructor(readonly policy: AddressPolicy) {
    this.agent = new Agent({
      connect: { lookup: guardedLookup(policy) as never },
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
      keepAliveTimeout: 4_000,
    });
  }
  static async forAddress(url: string): Promise<HttpClient> {
    return new HttpClient({ allowInternal: await hostIsInternal(new URL(url).hostname) });
  }
  close(): Promise<void> {
    return this.agent.close();
  }
}

function describeCause(err: unknown): { code: string; refused?: RefusedAddressError } {
  let e: unknown = err;
  for (let i = 0; i < 5 && e; i++) {
    if (e instanceof RefusedAddressError) return { code: 'refused', refused: e };
    const code = (e as { code?: string }).code;
    if (code && code !== 'UND_ERR' && !/^ERR_INVALID/.test(code)) return { code };
    e = (e as { cause?: unknown }).cause;
  }
  return { code: err instanceof Error ? err.message : String(err) };
}

/** GET a page: redirects checked hop by hop, time and size bounded. */
export async function fetchResource(address: string, opts: FetchOptions): Promise<Fetched> {
  const original = new URL(address);
  const shown = withoutCredentials(original.href);
  const auth =
    original.username || original.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(original.username)}:${decodeURIComponent(original.password)}`).toString('base64')}`
      : null;
  const credentialOrigin = original.origin;
  original.username = '';
  original.password = '';
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  const client = opts.client ?? (await HttpClient.forAddress(original.href));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const seen = new Set<string>([original.href]);
  const redirects: string[] = [];
  let current = original;
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      // An address written as an IP is never looked up: checked here.
      if (!client.policy.allowInternal && isInternal(addressClass(current.hostname)))
        throw new FetchFailure(
          'address-refused',
          `refused to reach ${withoutCredentials(current.href)}: an internal address${hop > 0 ? `, reached by a redirect from ${shown}` : ''}, and the page audited is public`,
        );
      try {
        res = await undiciFetch(current.href, {
          dispatcher: client.agent,
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': opts.userAgent,
            accept: opts.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
            'accept-language': 'vi,en;q=0.8',
            ...(auth && current.origin === credentialOrigin ? { authorization: auth } : {}),
          },
        });
      } catch (err) {
        if (controller.signal.aborted)
          throw new FetchFailure('timeout', `${withoutCredentials(current.href)} did not answer within ${timeoutMs / 1000} s (timed out)`);
        const cause = describeCause(err);
        if (cause.refused)
          throw new FetchFailure('address-refused', `refused to reach ${withoutCredentials(current.href)}: ${cause.refused.message}`);
        if (cause.code === 'UND_ERR_HEADERS_TIMEOUT')
          throw new FetchFailure('timeout', `${withoutCredentials(current.href)} did not answer in time (timed out)`);
        throw new FetchFailure('unreachable', `cannot reach ${withoutCredentials(current.href)}: ${cause.code}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel().catch(() => undefined);
        let next: URL;
        try {
          next = new URL(res.headers.get('location')!, current);
        } catch {
          throw new FetchFailure('unreachable', `${withoutCredentials(current.href)} redirects to an invalid address`, res.status);
        }
        next.hash = '';
        const nextShown = withoutCredentials(next.href);
        const refusal = redirectRefusal(current, next) ?? opts.redirectRule?.(next) ?? null;
        if (refusal)
          throw new FetchFailure(
            'redirect-refused',
            `${withoutCredentials(current.href)} redirects to ${nextShown}; not followed: ${refusal}`,
            res.status,
            nextShown,
          );
        if (seen.has(next.href))
          throw new FetchFailure('redirect-loop', `${shown} is a redirect loop (${[...redirects, nextShown].join(' → ')})`, res.status, nextShown);
        if (hop + 1 >= MAX_REDIRECTS)
          throw new FetchFailure('too-many-redirects', `${shown} redirects more than ${MAX_REDIRECTS} times`, res.status);
        seen.add(next.href);
        redirects.push(nextShown);
        current = next;
        continue;
      }
      if (res.status >= 400 && !opts.allowErrorStatus) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchFailure('http-status', `${withoutCredentials(current.href)} answered HTTP ${res.status}`, res.status);
      }
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchFailure('too-large', `${withoutCredentials(current.href)} is larger than ${maxBytes / 1024 / 1024} MB`, res.status);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        if (res.body)
          for await (const chunk of res.body) {
            size += chunk.byteLength;
            if (size > maxBytes) {
              controller.abort();
              throw new FetchFailure('too-large', `${withoutCredentials(current.href)} is larger than ${maxBytes / 1024 / 1024} MB`, res.status);
            }
            chunks.push(chunk);
          }
      } catch (err) {
        if (err instanceof FetchFailure) throw err;
        const cause = describeCause(err);
        if (controller.signal.aborted || cause.code === 'UND_ERR_BODY_TIMEOUT')
          throw new FetchFailure(
            'timeout',
            `${withoutCredentials(current.href)} started answering but the page did not finish arriving within ${timeoutMs / 1000} s (timed out after ${size} bytes)`,
            res.status,
          );
        throw new FetchFailure('unreachable', `${withoutCredentials(current.href)}: the connection broke while the page was arriving (${cause.code})`, res.status);
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v.slice(0, 2000)));
      return {
        requestedUrl: shown,
        finalUrl: withoutCredentials(current.href),
        status: res.status,
        headers,
        contentType: res.headers.get('content-type'),
        bytes: Buffer.concat(chunks),
        redirects,
      };
    }
  } finally {
    clearTimeout(timer);
    if (!opts.client) await client.close().catch(() => undefined);
  }
}
