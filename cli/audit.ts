#!/usr/bin/env node
/**
 * Command line: audit an HTML file or one URL with the same snapshot and
 * criteria code as the extension. The page's scripts never run; nothing is
 * fetched but the one URL asked for.
 *
 *   npm run audit -- [<file-or-url>] [--url <address>] [--json] [--lang vi|en]
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import { auditPage } from '../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../lib/audit/portal';
import { DEFAULT_PROFILE } from '../lib/criteria';
import type { Locale } from '../lib/i18n/strings';
import { buildReport } from '../lib/report/build';
import { formatSummary } from '../lib/report/text';
import { snapshotFromHtml } from '../lib/snapshot/from-html';

const HERE = dirname(fileURLToPath(import.meta.url));
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
const DEMO_FILE = join(HERE, '../demo/trang-chu.html');
const DEMO_URL = 'https://dichvucong.minhhoa.gov.vn/portaldvc/home';

class UsageError extends Error {}

interface Options {
  target: string | null;
  url: string | null;
  json: boolean;
  locale: Locale;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { target: null, url: null, json: false, locale: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--url') {
      o.url = argv[++i] ?? null;
      if (!o.url) throw new UsageError('--url needs an address');
    } else if (a === '--lang') {
      const l = argv[++i];
      if (l !== 'vi' && l !== 'en') throw new UsageError('--lang is vi or en');
      o.locale = l;
    } else if (a === '--help' || a === '-h') throw new UsageError('usage: npm run audit -- [<file-or-url>] [--url <address>] [--json] [--lang vi|en]');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (o.target) throw new UsageError(`one page at a time (got ${o.target} and ${a})`);
    else o.target = a;
  }
  return o;
}

function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|div|a|p|table|form|main|section)[\s>]/i.test(text.slice(0, 200_000));
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

function readPage(path: string): string {
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
  if (size > MAX_BYTES) throw new Error(`${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return readFileSync(full, 'utf8');
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  let html: string;
  let url: string;
  let headers: Record<string, string> | null = null;
  if (!o.target) {
    html = readFileSync(DEMO_FILE, 'utf8');
    url = o.url ?? DEMO_URL;
    if (!o.json) console.log(o.locale === 'vi' ? `(Không có trang nào được chỉ định: kiểm tra trang minh hoạ ${url})\n` : `(No page given: auditing the demo page ${url})\n`);
  } else if (/^https?:\/\//i.test(o.target)) {
    const page = await fetchPage(o.target);
    html = page.html;
    url = o.url ?? page.finalUrl;
    headers = page.headers;
  } else {
    html = readPage(o.target);
    url = o.url ?? `file://${resolve(o.target)}`;
  }
  if (!looksLikeHtml(html)) throw new Error(`${o.target ?? 'input'} is not an HTML page`);
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url is not an address: ${url}`);
  }

  const snapshot = await snapshotFromHtml(html, url, { responseHeaders: headers });
  const audit = withPage(newPortalAudit(snapshot.origin || url, DEFAULT_PROFILE), auditPage(snapshot, DEFAULT_PROFILE.criteria));
  const version = (JSON.parse(readFileSync(join(HERE, '../package.json'), 'utf8')) as { version: string }).version;
  const report = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: version, locale: o.locale });
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report, o.locale)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const message =
      err instanceof ZodError
        ? `internal error: the report does not match its schema at ${err.issues[0]?.path.join('.')}: ${err.issues[0]?.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    process.stderr.write(`dvc-inspector: ${message.split('\n')[0]}\n`);
    process.exit(err instanceof UsageError ? 64 : 1);
  },
);
