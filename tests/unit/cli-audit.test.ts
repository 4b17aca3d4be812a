import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, ReportSchema } from '../../lib/report/schema';
import { HOSTILE, hostileReport, sampleReport } from '../fixtures/reports/audits';

/**
 * The command line as a user runs it: a child process, real files, a real
 * HTTP server on 127.0.0.1 (never the outside network).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = join(ROOT, 'tests/fixtures/portal/tai-khoan.html');
const PDF = join(ROOT, 'tests/fixtures/portal/bieu-mau.pdf');
const V1 = join(ROOT, 'tests/fixtures/reports/v1-minhhoa-two-pages.json');
const TIMEOUT = 240_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Child processes start tsx and, for a page, happy-dom: a few at a time keeps a small machine responsive.
const MAX_RUNNING = 3;
let running = 0;
const waiting: Array<() => void> = [];

async function cli(...args: string[]): Promise<Run> {
  if (running >= MAX_RUNNING) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await new Promise<Run>((done) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'cli/main.ts', ...args],
        { cwd: ROOT, timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
        (err, stdout, stderr) => done({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
      );
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A one-line error on stderr, prefixed with the tool's name. */
function oneLineError(run: Run): string {
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^dvc-inspector: /);
  return lines[0]!;
}

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dvc-cli-'));
  writeFileSync(join(dir, 'sample.json'), JSON.stringify(sampleReport({ met: 17 }), null, 2));
  writeFileSync(join(dir, 'better.json'), JSON.stringify({ ...sampleReport({ met: 20 }), generatedAt: '2026-06-01T00:00:00.000Z' }, null, 2));
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostileReport(), null, 2));
  writeFileSync(join(dir, 'broken.json'), '{\n  "schemaVersion": 2,\n  "tool": {"name": "DVC Inspector",}\n}\n');
  writeFileSync(join(dir, 'notes.txt'), 'Ghi chú kiểm tra: không phải trang HTML.\n');
  writeFileSync(join(dir, 'mang.json'), '[{"schemaVersion": 3}]\n');
  writeFileSync(join(dir, 'nhi-phan.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'chu-thich-dai.txt'), `<!--${'x'.repeat(200_000)}-->\n${readFileSync(PAGE, 'utf8')}`);
  const html = readFileSync(PAGE, 'utf8');
  server = createServer((req, res) => {
    if (req.url === '/portaldvc/tai-khoan') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'strict-transport-security': 'max-age=31536000' });
      res.end(html);
    } else if (req.url === '/bieu-mau.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('npm run audit', () => {
  it('audits the demo page when given nothing, as before', { timeout: TIMEOUT }, async () => {
    const run = await cli('--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\(No page given: auditing the demo page https:\/\/dichvucong\.minhhoa\.gov\.vn/);
    expect(run.stdout).toMatch(/Score: \d+\/83 \(\d+\.\d\d%\)/);
  });

  it('prints the report JSON (--json and --format json), valid against the schema', { timeout: TIMEOUT }, async () => {
    const url = 'https://dichvucong.vidu.gov.vn/portaldvc/tai-khoan';
    const [a, b] = await Promise.all([cli(PAGE, '--url', url, '--json'), cli(PAGE, '--url', url, '--format', 'json')]);
    for (const run of [a, b]) {
      expect(run.code, run.stderr).toBe(0);
      const report = ReportSchema.parse(JSON.parse(run.stdout));
      expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
      expect(report.pages.map((p) => p.url)).toEqual([url]);
      expect(report.portal.origin).toBe('https://dichvucong.vidu.gov.vn');
      expect(report.criteria).toHaveLength(83);
    }
  });

  it('fetches a page from a local server (--static: its markup), and reads its response headers', { timeout: TIMEOUT }, async () => {
    const run = await cli(`${base}/portaldvc/tai-khoan`, '--json', '--static');
    expect(run.code, run.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.pages[0]!.url).toBe(`${base}/portaldvc/tai-khoan`);
    expect(report.criteria.find((c) => c.id === 'AT-05')!.state).not.toBe('not_checked');
  });

  it('passes --min-score at or under the score, exits 3 above it after writing the output', { timeout: TIMEOUT }, async () => {
    const out = join(dir, 'min-score.json');
    const [pass, passPct, fail, failPct] = await Promise.all([
      cli(join(dir, 'sample.json'), '--min-score', '17', '--json'),
      cli(join(dir, 'sample.json'), '--min-score', '20.48%', '--json'),
      cli(join(dir, 'sample.json'), '--min-score', '18', '--format', 'json', '--out', out, '--lang', 'en'),
      cli(join(dir, 'sample.json'), '--min-score', '25%', '--lang', 'en'),
    ]);
    expect(pass.code, pass.stderr).toBe(0);
    expect(passPct.code, passPct.stderr).toBe(0);
    expect(pass.stderr).toBe('');
    expect(fail.code).toBe(3);
    expect(oneLineError(fail)).toBe('dvc-inspector: score 17/83 (20.48%) is under the minimum of 18/83 met criteria (1 short)');
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).score.met).toBe(17);
    expect(failPct.code).toBe(3);
    expect(oneLineError(failPct)).toMatch(/under the minimum of 25%/);
    expect(failPct.stdout).toContain('Score: 17/83 (20.48%)');
  });

  it('writes CSV to --out as two files, and both tables to stdout', { timeout: TIMEOUT }, async () => {
    const out = join(dir, 'ket-qua.csv');
    const [toFile, toStdout] = await Promise.all([
      cli(join(dir, 'hostile.json'), '--format', 'csv', '--out', out),
      cli(join(dir, 'hostile.json'), '--format', 'csv', '--lang', 'en'),
    ]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe('');
    const criteria = readFileSync(out, 'utf8');
    const evidence = readFileSync(join(dir, 'ket-qua.evidence.csv'), 'utf8');
    expect(criteria.startsWith('\uFEFFMã tiêu chí,Nhóm,')).toBe(true);
    expect(criteria.split('\r\n')).toHaveLength(85); // header, 83 rows, and the final CRLF
    expect(evidence.startsWith('\uFEFFMã tiêu chí,Địa chỉ trang,')).toBe(true);
    expect(evidence).toContain(`'${HOSTILE.formula.replace(/"/g, '""')}`);
    expect(toStdout.code).toBe(0);
    const [first, second] = toStdout.stdout.split('\r\n\r\n');
    expect(first!.startsWith('\uFEFFCriterion,Group,Title,')).toBe(true);
    expect(second!.startsWith('Criterion,Page URL,Selector,Text\r\n')).toBe(true);
  });

  it('writes a self-contained, inert HTML report to --out', { timeout: TIMEOUT }, async () => {
    const out = join(dir, 'bao-cao.html');
    const run = await cli(join(dir, 'hostile.json'), '--format', 'html', '--out', out, '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect(doc.body.textContent).toContain(HOSTILE.script);
    expect(doc.querySelector('.big')?.textContent).toBe('5/83 (6.02%)');
  });

  it('reads an old (version 1) report as input and writes it as the current version', { timeout: TIMEOUT }, async () => {
    const run = await cli(V1, '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.score.formatted.vi).toBe(JSON.parse(readFileSync(V1, 'utf8')).score.formatted.vi);
  });

  it('compares two reports, as text and as JSON', { timeout: TIMEOUT }, async () => {
    const [text, json, vi] = await Promise.all([
      cli('compare', join(dir, 'sample.json'), join(dir, 'better.json'), '--lang', 'en'),
      cli('compare', join(dir, 'sample.json'), join(dir, 'better.json'), '--json'),
      cli('compare', V1, join(dir, 'sample.json')),
    ]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Score: 17/83 (20.48%) → 20/83 (24.10%) (+3)');
    expect(text.stdout).toContain('Gained (3):');
    expect(json.code).toBe(0);
    const cmp = JSON.parse(json.stdout);
    expect(cmp.score).toMatchObject({ old: 17, new: 20, delta: 3 });
    expect(cmp.criteria).toHaveLength(83);
    expect(cmp.criteria.filter((c: { change: string }) => c.change === 'gained')).toHaveLength(3);
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stdout).toMatch(/^Lưu ý: Hai báo cáo của hai cổng khác nhau/m);
  });

  it('fails with one line and a non-zero exit on bad input', { timeout: TIMEOUT }, async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const [missing, notHtml, pdf, unreachable, httpPdf, broken, missingReport, foreign, tooMany] = await Promise.all([
      cli(join(dir, 'khong-co.html')),
      cli(join(dir, 'notes.txt')),
      cli(PDF),
      cli(`http://127.0.0.1:${deadPort}/`, '--static'),
      cli(`${base}/bieu-mau.pdf`, '--static'),
      cli('compare', join(dir, 'broken.json'), join(dir, 'sample.json'), '--lang', 'en'),
      cli('compare', join(dir, 'sample.json'), join(dir, 'khong-co.json')),
      cli('compare', join(dir, 'sample.json'), join(ROOT, 'package.json'), '--lang', 'en'),
      cli('compare', join(dir, 'sample.json')),
    ]);
    expect(missing.code).toBe(1);
    expect(oneLineError(missing)).toContain('no such file');
    expect(notHtml.code).toBe(1);
    expect(oneLineError(notHtml)).toContain('is not an HTML page');
    expect(pdf.code).toBe(1);
    expect(oneLineError(pdf)).toContain('is not an HTML page');
    expect(unreachable.code).toBe(1);
    expect(oneLineError(unreachable)).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+\/: ECONNREFUSED/);
    expect(httpPdf.code).toBe(1);
    expect(oneLineError(httpPdf)).toContain('is not an HTML page (content-type application/pdf)');
    expect(broken.code).toBe(1);
    expect(oneLineError(broken)).toContain('broken.json: Not valid JSON at line 3, column 36 (character 60): expected a property name in double quotes, found "}"');
    expect(missingReport.code).toBe(1);
    expect(oneLineError(missingReport)).toContain('no such file');
    expect(foreign.code).toBe(1);
    expect(oneLineError(foreign)).toContain('not a DVC Inspector report');
    expect(tooMany.code).toBe(64);
    expect(oneLineError(tooMany)).toMatch(/missing required argument 'new.json'/);
    for (const run of [missing, notHtml, unreachable, broken]) expect(run.stdout).toBe('');
  });

  it('prints real help for every verb and exits 0', { timeout: TIMEOUT }, async () => {
    const runs = await Promise.all([cli('--help'), cli('audit', '--help'), cli('crawl', '--help'), cli('compare', '--help')]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Usage: dvc-inspector/);
    }
    expect(runs[0]!.stdout).toMatch(/crawl \[options\] <start-url>/);
    expect(runs[2]!.stdout).toContain('--max-pages <n>');
    expect(runs[2]!.stdout).toContain('--state <dir>');
    expect(runs[1]!.stdout).toContain('--static');
    expect(runs[1]!.stdout).toContain('sarif');
  });

  it('gives each kind of wrong input its own message, and never shows credentials', { timeout: TIMEOUT }, async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const [array, binary, comment, creds] = await Promise.all([
      cli(join(dir, 'mang.json'), '--lang', 'en'),
      cli(join(dir, 'nhi-phan.bin')),
      cli(join(dir, 'chu-thich-dai.txt'), '--json'),
      cli(`http://canbo:mat-khau@127.0.0.1:${deadPort}/`, '--static'),
    ]);
    expect(array.code).toBe(1);
    expect(oneLineError(array)).toMatch(/mang\.json: .*array/i);
    expect(binary.code).toBe(1);
    expect(oneLineError(binary)).toContain('is not an HTML page (binary data: a control byte at offset');
    expect(comment.code, comment.stderr).toBe(0);
    expect(ReportSchema.parse(JSON.parse(comment.stdout)).pages).toHaveLength(1);
    expect(creds.code).toBe(1);
    expect(oneLineError(creds)).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+\/: ECONNREFUSED/);
    expect(creds.stderr).not.toContain('mat-khau');
  });

  it('rejects bad options with exit 64', { timeout: TIMEOUT }, async () => {
    const runs = await Promise.all([
      cli(PAGE, '--min-score', '90'),
      cli(PAGE, '--min-score', 'nhiều'),
      cli(PAGE, '--json', '--format', 'csv'),
      cli(PAGE, '--format', 'pdf'),
      cli(PAGE, '--out'),
      cli('compare', V1, V1, '--format', 'csv'),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(64);
      oneLineError(run);
    }
    expect(existsSync(join(ROOT, '--out'))).toBe(false);
  });
});
