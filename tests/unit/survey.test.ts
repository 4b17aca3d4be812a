import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, requireProfile } from '../../lib/criteria';
import {
  MergeError,
  SurveySchema,
  failedPortal,
  inShard,
  mergeSurveys,
  parsePortalList,
  parseShard,
  portalScore,
  shardOf,
  summarize,
  surveyCsv,
  surveyHtml,
  type PortalEntry,
  type Shard,
  type SurveyPortal,
} from '../../lib/survey';
import type { Report } from '../../lib/report/schema';

const profile = DEFAULT_PROFILE;
const total = profile.criteria.length;
const ids = profile.criteria.map((c) => c.id);

/** A report of which only the criteria states matter to the survey. */
const reportMeeting = (met: readonly string[]) =>
  ({ criteria: profile.criteria.map((c) => ({ id: c.id, state: met.includes(c.id) ? 'met' : c.id === ids[50] ? 'needs_review' : 'not_met' })) }) as unknown as Report;

const entry = (name: string, host: string, line: number): PortalEntry => ({ name, url: `https://${host}/`, host, kind: 'province', code: null, line });

function audited(name: string, host: string, line: number, met: readonly string[]): SurveyPortal {
  const s = portalScore(reportMeeting(met), profile);
  return {
    ...entry(name, host, line),
    origin: `https://${host}`,
    status: 'audited',
    reason: null,
    pages: 3,
    failedPages: 0,
    complete: true,
    rendering: 'browser',
    platform: line % 2 ? 'Nền tảng A' : null,
    report: { json: `${host}.json`, html: `${host}.html` },
    ...s,
  };
}

const ctx = (shard: Shard | null = null) => ({
  profile,
  toolVersion: '0.1.0',
  now: new Date('2026-12-01T00:00:00Z'),
  list: { portals: 4, problems: [{ line: 3, reason: 'no name' }] },
  settings: { maxPages: 10, maxDepth: 3, rendering: 'browser' as const },
  shard,
});

describe('the list of portals', () => {
  it('reads RFC 4180 CSV with a BOM and CRLF, reports every bad row with its line and skips it', () => {
    const text = [
      '\uFEFFname,url,kind,code',
      'Tỉnh A,https://dichvucong.a.gov.vn/,province,01',
      '',
      '"Bộ B, Cổng ""DVC""",https://dvc.b.gov.vn,ministry,',
      '"bad"x,https://c.gov.vn,,',
      ',https://d.gov.vn,,',
      'Tỉnh E,ftp://e.gov.vn,,',
      'Tỉnh F,https://f.gov.vn,city,',
      'Tỉnh G,https://DICHVUCONG.A.gov.vn/khac,,',
      'Tỉnh H,https://h.gov.vn',
      '"Tỉnh I',
      'trên hai dòng",https://i.gov.vn,,',
    ].join('\r\n');
    const list = parsePortalList(text);
    expect(list.portals.map((p) => [p.name, p.host, p.kind, p.code, p.line])).toEqual([
      ['Tỉnh A', 'dichvucong.a.gov.vn', 'province', '01', 2],
      ['Bộ B, Cổng "DVC"', 'dvc.b.gov.vn', 'ministry', null, 4],
      ['Tỉnh I trên hai dòng', 'i.gov.vn', null, null, 11],
    ]);
    expect(list.problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(list.problems[0]!.reason).toMatch(/not a CSV row/);
    expect(list.problems[1]!.reason).toBe('no name');
    expect(list.problems[2]!.reason).toMatch(/not an http\(s\) address/);
    expect(list.problems[3]!.reason).toMatch(/kind is one of/);
    expect(list.problems[4]!.reason).toMatch(/same host as line 2/);
    expect(list.problems[5]!.reason).toMatch(/2 fields where the header has 4/);
  });

  it('reads on after an unclosed quote', () => {
    const list = parsePortalList('name,url\n"Tỉnh A,https://a.gov.vn\nTỉnh B,https://b.gov.vn\n');
    expect(list.problems).toEqual([{ line: 2, reason: expect.stringMatching(/never closed/) }]);
    expect(list.portals.map((p) => p.host)).toEqual(['b.gov.vn']);
  });

  it('needs a header with name and url', () => {
    expect(() => parsePortalList('ten,diachi\nA,https://a.gov.vn\n')).toThrow(/name,url/);
    expect(() => parsePortalList('')).toThrow(/empty/);
  });
});

describe('shards', () => {
  const hosts = Array.from({ length: 200 }, (_, i) => `dichvucong.t${i}.gov.vn`);
  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1-2']) expect(parseShard(bad)).toBeNull();
  });
  it('are deterministic, cover the list once and do not depend on its order', () => {
    for (const n of [1, 2, 3, 7]) {
      const seen = new Map<string, number>();
      for (let i = 1; i <= n; i++) for (const h of hosts) if (inShard({ host: h }, { index: i, count: n })) seen.set(h, (seen.get(h) ?? 0) + 1);
      expect(seen.size).toBe(hosts.length);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
    expect(hosts.map((h) => shardOf(h, 4))).toEqual([...hosts].reverse().map((h) => shardOf(h, 4)).reverse());
    // Roughly even: no slice of 4 is empty or holds more than half.
    const sizes = [1, 2, 3, 4].map((i) => hosts.filter((h) => shardOf(h, 4) === i).length);
    expect(Math.min(...sizes)).toBeGreaterThan(20);
  });
});

describe('the survey arithmetic', () => {
  const rich = audited('Tỉnh Giàu', 'rich.gov.vn', 2, ids.slice(0, 30));
  const poor = audited('Tỉnh Nghèo', 'poor.gov.vn', 4, ids.slice(0, 5));
  const down = failedPortal(entry('Tỉnh Tắt', 'down.gov.vn', 5), 'unreachable', 'cannot reach https://down.gov.vn/robots.txt');
  const portals = [poor, down, rich];

  it('scores a portal by its met criteria only (needs review is not met)', () => {
    const s = portalScore(reportMeeting(ids.slice(0, 17)), profile);
    expect(s.score).toEqual({ met: 17, total, percent: 20.48 });
    expect(s.criteriaMet).toEqual(ids.slice(0, 17));
    expect(s.groups.reduce((a, g) => a + g.met, 0)).toBe(17);
    expect(s.groups.reduce((a, g) => a + g.total, 0)).toBe(total);
  });

  it('averages over the portals reached, per group and per criterion', () => {
    const survey = summarize(portals, ctx());
    expect(SurveySchema.parse(survey)).toEqual(survey);
    expect(survey.portals.map((p) => p.host)).toEqual(['rich.gov.vn', 'poor.gov.vn', 'down.gov.vn']); // the list's order
    expect(survey.reached).toBe(2);
    expect(survey.average!.met).toBe(17.5);
    expect(survey.average!.percent).toBe(Math.round((17.5 / total) * 10000) / 100);
    expect(survey.average!.formatted).toEqual({ vi: `17,5/83 (${survey.average!.percent.toFixed(2).replace('.', ',')}%)`, en: `17.5/83 (${survey.average!.percent.toFixed(2)}%)` });
    for (const g of survey.groups) {
      const mean = (rich.groups.find((x) => x.id === g.id)!.met + poor.groups.find((x) => x.id === g.id)!.met) / 2;
      expect(g.averagePercent).toBe(Math.round((mean / g.total) * 10000) / 100);
    }
    const rate = (id: string) => survey.criteria.find((c) => c.id === id)!.passRate;
    expect([rate(ids[0]!), rate(ids[10]!), rate(ids[40]!)]).toEqual([100, 50, 0]);
    expect(survey.platforms).toEqual([]); // lines 2 and 4: no platform
  });

  it('a whole-number average reads like the ministry’s “17/83 (20,48%)”', () => {
    const a = audited('A', 'a.gov.vn', 2, ids.slice(0, 17));
    const b = audited('B', 'b.gov.vn', 3, ids.slice(10, 27));
    expect(summarize([a, b], ctx()).average!.formatted.vi).toBe('17/83 (20,48%)');
  });

  it('shows the change since a previous survey per portal and per group', () => {
    const before = summarize([audited('Tỉnh Giàu', 'rich.gov.vn', 2, ids.slice(0, 20)), poor, down], ctx());
    const now = summarize(portals, { ...ctx(), previous: before });
    const rich = now.changes!.portals.find((p) => p.host === 'rich.gov.vn')!;
    expect([rich.previousMet, rich.met, rich.delta]).toEqual([20, 30, 10]);
    expect(now.changes!.portals.find((p) => p.host === 'down.gov.vn')!.delta).toBeNull();
    expect(now.changes!.average!.deltaMet).toBe(5);
    expect(now.changes!.groups.reduce((a, g) => a + g.delta, 0)).toBeGreaterThan(0);
  });

  it('merging the shards’ surveys gives the survey of a single run', () => {
    const all = [rich, poor, down, audited('Tỉnh Bốn', 'four.gov.vn', 6, ids.slice(3, 9))];
    const one = summarize(all, ctx());
    const n = 3;
    const parts = [1, 2, 3].map((i) => summarize(all.filter((p) => shardOf(p.host, n) === i), ctx({ index: i, count: n })));
    const merged = mergeSurveys([parts[2]!, parts[0]!, parts[1]!], { profile, toolVersion: '0.1.0', now: new Date('2026-12-02T00:00:00Z') });
    expect({ ...merged, generatedAt: '' }).toEqual({ ...one, generatedAt: '' });
    expect(() => mergeSurveys(parts.slice(0, 2), { profile, toolVersion: '0.1.0' })).toThrow(MergeError);
    expect(() => mergeSurveys([parts[0]!, parts[0]!, parts[1]!], { profile, toolVersion: '0.1.0' })).toThrow(/twice|more than one/);
  });
});

describe('a survey on the 2024 scale (points and levels)', () => {
  const p24 = requireProfile('vn-httt-2024');
  /** A portal whose every counted criterion of the 2024 scale is assessed, meeting the first `k` of them. */
  const reportMeeting24 = (k: number) => {
    const counted = p24.criteria.filter((c) => c.points !== 0).map((c) => c.id);
    return { criteria: p24.criteria.map((c) => ({ id: c.id, state: counted.indexOf(c.id) > -1 && counted.indexOf(c.id) < k ? 'met' : 'not_met' })) } as unknown as Report;
  };
  const audited24 = (name: string, host: string, line: number, k: number): SurveyPortal => ({
    ...audited(name, host, line, []),
    ...portalScore(reportMeeting24(k), p24),
  });
  const ctx24 = { ...ctx(), profile: p24 };
  const all = p24.criteria.filter((c) => c.points !== 0).length;
  const survey = summarize(
    [audited24('Tỉnh A', 'a.gov.vn', 2, all), audited24('Tỉnh B', 'b.gov.vn', 3, 0), audited24('Tỉnh C', 'c.gov.vn', 4, all), failedPortal(entry('Tỉnh D', 'd.gov.vn', 5), 'unreachable', 'timeout')],
    ctx24,
  );

  it('gives each portal its points, level and place ("xếp thứ N"), equal scores sharing a place', () => {
    const by = new Map(survey.portals.map((p) => [p.host, p]));
    expect(by.get('a.gov.vn')!.points).toMatchObject({ points: 100, maxPoints: 100, level: 'A', provisional: true, estimated: true });
    expect(by.get('b.gov.vn')!.points).toMatchObject({ points: 0, level: 'E' });
    expect([by.get('a.gov.vn')!.rank, by.get('c.gov.vn')!.rank, by.get('b.gov.vn')!.rank, by.get('d.gov.vn')!.rank]).toEqual([1, 1, 3, null]);
  });

  it('averages points over the portals reached and counts portals per level', () => {
    expect(survey.checklist.scoring).toBe('points');
    expect(survey.averagePoints).toMatchObject({ points: 66.67, maxPoints: 100 });
    expect(survey.averagePoints!.formatted.vi).toBe('66,7/100 điểm');
    expect(survey.levels!.map((l) => [l.id, l.portals])).toEqual([
      ['A', 2],
      ['B', 0],
      ['C', 0],
      ['D', 0],
      ['E', 1],
    ]);
    const cn = survey.groups.find((g) => g.id === 'CN')!;
    expect([cn.averagePoints, cn.maxPoints]).toEqual([33.33, 50]);
  });

  it('shows points, levels and places in index.html and survey.csv', () => {
    const html = surveyHtml(survey, 'vi');
    expect(html).toContain('66,7/100 điểm');
    expect(html).toContain('Phân bố mức độ');
    expect(html).toContain('title="xếp thứ 3"');
    expect(html).toMatch(/ước tính/);
    const rows = surveyCsv(survey, 'vi').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(rows[0]).toMatch(/Xếp thứ,"?Điểm \(thang 100, ước tính\)"?,Mức độ,Tạm tính$/);
    expect(rows.find((r) => r.includes('b.gov.vn'))).toMatch(/,3,0,E,có$/);
  });

  it('merged shards keep the points and places of a single run, and a count survey has none', () => {
    const shards = [1, 2].map((i) => summarize(survey.portals.filter((p) => inShard(p, { index: i, count: 2 })), { ...ctx24, shard: { index: i, count: 2 } }));
    const merged = mergeSurveys(shards, { profile: p24, toolVersion: '0.1.0', now: new Date('2026-12-01T00:00:00Z') });
    expect(merged.portals.map((p) => [p.host, p.rank, p.points?.points])).toEqual(survey.portals.map((p) => [p.host, p.rank, p.points?.points]));
    const counted = summarize([audited('Tỉnh A', 'a.gov.vn', 2, ids.slice(0, 3))], ctx());
    expect([counted.averagePoints, counted.levels, counted.portals[0]!.points, counted.portals[0]!.rank]).toEqual([null, null, null, 1]);
  });
});

describe('the survey’s exports', () => {
  const hostile = audited('<img src=x onerror=alert(1)><script>alert(2)</script>', 'evil.gov.vn', 2, ids.slice(0, 3));
  const formula = failedPortal(entry('=HYPERLINK("http://x","y")', 'f.gov.vn', 3), 'error', '+cmd|calc');
  const survey = summarize([hostile, formula, audited('@Tỉnh', 'at.gov.vn', 4, ids.slice(0, 1))], ctx());

  it('survey.csv keeps formula-like cells as text', () => {
    const csv = surveyCsv(survey, 'vi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain("'+cmd|calc");
    expect(csv).toContain("'@Tỉnh");
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('index.html has no script, a restrictive CSP, and escapes a portal name with markup', () => {
    const html = surveyHtml(survey, 'vi');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).toContain(survey.average!.formatted.vi);
    expect(html).toContain('href="evil.gov.vn.html"');
    expect(html).toContain('+cmd|calc'); // the reason, as text
    // Weakest group first.
    const groupOrder = [...html.matchAll(/<td class="id">([A-Z]+)<\/td><td>[^<]*<\/td><td class="num">[^<]*\/\d+ \(/g)].map((m) => m[1]);
    expect(groupOrder.length).toBe(profile.groups.length);
    const pctOf = (id: string) => survey.groups.find((g) => g.id === id)!.averagePercent;
    expect(groupOrder.map((id) => pctOf(id!))).toEqual([...groupOrder.map((id) => pctOf(id!))].sort((a, b) => a - b));
    expect(surveyHtml(survey, 'en')).toContain('portals reached');
  });
});

describe('running a survey (the crawl replaced)', async () => {
  const { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { runSurvey } = await import('../../cli/survey/run');
  const { newPortalAudit } = await import('../../lib/audit/portal');
  type CrawlResult = import('../../cli/crawl/crawl').CrawlResult;

  const noPage = (url: string, reason: string): CrawlResult => ({
    audit: newPortalAudit(new URL(url).origin, profile),
    pages: [],
    failures: [{ url, kind: 'http-status', reason, status: 503 }],
    skipped: [],
    complete: true,
    interrupted: false,
    blockedHosts: [],
    robots: [],
    sitemapsRead: [],
    summary: { startUrl: url, rendering: 'browser', maxPages: 5, maxDepth: 3, complete: true, failed: [], skipped: [] },
  });

  it('records a portal that fails or cannot be audited with its reason, goes on, and redoes nothing finished', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-survey-unit-'));
    try {
      const list = join(dir, 'portals.csv');
      writeFileSync(list, 'name,url\nTỉnh A,https://a.gov.vn/\nTỉnh B,https://b.gov.vn/\n"x"y,https://c.gov.vn/\n');
      const asked: string[] = [];
      const crawlPortal = async (url: string) => {
        asked.push(url);
        if (url.includes('a.gov.vn')) throw new Error('Chromium did not start');
        return noPage(url, 'HTTP 503');
      };
      const log: string[] = [];
      const base = { list, out: join(dir, 'out'), shard: null, previous: null, retry: false, lang: 'en' as const, parallel: 1, log: (l: string) => log.push(l), crawlPortal };
      const survey = (await runSurvey({ ...base, crawl: { maxPages: 5, userAgent: 'test' } }))!;
      expect(survey.portals.map((p) => [p.host, p.status, p.reason])).toEqual([
        ['a.gov.vn', 'error', 'Chromium did not start'],
        ['b.gov.vn', 'unreachable', 'https://b.gov.vn/: HTTP 503'],
      ]);
      expect(log[0]).toBe('portals.csv:4: not a CSV row: text follows the closing quote of a field (a quote inside a quoted field is written "") (skipped)');
      expect(survey.average).toBeNull();
      expect(SurveySchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'survey.json'), 'utf8'))).reached).toBe(0);
      expect(existsSync(join(dir, 'out', 'index.html'))).toBe(true);

      await runSurvey({ ...base, crawl: { maxPages: 5, userAgent: 'test' } });
      expect(asked).toHaveLength(2); // nothing redone
      await runSurvey({ ...base, retry: true, crawl: { maxPages: 5, userAgent: 'test' } });
      expect(asked).toHaveLength(4); // --retry: both again
      await expect(runSurvey({ ...base, crawl: { maxPages: 9, userAgent: 'test' } })).rejects.toThrow(/other settings/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
