import { PageFailure } from '../failure';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { decodeHtml, isHtmlMime, mimeEssence, sniffBody } from './decode';
import { FetchFailure, fetchResource, type HttpClient } from './fetch';

/**
 * A page read from its markup alone (no scripts run): fetched by the
 * guarded client, checked to be HTML, decoded as a browser decodes it, and
 * read by the same snapshot code on happy-dom.
 */

export function asPageFailure(err: unknown): PageFailure {
  if (err instanceof PageFailure) return err;
  if (err instanceof FetchFailure) {
    const kind = err.kind === 'too-many-redirects' ? 'redirect-loop' : err.kind;
    return new PageFailure(kind, err.message, err.status);
  }
  return new PageFailure('unreachable', err instanceof Error ? err.message.split('\n')[0]! : String(err));
}

/** Why bytes served as `contentType` (or unlabelled) are not an HTML page, or null when they are one. */
export function notHtmlReason(bytes: Uint8Array, contentType: string | null): string | null {
  const essence = mimeEssence(contentType);
  if (contentType && essence && !isHtmlMime(contentType)) {
    return sniffBody(bytes).kind === 'json' || essence.endsWith('json')
      ? `is JSON, not an HTML page (content-type ${contentType})`
      : `is not an HTML page (content-type ${contentType})`;
  }
  if (essence && isHtmlMime(contentType)) return null;
  // No usable type: sniffed as browsers do.
  const sniffed = sniffBody(bytes);
  if (sniffed.kind === 'html') return null;
  if (sniffed.kind === 'binary') return `is not an HTML page (binary data: a control byte at offset ${sniffed.binaryAt})`;
  if (sniffed.kind === 'json') return 'is JSON, not an HTML page';
  return 'is not an HTML page (no HTML markup at its start)';
}

export interface StaticPage {
  snapshot: PageSnapshot;
  finalUrl: string;
  encoding: string;
  warnings: string[];
}

/** Decode and read markup bytes that are known to be a page. */
export async function snapshotBytes(
  bytes: Uint8Array,
  url: string,
  opts: { contentType?: string | null; responseHeaders?: Record<string, string> | null; label: string },
): Promise<{ snapshot: PageSnapshot; encoding: string; warnings: string[] }> {
  const decoded = decodeHtml(bytes, opts.contentType);
  const warnings: string[] = [];
  if (decoded.invalidUtf8At !== null)
    warnings.push(
      `${opts.label} is declared UTF-8 but is not valid UTF-8 (first bad byte at offset ${decoded.invalidUtf8At}): read with replacement characters, as a browser would`,
    );
  // happy-dom loads only when there is a page to read.
  const { snapshotFromHtml } = await import('../../lib/snapshot/from-html');
  const snapshot = await snapshotFromHtml(decoded.text, url, { responseHeaders: opts.responseHeaders ?? null });
  return { snapshot, encoding: decoded.encoding, warnings };
}

export async function loadStaticPage(
  url: string,
  opts: { client?: HttpClient; userAgent: string; timeoutMs: number; redirectRule?: (to: URL) => string | null },
): Promise<StaticPage> {
  let res;
  try {
    res = await fetchResource(url, opts);
  } catch (err) {
    throw asPageFailure(err);
  }
  const reason = notHtmlReason(res.bytes, res.contentType);
  if (reason) throw new PageFailure('not-html', `${res.finalUrl} ${reason}`, res.status);
  const read = await snapshotBytes(res.bytes, res.finalUrl, { contentType: res.contentType, responseHeaders: res.headers, label: res.finalUrl });
  return { snapshot: read.snapshot, finalUrl: res.finalUrl, encoding: read.encoding, warnings: read.warnings };
}
