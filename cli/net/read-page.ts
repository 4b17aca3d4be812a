import type { PageSnapshot } from '../../lib/snapshot/schema';
import { decodeHtml, isHtmlMime, mimeEssence, sniffBody } from './decode';

/**
 * Page bytes to a snapshot without a browser: checked to be HTML (the
 * Content-Type parsed, or the bytes sniffed as browsers do), decoded as a
 * browser decodes them, read by the same snapshot code on happy-dom. No
 * network code here: a local file's audit loads none.
 */

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

