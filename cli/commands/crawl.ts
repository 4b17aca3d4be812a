import { Option, type Command } from 'commander';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import type { Locale } from '../../lib/i18n/strings';
import { buildReport } from '../../lib/report/build';
import { plain } from '../../lib/report/text';
import { EXIT, UsageError, addOutputOptions, emitReport, positiveInt, resolveFormat, toolVersion, userAgent, type OutputOptions } from '../common';
import type { CrawlOptions, CrawlResult } from '../crawl/crawl';
import { progressLine } from '../progress';

interface CrawlCliOptions extends OutputOptions, CrawlSettingsOptions {
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  state?: string;
  static?: boolean;
  timeout: number;
  settle: number;
  delay: number;
  origin: string[];
  sitemap: boolean;
  routes: boolean;
  chromium?: string;
  contact?: string;
}

const T = {
  vi: {
    crawl: (pages: number, max: number, browser: boolean, depth: number) =>
      `Thu thập: ${pages} trang (tối đa ${max}) · ${browser ? 'trong trình duyệt' : 'chỉ mã HTML'} · độ sâu ≤ ${depth}`,
    failed: 'Trang không kiểm tra được',
    skipped: 'Không yêu cầu',
    blocked: 'Yêu cầu ngoài cổng không thực hiện',
    incomplete: 'Chưa thu thập hết (dừng sớm hoặc hết số trang cho phép).',
  },
  en: {
    crawl: (pages: number, max: number, browser: boolean, depth: number) =>
      `Crawl: ${pages} pages (at most ${max}) · ${browser ? 'in a browser' : 'markup only'} · depth ≤ ${depth}`,
    failed: 'Pages that could not be audited',
    skipped: 'Not requested',
    blocked: 'Requests outside the portal not made',
    incomplete: 'The crawl did not cover everything (stopped early or the page budget ran out).',
  },
};

/** What the text summary adds for a crawl: failures, what was not requested, and whether it finished. */
export function crawlText(r: CrawlResult, lang: Locale): string {
  const t = T[lang];
  const lines: string[] = ['', t.crawl(r.pages.length, r.summary.maxPages, r.summary.rendering === 'browser', r.summary.maxDepth)];
  if (!r.complete) lines.push(t.incomplete);
  if (r.failures.length) {
    lines.push(`${t.failed} (${r.failures.length}):`);
    for (const f of r.failures) lines.push(`  ${plain(f.url)}: ${plain(f.reason)}`);
  }
  const robots = r.skipped.filter((s) => s.kind === 'robots');
  if (robots.length) {
    lines.push(`${t.skipped} (robots.txt, ${robots.length}):`);
    for (const s of robots.slice(0, 20)) lines.push(`  ${plain(s.url)}`);
  }
  if (r.blockedHosts.length) lines.push(`${t.blocked}: ${r.blockedHosts.map(plain).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Why a crawl audited no page: the start page's failure, an unreadable robots.txt, or robots.txt's rule. */
export function noPageReason(result: CrawlResult): string {
  const first = result.failures.find((f) => f.url === result.summary.startUrl) ?? result.failures[0];
  const robots = result.robots.find((r) => r.status === 'unreadable');
  return first
    ? `no page of the portal could be audited: ${first.url}: ${first.reason}`
    : robots
      ? `no page of the portal may be crawled: ${robots.detail} (RFC 9309: an unreadable robots.txt disallows everything)`
      : 'no page of the portal could be audited (robots.txt disallows the start page)';
}

/** How each portal is crawled: the same options on `crawl` and `survey`. */
export interface CrawlSettingsOptions {
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  static?: boolean;
  timeout: number;
  settle: number;
  delay: number;
  sitemap: boolean;
  routes: boolean;
  chromium?: string;
  contact?: string;
}

export function addCrawlOptions(cmd: Command): Command {
  return cmd
    .option('--max-pages <n>', 'pages to audit at most', positiveInt('--max-pages'), 50)
    .option('--max-depth <d>', 'links followed at most this far from the start page', positiveInt('--max-depth', 0), 3)
    .option('--concurrency <c>', 'pages read at once at most (Crawlee scales down when the machine is busy)', positiveInt('--concurrency'), 2)
    .option('--static', "read each page's markup only (no browser, scripts never run)")
    .option('--timeout <seconds>', 'time limit per page', (v) => Number(v), 30)
    .option('--settle <ms>', 'longest wait for a rendered page to settle after it loads', (v) => Number(v), 5000)
    .option('--delay <ms>', "least time between two pages from the same host (robots.txt's Crawl-delay can raise it)", (v) => Number(v), 500)
    .option('--no-sitemap', 'do not read sitemap.xml or the sitemaps robots.txt names')
    .option('--no-routes', "do not try the platform's known routes")
    .option('--chromium <path>', 'the Chromium to use (default $CHROMIUM_PATH or /usr/bin/chromium)')
    .option('--contact <text>', 'contact given in the User-Agent (an e-mail or address where the portal can reach you)');
}

/** The crawl's settings from the options (the start address, state and origins are the caller's). */
export function crawlSettings(o: CrawlSettingsOptions): Omit<CrawlOptions, 'stateDir' | 'linkedOrigins' | 'onProgress' | 'signal'> {
  if (!(o.timeout > 0) || !(o.settle >= 0) || !(o.delay >= 0)) throw new UsageError('--timeout, --settle and --delay are positive numbers');
  return {
    maxPages: o.maxPages,
    maxDepth: o.maxDepth,
    concurrency: o.concurrency,
    rendering: o.static ? 'static' : 'browser',
    pageTimeoutMs: o.timeout * 1000,
    settleMs: o.settle,
    delayMs: o.delay,
    sitemaps: o.sitemap,
    platformRoutes: o.routes,
    chromiumPath: o.chromium,
    userAgent: userAgent(o.contact),
  };
}

export function registerCrawl(program: Command): void {
  const cmd = program
    .command('crawl')
    .description(
      "audit a whole portal: from the start address, its sitemaps and its platform's known routes, following links within the portal (never off it), obeying robots.txt, each page rendered in headless Chromium; one merged portal audit",
    )
    .argument('<start-url>', "the portal's address, e.g. https://dichvucong.<tinh>.gov.vn/");
  addCrawlOptions(cmd)
    .option('--state <dir>', 'keep the crawl in DIR: an interrupted crawl (Ctrl-C, a crash) resumes from it without redoing finished pages')
    .addOption(new Option('--origin <origin...>', 'another origin of the same portal whose pages are crawled too (e.g. https://motcua.<tinh>.gov.vn)').default([]));
  addOutputOptions(cmd).action(async (start: string, o: CrawlCliOptions) => {
    const settings = crawlSettings(o);
    if (!/^https?:\/\//i.test(start)) throw new UsageError(`a crawl starts from an http(s) address, not ${start}`);
    for (const origin of o.origin)
      try {
        new URL(origin);
      } catch {
        throw new UsageError(`--origin is not an address: ${origin}`);
      }
    const format = resolveFormat(o);
    const { crawlPortal } = await import('../crawl/crawl');
    const progress = progressLine();
    const stop = new AbortController();
    const onSigint = () => {
      if (stop.signal.aborted) process.exit(EXIT.interrupted);
      stop.abort();
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigint);
    let result: CrawlResult;
    try {
      result = await crawlPortal(start, {
        ...settings,
        stateDir: o.state ?? null,
        linkedOrigins: o.origin,
        onProgress: progress.update,
        signal: stop.signal,
      });
    } finally {
      progress.done();
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigint);
    }
    if (result.interrupted) {
      process.stderr.write(
        `dvc-inspector: interrupted after ${result.pages.length} page${result.pages.length === 1 ? "" : "s"}${o.state ? `; run the same command again to resume from ${o.state}` : ' (give --state DIR to be able to resume)'}\n`,
      );
      process.exitCode = EXIT.interrupted;
      return;
    }
    if (result.pages.length === 0) throw new Error(noPageReason(result));
    const report = buildReport(result.audit, { profile: DEFAULT_PROFILE, toolVersion: toolVersion(), locale: o.lang, crawl: result.summary });
    process.exitCode = emitReport(report, o, format, crawlText(result, o.lang));
  });
}
