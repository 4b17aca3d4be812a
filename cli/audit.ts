#!/usr/bin/env node
/**
 * Command line: audit an HTML file or one URL with the same snapshot and
 * criteria code as the extension, write the report in any format, and
 * compare two reports. The page's scripts never run; nothing is fetched but
 * the one URL asked for.
 *
 *   npm run audit -- [<file-or-url>] [--url <address>] [--format text|json|csv|html] [--json]
 *                    [--out <file>] [--min-score N|N%] [--lang vi|en]
 *   npm run audit -- compare <old.json> <new.json> [--json] [--lang vi|en]
 *
 * A JSON report (exported by the extension or by --format json) can stand in
 * for the page: it is read, migrated and written in the chosen format.
 * Exit codes: 0 done, 1 failed (input, network, output), 3 under --min-score, 64 usage.
 */
import '../lib/zod-setup';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { auditPage } from '../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../lib/audit/portal';
import { DEFAULT_PROFILE } from '../lib/criteria';
import type { Locale } from '../lib/i18n/strings';
import { buildReport } from '../lib/report/build';
import { CompareError, compareReports, formatComparison } from '../lib/report/compare';
import { DEFAULT_MAX_REPORT_BYTES, parseReportText } from '../lib/report/import';
import {
  REPORT_FORMATS,
  checkMinScore,
  csvForStdout,
  evidenceCsvPath,
  parseMinScore,
  renderReport,
  type MinScore,
  type ReportFormat,
} from '../lib/report/output';
import type { Report } from '../lib/report/schema';

const HERE = dirname(fileURLToPath(import.meta.url));
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
const DEMO_FILE = join(HERE, '../demo/trang-chu.html');
const DEMO_URL = 'https://dichvucong.minhhoa.gov.vn/portaldvc/home';
const USAGE =
  'usage: npm run audit -- [<file-or-url>] [--url <address>] [--format text|json|csv|html] [--out <file>] [--min-score N|N%] [--lang vi|en]' +
  ' | npm run audit -- compare <old.json> <new.json> [--json] [--lang vi|en]';
const EXIT_UNDER_MIN_SCORE = 3;

class UsageError extends Error {}

interface Options {
  compare: boolean;
  targets: string[];
  url: string | null;
  format: ReportFormat | null;
  json: boolean;
  out: string | null;
  minScore: MinScore | null;
  locale: Locale;
}

function parseArgs(argv: string[]): Options {
  const compare = argv[0] === 'compare';
  const o: Options = { compare, targets: [], url: null, format: null, json: false, out: null, minScore: null, locale: 'vi' };
  const value = (i: number, name: string) => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = compare ? 1 : 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--lang') {
      const l = value(++i, '--lang');
      if (l !== 'vi' && l !== 'en') throw new UsageError('--lang is vi or en');
      o.locale = l;
    } else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (!compare && a === '--url') o.url = value(++i, '--url');
    else if (!compare && a === '--out') o.out = value(++i, '--out');
    else if (!compare && a === '--format') {
      const f = value(++i, '--format');
      if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format is one of ${REPORT_FORMATS.join(', ')}`);
      o.format = f as ReportFormat;
    } else if (!compare && a === '--min-score') {
      const v = value(++i, '--min-score');
      o.minScore = parseMinScore(v, DEFAULT_PROFILE.criteria.length);
      if (!o.minScore) throw new UsageError(`--min-score is a number of met criteria (0 to ${DEFAULT_PROFILE.criteria.length}) or a percentage like 25%, not ${v}`);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}${compare ? ' for compare' : ''}`);
    else o.targets.push(a);
  }
  if (o.json && o.format && o.format !== 'json') throw new UsageError(`--json and --format ${o.format} contradict each other`);
  if (compare && o.targets.length !== 2) throw new UsageError('compare needs two reports: compare <old.json> <new.json>');
  if (!compare && o.targets.length > 1) throw new UsageError(`one page at a time (got ${o.targets.join(' and ')})`);
  return o;
}

function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|div|a|p|table|form|main|section)[\s>]/i.test(text.slice(0, 200_000));
}

function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

async function fetchPage(url: string): Promise<{ html: string; finalUrl: string; headers: Record<string, string> }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html' } });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`cannot reach ${url}: ${controller.signal.aborted ? 'timed out' : (cause?.code ?? cause?.message ?? String(err))}`);
    }
    if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) throw new Error(`${url} is not an HTML page (content-type ${type})`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new Error(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > MAX_BYTES) {
          await reader.cancel();
          throw new Error(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
        }
        chunks.push(value);
      }
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v.slice(0, 2000)));
    return { html: Buffer.concat(chunks).toString('utf8'), finalUrl: res.url || url, headers };
  } finally {
    clearTimeout(timer);
  }
}

function readLocal(path: string, max: number): string {
  const full = resolve(path);
  let size: number;
  try {
    const st = statSync(full);
    if (!st.isFile()) throw new Error(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no such file: ${path}`);
    throw err;
  }
  if (size > max) throw new Error(`${path} is larger than ${max / 1024 / 1024} MB`);
  return readFileSync(full, 'utf8');
}

/** A JSON report from disk, any schema version, or a one-line reason why not. */
function readReport(path: string, locale: Locale): Report {
  const parsed = parseReportText(readLocal(path, DEFAULT_MAX_REPORT_BYTES));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error[locale]}`);
  return parsed.report;
}

function toolVersion(): string {
  return (JSON.parse(readFileSync(join(HERE, '../package.json'), 'utf8')) as { version: string }).version;
}

/** The report of the page (file, URL or the demo), or of the JSON report given instead. */
async function reportFor(o: Options, format: ReportFormat): Promise<Report> {
  const target = o.targets[0] ?? null;
  let html: string;
  let url: string;
  let headers: Record<string, string> | null = null;
  if (!target) {
    html = readFileSync(DEMO_FILE, 'utf8');
    url = o.url ?? DEMO_URL;
    if (format === 'text' && !o.out)
      console.log(o.locale === 'vi' ? `(Không có trang nào được chỉ định: kiểm tra trang minh hoạ ${url})\n` : `(No page given: auditing the demo page ${url})\n`);
  } else if (/^https?:\/\//i.test(target)) {
    const page = await fetchPage(target);
    html = page.html;
    url = o.url ?? page.finalUrl;
    headers = page.headers;
  } else {
    const text = readLocal(target, DEFAULT_MAX_REPORT_BYTES);
    if (looksLikeJson(text)) {
      if (o.url) throw new UsageError('--url applies to an HTML page, not to a JSON report');
      return readReport(target, o.locale);
    }
    if (Buffer.byteLength(text) > MAX_BYTES) throw new Error(`${target} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    html = text;
    url = o.url ?? `file://${resolve(target)}`;
  }
  if (!looksLikeHtml(html)) throw new Error(`${target ?? 'input'} is not an HTML page`);
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url is not an address: ${url}`);
  }
  // happy-dom loads only when there is a page to read: reports and compare start fast.
  const { snapshotFromHtml } = await import('../lib/snapshot/from-html');
  const snapshot = await snapshotFromHtml(html, url, { responseHeaders: headers });
  const audit = withPage(newPortalAudit(snapshot.origin || url, DEFAULT_PROFILE), auditPage(snapshot, DEFAULT_PROFILE.criteria));
  return buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: toolVersion(), locale: o.locale });
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o.compare) {
    const [older, newer] = o.targets.map((t) => readReport(t, o.locale)) as [Report, Report];
    let cmp;
    try {
      cmp = compareReports(older, newer);
    } catch (err) {
      throw err instanceof CompareError ? new Error(err.detail[o.locale]) : err;
    }
    process.stdout.write(o.json ? `${JSON.stringify(cmp, null, 2)}\n` : `${formatComparison(cmp, o.locale)}\n`);
    return 0;
  }
  const format: ReportFormat = o.format ?? (o.json ? 'json' : 'text');
  const report = await reportFor(o, format);
  const rendered = renderReport(report, format, o.locale);
  if (o.out) {
    writeFileSync(o.out, rendered.main);
    if (rendered.evidence !== undefined) writeFileSync(evidenceCsvPath(o.out), rendered.evidence);
  } else process.stdout.write(format === 'csv' ? csvForStdout(rendered) : rendered.main);
  if (o.minScore) {
    const verdict = checkMinScore(report, o.minScore, o.locale);
    if (!verdict.ok) {
      process.stderr.write(`dvc-inspector: ${verdict.message}\n`);
      return EXIT_UNDER_MIN_SCORE;
    }
  }
  return 0;
}

main().then(
  // Let a large report reach a slow pipe before exiting.
  (code) => process.stdout.write('', () => process.exit(code)),
  (err: unknown) => {
    const message =
      err instanceof z.core.$ZodError
        ? `internal error: the report does not match its schema at ${err.issues[0]?.path.join('.')}: ${err.issues[0]?.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    process.stderr.write(`dvc-inspector: ${message.split('\n')[0]}\n`);
    process.exit(err instanceof UsageError ? 64 : 1);
  },
);
