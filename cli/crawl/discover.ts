import { gunzipSync } from 'node:zlib';
import robotsParser from 'robots-parser';
import { parseSitemap } from '@crawlee/utils';
import { FetchFailure, fetchResource, type HttpClient } from '../net/fetch';

/**
 * What a portal says about crawling it: robots.txt (fetched by our own
 * client, with our name, and read by `robots-parser`, the parser Crawlee
 * uses) and its sitemaps (read by Crawlee's sitemap parser).
 */

export interface RobotsRules {
  url: string;
  /** Whether our crawler may request the address. */
  allows(url: string): boolean;
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** What happened when reading it, for the report: absent, read, or unreadable (then nothing is allowed). */
  status: 'absent' | 'read' | 'unreadable';
  detail?: string;
}

const MAX_ROBOTS_BYTES = 512 * 1024;
const MAX_SITEMAP_BYTES = 20 * 1024 * 1024;

/**
 * robots.txt of an origin, as RFC 9309 reads it: 4xx (none) allows all; an
 * answer that cannot be had (5xx, unreachable) means assume everything is
 * disallowed.
 */
export async function readRobots(origin: string, agent: string, opts: { client: HttpClient; userAgent: string; timeoutMs: number }): Promise<RobotsRules> {
  const url = `${origin}/robots.txt`;
  try {
    const res = await fetchResource(url, {
      client: opts.client,
      userAgent: opts.userAgent,
      timeoutMs: opts.timeoutMs,
      maxBytes: MAX_ROBOTS_BYTES,
      accept: 'text/plain,*/*;q=0.5',
      allowErrorStatus: true,
    });
    if (res.status >= 500)
      return { url, allows: () => false, crawlDelayMs: null, sitemaps: [], status: 'unreadable', detail: `robots.txt answered HTTP ${res.status}` };
    if (res.status >= 400) return { url, allows: () => true, crawlDelayMs: null, sitemaps: [], status: 'absent' };
    const robots = robotsParser(res.finalUrl, Buffer.from(res.bytes).toString('utf8'));
    const delay = robots.getCrawlDelay(agent);
    return {
      url,
      allows: (u) => robots.isAllowed(u, agent) ?? true,
      crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(delay, 30) * 1000 : null,
      sitemaps: robots.getSitemaps(),
      status: 'read',
    };
  } catch (err) {
    if (err instanceof FetchFailure && err.kind === 'http-status' && err.status && err.status < 500)
      return { url, allows: () => true, crawlDelayMs: null, sitemaps: [], status: 'absent' };
    const detail = err instanceof Error ? err.message : String(err);
    return { url, allows: () => false, crawlDelayMs: null, sitemaps: [], status: 'unreadable', detail };
  }
}

/**
 * Page addresses listed by the sitemaps (nested indexes followed, gzip
 * read), at most `max`; sitemaps that cannot be read are skipped.
 */
export async function readSitemaps(
  sitemapUrls: string[],
  opts: { client: HttpClient; userAgent: string; timeoutMs: number; max: number; allowed: (url: string) => boolean },
): Promise<{ urls: string[]; read: string[] }> {
  const queue = [...new Set(sitemapUrls)].map((url) => ({ url, depth: 0 }));
  const seen = new Set(queue.map((q) => q.url));
  const urls: string[] = [];
  const read: string[] = [];
  while (queue.length > 0 && seen.size <= 50 && urls.length < opts.max) {
    const { url, depth } = queue.shift()!;
    if (!opts.allowed(url)) continue;
    let content: string;
    try {
      const res = await fetchResource(url, {
        client: opts.client,
        userAgent: opts.userAgent,
        timeoutMs: opts.timeoutMs,
        maxBytes: MAX_SITEMAP_BYTES,
        accept: 'application/xml,text/xml,text/plain;q=0.9,*/*;q=0.5',
      });
      const bytes = res.bytes[0] === 0x1f && res.bytes[1] === 0x8b ? gunzipSync(res.bytes, { maxOutputLength: MAX_SITEMAP_BYTES * 5 }) : res.bytes;
      content = Buffer.from(bytes).toString('utf8');
    } catch {
      continue;
    }
    read.push(url);
    try {
      for await (const item of parseSitemap([{ type: 'raw', content }], undefined, { emitNestedSitemaps: true, maxDepth: 0, reportNetworkErrors: false })) {
        if (item.originSitemapUrl === null) {
          if (depth < 3 && !seen.has(item.loc)) {
            seen.add(item.loc);
            queue.push({ url: item.loc, depth: depth + 1 });
          }
        } else if (urls.length < opts.max) urls.push(item.loc);
      }
    } catch {
      // Not a sitemap after all (an HTML error page served with 200): nothing from it.
    }
  }
  return { urls, read };
}
