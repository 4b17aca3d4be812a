import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PageSnapshotSchema, type PageSnapshot } from '../../lib/snapshot/schema';

/**
 * Pages rendered in real Chromium (Debian's, headless) and read by the
 * snapshot script the extension injects, as built (`.output/chrome-mv3/snapshot.js`).
 * Every request is answered here, by address: the page's own HTML, nothing
 * for anything else. No request leaves the machine, and a page can be
 * served at any address (an https: portal, an origin of 150 characters).
 */

export const ROOT = join(__dirname, '../..');
const BUILT_SNAPSHOT = join(ROOT, '.output/chrome-mv3/snapshot.js');

export function builtSnapshotScript(): string {
  if (!existsSync(BUILT_SNAPSHOT)) throw new Error('No built extension: run `npm run build` first.');
  return readFileSync(BUILT_SNAPSHOT, 'utf8');
}

export interface Renderer {
  /** The snapshot of `html` served at `url`, or a one-line reason why there is none. */
  snapshot(url: string, html: string): Promise<{ ok: true; snapshot: PageSnapshot; json: string } | { ok: false; error: string }>;
  close(): Promise<void>;
}

export async function launchRenderer(): Promise<Renderer> {
  const code = builtSnapshotScript();
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'],
  });
  const pages = new Map<string, string>();
  const context: BrowserContext = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.route('**/*', async (route) => {
    const html = pages.get(route.request().url());
    if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else await route.abort();
  });
  return {
    async snapshot(url, html) {
      const page = await context.newPage();
      // The URL as the browser writes it (a host in lower case, a path escaped), as requested (no fragment).
      const key = new URL(url);
      key.hash = '';
      pages.set(key.href, html);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        // The built script, as executeScript runs it: its last expression is the result.
        const result = (await page.evaluate(`(async () => { ${code}\n return await snapshot; })()`)) as { ok: boolean; json?: string; reason?: string };
        if (!result.ok || typeof result.json !== 'string') return { ok: false, error: `no snapshot: ${result.reason ?? 'unknown'}` };
        const parsed = PageSnapshotSchema.safeParse(JSON.parse(result.json));
        if (!parsed.success) return { ok: false, error: `invalid snapshot at ${parsed.error.issues[0]?.path.join('.')}` };
        return { ok: true, snapshot: parsed.data, json: result.json };
      } catch (err) {
        return { ok: false, error: String(err instanceof Error ? err.message : err).split('\n')[0]! };
      } finally {
        pages.delete(key.href);
        await page.close();
      }
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
