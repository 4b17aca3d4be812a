import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { auditPage } from '../../lib/audit/evaluate';
import type { PageAudit, Rendering } from '../../lib/audit/model';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { withoutCredentials } from '../../lib/crawl/site';
import { buildReport } from '../../lib/report/build';
import { DEFAULT_MAX_REPORT_BYTES } from '../../lib/report/import';
import type { Report } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { UsageError, addOutputOptions, positiveInt, emitReport, profileOption, readLocalBytes, readReport, rejudged, resolveFormat, toolVersion, userAgent, type OutputOptions } from '../common';
import { criteriaToEvaluate } from '../../lib/audit/judge';
import { sniffBody } from '../net/decode';

const HERE = dirname(fileURLToPath(import.meta.url));
const MAX_PAGE_BYTES = 10 * 1024 * 1024;
const DEMO_URL = 'https://dichvucong.minhhoa.gov.vn/portaldvc/home';

function demoFile(): string {
  const found = [join(HERE, '../../demo/trang-chu.html'), join(HERE, '../demo/trang-chu.html'), join(HERE, 'demo/trang-chu.html')].find((p) => existsSync(p));
  if (!found) throw new Error('the demo page is missing');
  return found;
}

interface AuditOptions extends OutputOptions {
  url?: string;
  static?: boolean;
  render?: boolean;
  timeout: number;
  settle: number;
  chromium?: string;
  contact?: string;
  perfRuns?: number;
}

/** Files a browser opens as HTML by their name. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** One page, read the chosen way, as a report. */
async function auditOne(target: string | undefined, o: AuditOptions, format: string): Promise<Report> {
  if (o.static && o.render) throw new UsageError('--static and --render contradict each other');
  const ua = userAgent(o.contact);
  const timeoutMs = o.timeout * 1000;
  let snapshot: PageSnapshot;
  let rendering: Rendering;
  const warn = (w: string) => process.stderr.write(`dvc-inspector: warning: ${w}\n`);

  if (target && /^https?:\/\//i.test(target)) {
    if (o.url) throw new UsageError('--url applies to a local file; a fetched page is known by its own address');
    if (o.static) {
      const { loadStaticPage } = await import('../net/static-page');
      const page = await loadStaticPage(target, { userAgent: ua, timeoutMs }).catch((err: unknown) => {
        throw new Error(err instanceof Error ? err.message : String(err));
      });
      page.warnings.forEach(warn);
      snapshot = page.snapshot;
      rendering = 'static';
    } else {
      const { renderOne } = await import('../render/one');
      snapshot = await renderOne(target, { userAgent: ua, timeoutMs, settleMs: o.settle, chromium: o.chromium });
      rendering = 'browser';
    }
  } else {
    const path = target ?? demoFile();
    const bytes = readLocalBytes(path, DEFAULT_MAX_REPORT_BYTES);
    const sniffed = sniffBody(bytes);
    if (sniffed.kind === 'json') {
      if (o.url) throw new UsageError('--url applies to an HTML page, not to a JSON report');
      if (o.render || o.static) throw new UsageError(`${path} is a JSON report: --render and --static apply to pages`);
      // A stored report, judged again by --profile when it names another checklist.
      return rejudged(readReport(path, o.lang, bytes), o);
    }
    if (bytes.length > MAX_PAGE_BYTES) throw new Error(`${path} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
    if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) {
      const { notHtmlReason } = await import('../net/read-page');
      const reason = notHtmlReason(bytes, null);
      if (reason) throw new Error(`${path} ${reason}`);
    }
    const url = o.url ?? (target ? `file://${resolve(path)}` : DEMO_URL);
    try {
      new URL(url);
    } catch {
      throw new UsageError(`--url is not an address: ${url}`);
    }
    if (!target && format === 'text' && !o.out)
      process.stdout.write(o.lang === 'vi' ? `(Không có trang nào được chỉ định: kiểm tra trang minh hoạ ${url})\n\n` : `(No page given: auditing the demo page ${url})\n\n`);
    if (o.render) {
      const { renderFile } = await import('../render/one');
      snapshot = await renderFile(resolve(path), { userAgent: ua, timeoutMs, settleMs: o.settle, chromium: o.chromium, url: o.url ?? null });
      rendering = 'browser';
    } else {
      const { snapshotBytes } = await import('../net/read-page');
      const read = await snapshotBytes(bytes, url, { label: path });
      read.warnings.forEach(warn);
      snapshot = read.snapshot;
      rendering = 'static';
    }
  }
  const profile = profileOption(o.profile);
  if (target && /^https?:\/\//i.test(target)) {
    // What only the command line can know: measured load performance, the AAAA record (when the chosen checklist judges them).
    const { addPageFacts, DEFAULT_PERF_RUNS } = await import('../render/portal-facts');
    await addPageFacts(snapshot, target, profile.criteria, { perfRuns: o.static ? 0 : (o.perfRuns ?? DEFAULT_PERF_RUNS), userAgent: ua, timeoutMs, chromium: o.chromium, note: (l) => process.stderr.write(`dvc-inspector: ${l}
`) });
  }
  // Evaluated for every checklist's criteria: the report can be judged again by another one.
  const page: PageAudit = { ...auditPage(snapshot, criteriaToEvaluate(profile)), rendering };
  const audit = withPage(newPortalAudit(snapshot.origin || withoutCredentials(page.url), profile), page);
  return buildReport(audit, { profile, toolVersion: toolVersion(), locale: o.lang });
}

export function registerAudit(program: Command): void {
  const cmd = program
    .command('audit', { isDefault: true })
    .description(
      'audit one page: a URL (rendered in headless Chromium, its scripts run), an HTML file (its markup, or rendered with --render), or a JSON report to write in another format',
    )
    .argument('[page]', 'a URL, an HTML file or a JSON report (default: the demo page)')
    .option('--url <address>', 'the address a local file stands for (its links and origin are judged against it)')
    .option('--static', "read the markup only: no browser, the page's scripts never run")
    .option('--render', 'render a local file in headless Chromium (served on 127.0.0.1 so its relative resources load)')
    .option('--timeout <seconds>', 'time limit for loading the page', (v) => Number(v), 30)
    .option('--settle <ms>', 'longest wait for a rendered page to settle after it loads', (v) => Number(v), 5000)
    .option('--chromium <path>', 'the Chromium to use (default $CHROMIUM_PATH or /usr/bin/chromium)')
    .option('--contact <text>', 'contact given in the User-Agent (an e-mail or address where the portal can reach you)')
    .option('--perf-runs <n>', 'cold loads of the page measured in headless Chromium for the performance criteria (medians; 0: none)', positiveInt('--perf-runs', 0), 3);
  addOutputOptions(cmd).action(async (target: string | undefined, o: AuditOptions) => {
    if (!(o.timeout > 0) || !(o.settle >= 0)) throw new UsageError('--timeout and --settle are positive numbers');
    profileOption(o.profile); // an unknown checklist is a usage error before any page is read
    const format = resolveFormat(o);
    const report = await auditOne(target, o, format);
    process.exitCode = emitReport(report, o, format);
  });
}
