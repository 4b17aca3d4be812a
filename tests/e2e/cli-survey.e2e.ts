import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../lib/report/schema';
import { SurveySchema, hostFileStem, shardOf, type Survey } from '../../lib/survey';
import { BIN, ROOT, runCli } from '../cli/run';

/**
 * `dvc-inspector survey` (the built command line) over three portals on
 * 127.0.0.1 — one rich, one nearly empty, one that does not answer — and a
 * list with a malformed row, each portal crawled in Debian's headless
 * Chromium.
 */

interface Site {
  origin: string;
  host: string;
  log: string[];
  pages: Record<string, string>;
  close(): Promise<void>;
}

async function serve(pages: Record<string, string>, port = 0): Promise<Site> {
  const log: string[] = [];
  const sockets = new Set<Socket>();
  const site = { pages } as Site;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(path);
    const body = site.pages[path];
    if (body === undefined) return void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title><p>Không tìm thấy</p>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = (server.address() as AddressInfo).port;
  Object.assign(site, {
    origin: `http://127.0.0.1:${bound}`,
    host: `127.0.0.1:${bound}`,
    log,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  });
  return site;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

const RICH = readFileSync(join(ROOT, 'demo/trang-chu.html'), 'utf8');
const EMPTY = '<!doctype html><html><head><title>Cổng</title></head><body><p>Đang xây dựng</p></body></html>';
const BETTER = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cổng Dịch vụ công</title></head><body><header><h1>Cổng Dịch vụ công</h1></header><main><p>Đang xây dựng</p><p>Tổng đài hỗ trợ: 1900 1234</p></main><footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nghèo</p><p>Đơn vị vận hành: Sở Khoa học và Công nghệ</p></footer></body></html>`;
const FAST = ['--delay', '0', '--timeout', '5', '--settle', '1500', '--max-pages', '3', '--concurrency', '1', '--no-routes'];

let rich: Site;
let poor: Site;
let downHost: string;
let dir: string;
let list: string;
let full: Survey;

beforeAll(async () => {
  expect(existsSync(BIN), 'run "npm run build" and "node scripts/build-cli.mjs" first').toBe(true);
  rich = await serve({ '/': RICH, '/portaldvc/home': RICH });
  poor = await serve({ '/': EMPTY });
  downHost = `127.0.0.1:${await closedPort()}`;
  dir = mkdtempSync(join(tmpdir(), 'dvc-survey-'));
  list = join(dir, 'portals.csv');
  writeFileSync(
    list,
    [
      'name,url,kind,code',
      `"<b>Tỉnh Giàu</b> & <script>x()</script>",${rich.origin}/,province,01`,
      `Tỉnh Nghèo,${poor.origin}/,province,02`,
      '"Bộ hỏng"x,http://127.0.0.1:1/,ministry,',
      `Bộ Tắt,http://${downHost}/,ministry,B1`,
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rich?.close();
  await poor?.close();
  rmSync(dir, { recursive: true, force: true });
});

const readSurvey = (out: string) => SurveySchema.parse(JSON.parse(readFileSync(join(out, 'survey.json'), 'utf8')));
const readReport = (out: string, host: string): Report => ReportSchema.parse(JSON.parse(readFileSync(join(out, `${hostFileStem(host)}.json`), 'utf8')));
const withoutDate = (s: Survey) => ({ ...s, generatedAt: '' });

describe('dvc-inspector survey', () => {
  it('surveys the list: each portal audited in Chromium or listed with its reason, the bad row reported, the table right', async () => {
    const out = join(dir, 'full');
    const run = await runCli(['survey', list, '--out', out, ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/portals\.csv:4: not a CSV row/);
    expect(readdirSync(out).sort()).toEqual(
      ['.survey', 'index.html', 'survey.csv', 'survey.json', `${hostFileStem(rich.host)}.html`, `${hostFileStem(rich.host)}.json`, `${hostFileStem(poor.host)}.html`, `${hostFileStem(poor.host)}.json`].sort(),
    );
    full = readSurvey(out);
    expect(full.list).toEqual({ portals: 3, problems: [{ line: 4, reason: expect.stringMatching(/not a CSV row/) }] });
    expect(full.portals.map((p) => [p.host, p.status])).toEqual([
      [rich.host, 'audited'],
      [poor.host, 'audited'],
      [downHost, 'unreachable'],
    ]);
    const down = full.portals[2]!;
    expect(down.reason).toMatch(new RegExp(`cannot reach http://${downHost.replace('.', '\\.')}/robots\\.txt`));
    expect(down.score).toBeNull();

    // Each portal's own report, read back: the survey's numbers are its numbers.
    const reports = [readReport(out, rich.host), readReport(out, poor.host)];
    expect(reports.every((r) => r.pages.length >= 1 && r.pages.every((p) => p.rendering === 'browser'))).toBe(true);
    const [r1, r2] = reports as [Report, Report];
    expect(r1.score.met).toBeGreaterThan(r2.score.met);
    expect(full.portals[0]!.score!.met).toBe(r1.score.met);
    expect(full.portals[1]!.score!.met).toBe(r2.score.met);
    expect(full.portals[0]!.pages).toBe(r1.pages.length);
    expect(full.reached).toBe(2);
    const mean = (r1.score.met + r2.score.met) / 2;
    expect(full.average!.met).toBe(Math.round(mean * 100) / 100);
    expect(full.average!.percent).toBe(Math.round((mean / 83) * 10000) / 100);
    for (const g of full.groups) {
      const [a, b] = reports.map((r) => r.groups.find((x) => x.id === g.id)!);
      expect(g.averagePercent, g.id).toBe(Math.round((((a!.met + b!.met) / 2) / a!.total) * 10000) / 100);
    }
    for (const c of full.criteria) {
      const n = reports.filter((r) => r.criteria.find((x) => x.id === c.id)!.state === 'met').length;
      expect(c.passRate, c.id).toBe((n / 2) * 100);
    }
    expect(full.criteria.some((c) => c.passRate === 50)).toBe(true); // the two portals differ

    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;b&gt;Tỉnh Giàu&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain(full.average!.formatted.vi);
    expect(html).toContain(`href="${hostFileStem(rich.host)}.html"`);
    expect(html).toContain('không truy cập được');
    const csv = readFileSync(join(out, 'survey.csv'), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  }, 420_000);

  it('resumes an interrupted survey without redoing the portals it finished', async () => {
    const out = join(dir, 'resumed');
    rich.log.length = 0;
    const first = await runCli(['survey', list, '--out', out, ...FAST], {
      onStart: (kill) => {
        // Interrupt once the first portal is done.
        const timer = setInterval(() => {
          if (existsSync(join(out, '.survey', 'done', `${hostFileStem(rich.host)}.json`))) {
            clearInterval(timer);
            kill('SIGINT');
          }
        }, 50);
      },
    });
    expect(first.code, first.stderr).toBe(130);
    expect(first.stderr).toMatch(/run the same command again to resume/);
    expect(existsSync(join(out, 'survey.json'))).toBe(false);
    const requested = rich.log.length;
    expect(requested).toBeGreaterThan(0);

    const second = await runCli(['survey', list, '--out', out, ...FAST]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/Tiếp tục khảo sát: 1 cổng đã xong/);
    expect(rich.log.length).toBe(requested); // the rich portal was not asked again
    expect(withoutDate(readSurvey(out))).toEqual(withoutDate(full));
  }, 420_000);

  it('--retry audits the portals not reached before, and only them', async () => {
    const out = join(dir, 'retried');
    cpSync(join(dir, 'full'), out, { recursive: true });
    const back = await serve({ '/': EMPTY }, Number(downHost.split(':')[1]));
    rich.log.length = 0;
    poor.log.length = 0;
    try {
      const again = await runCli(['survey', list, '--out', out, ...FAST]);
      expect(again.code, again.stderr).toBe(0);
      expect(readSurvey(out).portals[2]!.status).toBe('unreachable'); // without --retry it is not asked again
      expect(back.log).toEqual([]);
      const run = await runCli(['survey', list, '--out', out, '--retry', ...FAST]);
      expect(run.code, run.stderr).toBe(0);
      const s = readSurvey(out);
      expect(s.portals.map((p) => p.status)).toEqual(['audited', 'audited', 'audited']);
      expect(s.reached).toBe(3);
      expect(back.log.length).toBeGreaterThan(0);
      expect([rich.log, poor.log]).toEqual([[], []]); // finished portals are not redone
    } finally {
      await back.close();
    }
  }, 420_000);

  it('two shards merged are the survey of one run', async () => {
    const parts = [join(dir, 'shard1'), join(dir, 'shard2')];
    for (const [i, out] of parts.entries()) {
      const run = await runCli(['survey', list, '--out', out, '--shard', `${i + 1}/2`, ...FAST]);
      expect(run.code, run.stderr).toBe(0);
      const part = readSurvey(out);
      expect(part.shard).toEqual({ index: i + 1, count: 2 });
      expect(part.portals.map((p) => p.host).sort()).toEqual([rich.host, poor.host, downHost].filter((h) => shardOf(h, 2) === i + 1).sort());
    }
    const merged = join(dir, 'merged');
    const run = await runCli(['survey', 'merge', ...parts, '--out', merged]);
    expect(run.code, run.stderr).toBe(0);
    expect(withoutDate(readSurvey(merged))).toEqual(withoutDate(full));
    // The portals' reports come along.
    expect(readReport(merged, rich.host).score.met).toBe(full.portals[0]!.score!.met);
    const missing = await runCli(['survey', 'merge', parts[0]!, '--out', join(dir, 'half')]);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/shards missing: 2\/2/);
  }, 420_000);

  it('on the 2024 scale gives each portal its points, level and place, and the distribution of levels', async () => {
    const out = join(dir, 'scale-2024');
    const run = await runCli(['survey', list, '--out', out, '--profile', 'vn-httt-2024', '--perf-runs', '0', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const s = readSurvey(out);
    expect([s.checklist.id, s.checklist.scoring]).toEqual(['vn-httt-2024', 'points']);
    const reached = s.portals.filter((p) => p.status === 'audited');
    expect(reached).toHaveLength(2);
    for (const p of reached) {
      const report = readReport(out, p.host);
      // The survey's points are the portal's own report's.
      expect([p.points!.points, p.points!.level]).toEqual([report.points!.points, report.points!.level?.id ?? null]);
    }
    const [first, second] = [...reached].sort((a, b) => a.rank! - b.rank!);
    expect(first!.points!.points).toBeGreaterThanOrEqual(second!.points!.points);
    expect(first!.rank).toBe(1);
    expect(s.levels!.reduce((n, l) => n + l.portals, 0)).toBe(2);
    expect(s.averagePoints!.points).toBeCloseTo((first!.points!.points + second!.points!.points) / 2, 2);
    expect(s.portals.find((p) => p.status !== 'audited')!.rank).toBeNull();
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('Phân bố mức độ');
    expect(html).toContain(s.averagePoints!.formatted.vi);
    expect(html).not.toMatch(/<script/i);
    // Resuming the same directory under the other checklist is refused, not mixed.
    const other = await runCli(['survey', list, '--out', out, ...FAST]);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toMatch(/--profile/);
  }, 420_000);

  it('--previous shows what changed per portal and per group', async () => {
    poor.pages['/'] = BETTER;
    const out = join(dir, 'later');
    const run = await runCli(['survey', list, '--out', out, '--previous', join(dir, 'full'), '--lang', 'en', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const later = readSurvey(out);
    const change = later.changes!.portals.find((p) => p.host === poor.host)!;
    expect(change.previousMet).toBe(full.portals[1]!.score!.met);
    expect(change.delta).toBe(later.portals[1]!.score!.met - full.portals[1]!.score!.met);
    expect(change.delta).toBeGreaterThan(0);
    expect(later.changes!.portals.find((p) => p.host === rich.host)!.delta).toBe(0);
    expect(later.changes!.average!.deltaMet).toBeCloseTo(change.delta! / 2, 2);
    const improved = later.changes!.groups.filter((g) => g.delta > 0);
    expect(improved.length).toBeGreaterThan(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('Since the previous survey');
    expect(html).toContain(`<span class="up">+${change.delta}</span>`);
  }, 420_000);
});
