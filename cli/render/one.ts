import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, normalize, sep } from 'node:path';
import { withoutCredentials } from '../../lib/crawl/site';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { hostIsInternal } from '../net/guard';
import { launchChromium, chromiumPath } from './chromium';
import { PageWatch, navigationFailure, readRenderedPage } from './page';

/** One page audited in headless Chromium: for `audit <url>` and `audit <file> --render`. */

export interface RenderOneOptions {
  userAgent: string;
  timeoutMs: number;
  settleMs: number;
  chromium?: string | null;
}

export async function renderOne(address: string, opts: RenderOneOptions & { extraSites?: URL[] }): Promise<PageSnapshot> {
  const url = new URL(address);
  const credentials =
    url.username || url.password
      ? { origin: url.origin, header: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` }
      : null;
  url.username = '';
  url.password = '';
  const allowInternal = await hostIsInternal(url.hostname);
  const browser = await launchChromium(chromiumPath(opts.chromium));
  let watch: PageWatch | null = null;
  try {
    const context = await browser.newContext({ userAgent: opts.userAgent, serviceWorkers: 'block' });
    const page = await context.newPage();
    watch = await PageWatch.attach(page, { sites: [url, ...(opts.extraSites ?? [])], allowInternal, credentials });
    let response;
    try {
      response = await page.goto(url.href, { waitUntil: 'load', timeout: opts.timeoutMs });
    } catch (err) {
      throw navigationFailure(err, watch, opts.timeoutMs);
    }
    try {
      return await readRenderedPage(watch, response, { timeoutMs: opts.timeoutMs, maxMs: opts.settleMs });
    } catch (err) {
      throw navigationFailure(err, watch, opts.timeoutMs);
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'PageFailure') throw new Error(`${withoutCredentials(address)}: ${err.message}`);
    throw err;
  } finally {
    await watch?.detach();
    await browser.close().catch(() => undefined);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * A local file rendered: its folder served on 127.0.0.1 (read-only, nothing
 * outside the folder) so its relative scripts and styles load. The page is
 * reported under `url` when given (its address on the portal), else under
 * its file address. Served without a charset, as a file is: Chromium
 * decodes it as it would the file.
 */
export async function renderFile(path: string, opts: RenderOneOptions & { url: string | null }): Promise<PageSnapshot> {
  const root = dirname(path);
  const server = createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const full = normalize(join(root, rel));
    if (!(full === root || full.startsWith(root + sep))) return void res.writeHead(403).end();
    let size = -1;
    try {
      const st = statSync(full);
      if (st.isFile()) size = st.size;
    } catch {
      size = -1;
    }
    if (size < 0) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(full).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${encodeURIComponent(basename(path))}`;
  try {
    const snapshot = await renderOne(served, opts);
    const shown = new URL(opts.url ?? `file://${path}`);
    // Known by its own address, as the static reading of the file is.
    snapshot.url = shown.href;
    snapshot.origin = shown.origin === 'null' ? '' : shown.origin;
    snapshot.host = shown.hostname;
    snapshot.protocol = shown.protocol;
    snapshot.security.responseHeaders = null;
    return snapshot;
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}
