import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFindings } from '../../lib/audit/merge';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { score } from '../../lib/audit/score';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { auditFromReport } from '../../lib/report/import';
import { ReportSchema, type Report } from '../../lib/report/schema';
import { startFixturePortal, type FixturePortal } from '../cli/fixture-portal';
import { BIN, runCli } from '../cli/run';

/**
 * `dvc-inspector crawl` (the built command line) against a fixture portal on
 * 127.0.0.1, in Debian's headless Chromium.
 */
const FAST = ['--delay', '0', '--timeout', '3', '--settle', '3000'];
const PAGE_PATHS = ['/', '/chi-trong-sitemap', '/dich-vu/ho-so', '/gioi-thieu'];

let portal: FixturePortal;
let dir: string;
let rendered: Report;

beforeAll(async () => {
  expect(existsSync(BIN), 'run "npm run build" first').toBe(true);
  portal = await startFixturePortal();
  dir = mkdtempSync(join(tmpdir(), 'dvc-crawl-'));
});

afterAll(async () => {
  await portal?.close();
  rmSync(dir, { recursive: true, force: true });
});

const paths = (r: Report) => r.pages.map((p) => new URL(p.url).pathname).sort();
const findingsOf = (r: Report, path: string) => r.pages.find((p) => new URL(p.url).pathname === path)!.findings;

describe('dvc-inspector crawl', () => {
  it('audits every page of the portal in Chromium, obeys robots.txt, stays on the portal and records failures', async () => {
    const run = await runCli(['crawl', `${portal.origin}/`, '--json', '--max-pages', '20', '--concurrency', '2', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(''); // no progress line: stderr is not a terminal
    rendered = ReportSchema.parse(JSON.parse(run.stdout));
    expect(rendered.schemaVersion).toBe(3);
    expect(paths(rendered)).toEqual(PAGE_PATHS); // the sitemap-only page included
    expect(rendered.pages.every((p) => p.rendering === 'browser')).toBe(true);

    // robots.txt: the disallowed pages, linked and in the sitemap, were never requested.
    expect(portal.log.filter((p) => p.startsWith('/quan-tri'))).toEqual([]);
    expect(rendered.crawl!.skipped.filter((s) => s.kind === 'robots').map((s) => new URL(s.url).pathname).sort()).toEqual([
      '/quan-tri/bi-an',
      '/quan-tri/cai-dat',
    ]);
    // Nothing off the portal: neither its link nor the redirect's target.
    expect(portal.offPortal.log).toEqual([]);
    // It says who it is.
    expect(new Set(portal.agents)).toEqual(new Set([expect.stringMatching(/^DVC-Inspector\/0\.1\.0 \(\+contact: /)]));

    const failed = Object.fromEntries(rendered.crawl!.failed.map((f) => [new URL(f.url).pathname, f]));
    expect(Object.keys(failed).sort()).toEqual(['/khong-co', '/ra-ngoai', '/treo', '/vong-lap']);
    expect(failed['/treo']).toMatchObject({ kind: 'timeout', reason: expect.stringMatching(/timed out/) });
    expect(failed['/vong-lap']).toMatchObject({ kind: 'redirect-loop' });
    expect(failed['/khong-co']).toMatchObject({ kind: 'http-status', status: 404 });
    expect(failed['/ra-ngoai']).toMatchObject({ kind: 'redirect-refused', reason: expect.stringContaining(`${portal.offPortal.origin}/dich-den`) });
    expect(portal.log).not.toContain('/bieu-mau.pdf'); // not a page
    expect(rendered.crawl!.complete).toBe(true);
  }, 120_000);

  it('merges the pages exactly as the extension merges them', () => {
    // The pages as the extension stores them, added one by one as the extension adds them.
    const stored = auditFromReport(rendered);
    let audit = newPortalAudit(rendered.portal.origin, DEFAULT_PROFILE);
    for (const p of stored.pages) audit = withPage(audit, p);
    const merged = mergeFindings(DEFAULT_PROFILE.criteria, audit.pages, audit.attestations);
    expect(rendered.criteria.map((c) => [c.id, c.state])).toEqual(merged.map((r) => [r.criterion.id, r.state]));
    const s = score(merged, DEFAULT_PROFILE.groups.map((g) => g.id));
    expect(rendered.score.met).toBe(s.met);
    expect(rendered.score.percent).toBe(s.percent);
    expect(buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' }).score).toEqual(rendered.score);
  });

  it('differs from the static reading exactly where scripts add content', async () => {
    const run = await runCli(['crawl', `${portal.origin}/`, '--static', '--json', '--max-pages', '20', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const statik = ReportSchema.parse(JSON.parse(run.stdout));
    expect(paths(statik)).toEqual(PAGE_PATHS);
    expect(statik.pages.every((p) => p.rendering === 'static')).toBe(true);
    const differences: string[] = [];
    for (const path of PAGE_PATHS) {
      const a = findingsOf(rendered, path);
      const b = findingsOf(statik, path);
      // GD-06 and the 2024 scale's speed criteria read the page's load timings, which only a browser has
      // (indicative from one load: needs review; the command line measures key pages with --profile vn-httt-2024).
      const timings = ['GD-06', 'HN-01', 'HN-02', 'HN-04'];
      expect(timings.map((id) => [b[id]!.state, a[id]!.state])).toEqual(timings.map(() => ['not_checked', 'needs_review']));
      for (const id of Object.keys(a)) if (!timings.includes(id) && a[id]!.state !== b[id]!.state) differences.push(`${path} ${id} ${b[id]!.state}→${a[id]!.state}`);
    }
    // The hotline the home page's script fetches; the lookup form the procedure page's script builds.
    // (Read as markup, the procedure page is no lookup page at all, so TC-01 is not judged there.)
    expect(differences.sort()).toEqual(['/ HT-05 not_met→met', '/dich-vu/ho-so TC-01 not_checked→met']);
    const typeOf = (r: Report, path: string) => r.pages.find((p) => new URL(p.url).pathname === path)!.pageType;
    expect([typeOf(statik, '/dich-vu/ho-so'), typeOf(rendered, '/dich-vu/ho-so')]).toEqual(['other', 'lookup']);
  }, 120_000);

  it('honours --max-pages and says the crawl stopped short', async () => {
    portal.log.length = 0;
    const run = await runCli(['crawl', `${portal.origin}/`, '--json', '--max-pages', '2', '--no-routes', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const r = ReportSchema.parse(JSON.parse(run.stdout));
    expect(r.pages.length + r.crawl!.failed.length).toBeLessThanOrEqual(2);
    expect(r.pages.length).toBeGreaterThanOrEqual(1);
    expect(r.crawl!.complete).toBe(false);
    // Pages past the budget were not even requested (robots.txt, sitemaps and the pages' own scripts and data aside).
    const pageRequests = portal.log.filter((p) => !/^\/(robots\.txt|sitemap[^/]*\.xml|static\/|api\/|favicon)/.test(p));
    expect(pageRequests.length, pageRequests.join(' ')).toBeLessThanOrEqual(2);
  }, 120_000);

  it('writes SARIF and JUnit of the crawl, and gates CI on --min-score', async () => {
    const sarif = join(dir, 'cong.sarif');
    const junit = join(dir, 'cong.xml');
    const report = join(dir, 'cong.json');
    writeFileSync(report, JSON.stringify(rendered));
    const [a, b, gate] = await Promise.all([
      runCli([report, '--format', 'sarif', '--out', sarif]),
      runCli([report, '--format', 'junit', '--out', junit]),
      runCli([report, '--min-score', '80', '--lang', 'en']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBe(rendered.criteria.filter((c) => c.state === 'not_met').length);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testsuites [^>]*tests="83"/);
    expect(gate.code).toBe(3);
    expect(gate.stderr).toMatch(/^dvc-inspector: score \d+\/83 .* is under the minimum of 80\/83 met criteria/);
  }, 60_000);

  it('resumes a crawl killed half-way from --state without redoing finished pages', async () => {
    const state = join(dir, 'state');
    const args = ['crawl', `${portal.origin}/`, '--json', '--state', state, '--max-pages', '20', '--concurrency', '1', ...FAST];
    const first = await runCli(args, {
      onStart: (kill) => {
        const timer = setInterval(() => {
          const pages = existsSync(join(state, 'pages')) ? readdirSync(join(state, 'pages')).filter((f) => f.endsWith('.json')) : [];
          if (pages.length >= 3) {
            clearInterval(timer);
            kill('SIGKILL'); // a crash: no chance to tidy up
          }
        }, 50);
      },
    });
    expect(first.signal).toBe('SIGKILL');
    const finished = readdirSync(join(state, 'pages'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(state, 'pages', f), 'utf8')) as { key: string; outcome: string });
    expect(finished.length).toBeGreaterThanOrEqual(3);
    portal.log.length = 0;
    const second = await runCli(args);
    expect(second.code, second.stderr).toBe(0);
    const r = ReportSchema.parse(JSON.parse(second.stdout));
    expect(paths(r)).toEqual(PAGE_PATHS);
    for (const f of finished) expect(portal.log, `${f.key} was requested again`).not.toContain(new URL(f.key).pathname);
    expect(r.score).toEqual(rendered.score);
  }, 180_000);

  it('stops on Ctrl-C with exit 130 and says how to resume', async () => {
    const state = join(dir, 'state-int');
    const run = await runCli(['crawl', `${portal.origin}/`, '--json', '--state', state, '--concurrency', '1', ...FAST], {
      onStart: (kill) => {
        const timer = setInterval(() => {
          if (existsSync(join(state, 'pages')) && readdirSync(join(state, 'pages')).some((f) => f.endsWith('.json'))) {
            clearInterval(timer);
            kill('SIGINT');
          }
        }, 50);
      },
    });
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dvc-inspector: interrupted after \d+ pages?; run the same command again to resume from /);
  }, 120_000);
});
