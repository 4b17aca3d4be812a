import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Mozilla's add-on linter, as AMO runs it on upload (`web-ext lint`), on the
 * built Firefox package: `npm run build` first (npm test does).
 */
const ROOT = join(__dirname, '../..');
const SOURCE_DIR = join(ROOT, '.output/firefox-mv2');

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

/** The bundled code around a warning (minified: usually one long line). */
function codeAt(m: Message, before = 300, after = 120): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(SOURCE_DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const col = (m.column ?? 1) - 1;
  return line.slice(Math.max(0, col - before), col + after);
}

/**
 * Warnings we cannot remove, each with why it is harmless and a check that
 * the warning is exactly that (so our own code cannot hide behind a code).
 * README.md ("Store packages and review") explains them to reviewers.
 */
const ALLOWED_WARNINGS: Record<string, { why: string; isExpected(m: Message): boolean }> = {
  UNSAFE_VAR_ASSIGNMENT: {
    why: "preact's renderer, which sets innerHTML only for `dangerouslySetInnerHTML`, a prop our components never use",
    isExpected: (m) => m.message.includes('innerHTML') && /dangerouslySetInnerHTML|__html/.test(codeAt(m, 600, 200)),
  },
};

describe('web-ext lint on .output/firefox-mv2', () => {
  let report: Report;

  beforeAll(async () => {
    const bin = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' })); // non-zero exit when it finds errors
    report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Report;
  }, 60_000);

  it('reports no errors', () => {
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('reports only the warnings we know and explain', () => {
    const unexplained = report.warnings
      .filter((w) => !ALLOWED_WARNINGS[w.code]?.isExpected(w))
      .map((w) => `${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''}: ${w.message}`);
    expect(unexplained).toEqual([]);
  });

  it('reports no notices', () => {
    expect(report.notices.map((n) => `${n.code}: ${n.message}`)).toEqual([]);
  });

  it('has every allowed warning explained in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Store packages and review'));
    for (const code of Object.keys(ALLOWED_WARNINGS)) expect(section, code).toContain(code);
  });
});

describe('our own sources', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  // What makes preact's innerHTML warning harmless (see ALLOWED_WARNINGS).
  it('never pass raw HTML to preact (dangerouslySetInnerHTML)', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap(sources);
    expect(files.length).toBeGreaterThan(10);
    const hits = files.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('dangerouslySetInnerHTML'));
    expect(hits).toEqual([]);
  });
});
