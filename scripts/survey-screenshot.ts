/**
 * The README's picture of a survey (docs/survey-index.png): a real survey
 * run by the command line's own code over five local fixture portals on
 * 127.0.0.1 (the demo home page, a procedure page, an account page, a
 * nearly empty page, and one that does not answer), each crawled in
 * Debian's headless Chromium, then its index.html photographed in Chromium.
 * The portals' names say they are examples. Run:
 *   npx tsx scripts/survey-screenshot.ts [out.png]
 * PROFILE=vn-httt-2024 surveys on the 2024 scale (points, levels, places).
 */
import '../lib/zod-setup';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { userAgent } from '../cli/common';
import { chromiumPath, launchChromium } from '../cli/render/chromium';
import { runSurvey } from '../cli/survey/run';
import { requireProfile } from '../lib/criteria';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.argv[2] ?? join(ROOT, 'docs/survey-index.png');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

async function serve(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').split('?')[0]!];
    if (body === undefined) return void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

const sites = await Promise.all([
  serve({ '/': read('demo/trang-chu.html'), '/portaldvc/home': read('demo/trang-chu.html') }),
  serve({ '/': read('tests/fixtures/portal/chi-tiet-thu-tuc.html') }),
  serve({ '/': read('tests/fixtures/portal/tai-khoan.html') }),
  serve({ '/': '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head><body><p>Đang nâng cấp</p></body></html>' }),
]);
const dir = mkdtempSync(join(tmpdir(), 'dvc-survey-shot-'));
const list = join(dir, 'portals.csv');
writeFileSync(
  list,
  [
    'name,url,kind',
    `Tỉnh Minh Hoạ A (mẫu),${sites[0]!.origin}/,province`,
    `Tỉnh Minh Hoạ B (mẫu),${sites[1]!.origin}/,province`,
    `Bộ Minh Hoạ C (mẫu),${sites[2]!.origin}/,ministry`,
    `Tỉnh Minh Hoạ D (mẫu),${sites[3]!.origin}/,province`,
    'Tỉnh Minh Hoạ E (mẫu),http://127.0.0.1:9/,province',
    '"Dòng hỏng"x,http://127.0.0.1:1/,province',
  ].join('\n'),
);
try {
  const survey = await runSurvey({
    list,
    out: join(dir, 'out'),
    shard: null,
    previous: null,
    retry: false,
    lang: 'vi',
    parallel: 1,
    crawl: { maxPages: 3, maxDepth: 2, concurrency: 1, rendering: 'browser', pageTimeoutMs: 10_000, settleMs: 1500, delayMs: 0, platformRoutes: false, userAgent: userAgent() },
    log: (line) => process.stderr.write(`${line}\n`),
    ...(process.env.PROFILE ? { profile: requireProfile(process.env.PROFILE), perfRuns: 1 } : {}),
  });
  if (!survey) throw new Error('interrupted');
  const browser = await launchChromium(chromiumPath());
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(dir, 'out', 'index.html')).href);
    await page.screenshot({ path: OUT, fullPage: process.env.FULL === '1' });
  } finally {
    await browser.close();
  }
  process.stderr.write(`survey-screenshot: ${OUT}\n`);
} finally {
  await Promise.all(sites.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
}
