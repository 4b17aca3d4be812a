import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { startFixturePortal, type FixturePortal } from '../cli/fixture-portal';
import { BIN, ROOT, runCli } from '../cli/run';

/**
 * One page rendered by the built command line in Debian's Chromium, a local
 * file served for rendering, the message when Chromium is missing, the live
 * progress line on a terminal, and the packed package installed offline in
 * an empty folder and run with npx.
 */
let portal: FixturePortal;
let dir: string;

beforeAll(async () => {
  expect(existsSync(BIN), 'run "npm run build" first').toBe(true);
  portal = await startFixturePortal();
  dir = mkdtempSync(join(tmpdir(), 'dvc-render-'));
});

afterAll(async () => {
  await portal?.close();
  rmSync(dir, { recursive: true, force: true });
});

const state = (stdout: string, id: string) => ReportSchema.parse(JSON.parse(stdout)).criteria.find((c) => c.id === id)!.state;

describe('dvc-inspector audit, rendered', () => {
  it('renders a URL in Chromium by default; --static reads its markup only', async () => {
    const [browser, statik] = await Promise.all([
      runCli([`${portal.origin}/`, '--json', '--timeout', '10']),
      runCli([`${portal.origin}/`, '--json', '--static']),
    ]);
    expect(browser.code, browser.stderr).toBe(0);
    expect(statik.code, statik.stderr).toBe(0);
    expect(ReportSchema.parse(JSON.parse(browser.stdout)).pages[0]!.rendering).toBe('browser');
    expect(ReportSchema.parse(JSON.parse(statik.stdout)).pages[0]!.rendering).toBe('static');
    expect(state(browser.stdout, 'HT-05')).toBe('met');
    expect(state(statik.stdout, 'HT-05')).toBe('not_met');
    // The response headers are read in both ways (AT-05).
    expect(state(browser.stdout, 'AT-05')).toBe(state(statik.stdout, 'AT-05'));
  }, 60_000);

  it('says in the text summary how the page was read', async () => {
    const run = await runCli([`${portal.origin}/gioi-thieu`, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Pages audited: ${portal.origin}/gioi-thieu (`);
    expect(run.stdout).toMatch(/Pages audited: \S+\/gioi-thieu \((?:[^;)]+; )?read in a browser, the page's scripts run\)/);
  }, 60_000);

  it('renders a local file with --render, its relative script served from 127.0.0.1', async () => {
    const site = join(dir, 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(
      join(site, 'trang-chu.html'),
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng DVC</title></head><body><div id="ho-tro"></div><script src="js/ho-tro.js"></script></body></html>',
    );
    mkdirSync(join(site, 'js'));
    writeFileSync(join(site, 'js/ho-tro.js'), "document.getElementById('ho-tro').textContent = 'Tổng đài hỗ trợ: 1900 1234';");
    const url = 'https://dichvucong.minhhoa.gov.vn/portaldvc/home';
    const [statik, rendered] = await Promise.all([
      runCli([join(site, 'trang-chu.html'), '--url', url, '--json']),
      runCli([join(site, 'trang-chu.html'), '--url', url, '--json', '--render']),
    ]);
    expect(statik.code, statik.stderr).toBe(0);
    expect(rendered.code, rendered.stderr).toBe(0);
    const r = ReportSchema.parse(JSON.parse(rendered.stdout));
    expect(r.pages[0]).toMatchObject({ url, rendering: 'browser' });
    expect(ReportSchema.parse(JSON.parse(statik.stdout)).pages[0]!.rendering).toBe('static');
    expect(state(rendered.stdout, 'HT-05')).toBe('met');
    expect(state(statik.stdout, 'HT-05')).toBe('not_met');
  }, 60_000);

  it('names the Debian package, or --static, when Chromium is missing', async () => {
    const run = await runCli([`${portal.origin}/`, '--chromium', '/khong/co/chromium']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dvc-inspector: Chromium is not installed at \/khong\/co\/chromium: install Debian's package "chromium" .*--static/);
  });

  it('shows a live progress line on a terminal, on stderr only', async () => {
    const out = join(dir, 'tty.json');
    // `script` gives the command a terminal, as a person running it has.
    const cmd = `${process.execPath} ${BIN} crawl ${portal.origin}/ --json --out ${out} --max-pages 3 --no-routes --delay 0 --timeout 3`;
    // (Run asynchronously: the fixture portal answers from this process.)
    const run = await runCli([], { command: ['script', '-qfec', cmd, '/dev/null'] });
    expect(run.code, run.stdout).toBe(0);
    const screen = run.stdout;
    expect(screen).toMatch(/\d+ done · \d+ queued · \d+ failed · \d+:\d\d http:\/\/127\.0\.0\.1/);
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).pages.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('the packed package', () => {
  it('installs offline in an empty folder from its tarball and runs with npx', async () => {
    const pack = join(dir, 'pack');
    const app = join(dir, 'app');
    mkdirSync(pack);
    mkdirSync(app);
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', pack], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const tarball = join(pack, packed[0].filename);
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/cli/dvc-inspector.js');
    expect(files).toContain('dist/cli/snapshot.js');
    expect(files).toContain('npm-shrinkwrap.json');
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(existsSync(join(ROOT, 'npm-shrinkwrap.json'))).toBe(false);
    expect(readFileSync(join(ROOT, 'dist/cli/snapshot.js'), 'utf8')).toBe(readFileSync(join(ROOT, '.output/chrome-mv3/snapshot.js'), 'utf8'));

    // Offline: the tarball's own shrinkwrap is the lock, its dependencies come from npm's cache.
    copyFileSync(tarball, join(app, 'dvc-inspector.tgz'));
    const shrinkwrap = JSON.parse(execFileSync('tar', ['xzf', 'dvc-inspector.tgz', '-O', 'package/npm-shrinkwrap.json'], { cwd: app, encoding: 'utf8' }));
    const root = shrinkwrap.packages[''];
    const dependencies = { 'dvc-inspector': 'file:dvc-inspector.tgz' };
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies },
      'node_modules/dvc-inspector': { version: root.version, resolved: 'file:dvc-inspector.tgz', dependencies: root.dependencies, bin: root.bin, license: root.license },
    };
    for (const [path, entry] of Object.entries(shrinkwrap.packages)) if (path) packages[path] = entry;
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
    execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: app, stdio: 'ignore', timeout: 180_000 });

    const run = await runCli(['crawl', `${portal.origin}/`, '--json', '--max-pages', '4', '--no-routes', '--delay', '0', '--timeout', '3'], {
      cwd: app,
      command: ['npx', '--offline', 'dvc-inspector'],
    });
    expect(run.code, run.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.pages.length).toBeGreaterThan(0);
    expect(report.pages.every((p) => p.rendering === 'browser')).toBe(true);
    expect(report.score.formatted.vi).toMatch(/^\d+\/83 \(\d+,\d\d%\)$/);
    const help = await runCli(['crawl', '--help'], { cwd: app, command: ['npx', '--offline', 'dvc-inspector'] });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-pages');
  }, 300_000);
});
