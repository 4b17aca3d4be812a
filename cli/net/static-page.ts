import { PageFailure } from '../failure';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { FetchFailure, fetchResource, type HttpClient } from './fetch';
import { notHtmlReason, snapshotBytes } from './read-page';

export { notHtmlReason, snapshotBytes } from './read-page';

export interface StaticPage {
  snapshot: PageSnapshot;
  finalUrl: string;
  encoding: string;
  warnings: string[];
}


/** A page fetched by the guarded client and read from its markup alone (no scripts run). */

export function asPageFailure(err: unknown): PageFailure {
  if (err instanceof PageFailure) return err;
  if (err instanceof FetchFailure) {
    const kind = err.kind === 'too-many-redirects' ? 'redirect-loop' : err.kind;
    return new PageFailure(kind, err.message, err.status);
  }
  return new PageFailure('unreachable', err instanceof Error ? err.message.split('\n')[0]! : String(err));
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
