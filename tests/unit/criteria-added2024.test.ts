import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { ADDED_2024_CRITERIA } from '../../lib/criteria/profiles/added-2024';
import { legalContext, spamAddress, spamWords } from '../../lib/criteria/spam';
import type { Criterion, State } from '../../lib/criteria/types';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { SNAPSHOT_MAX_BYTES } from '../../lib/snapshot/build';
import { SNAPSHOT_LIMITS, type PageSnapshot } from '../../lib/snapshot/schema';

const criterion = (id: string): Criterion => ADDED_2024_CRITERIA.find((c) => c.id === id)!;
const URL_ = 'https://dichvucong.minhhoa.gov.vn/';
const page = (body: string, url = URL_) => snapshotFromHtml(`<!DOCTYPE html><html lang="vi"><head><title>Cổng</title></head><body>${body}</body></html>`, url);

describe('AT-13 spam fixtures (tests/fixtures/spam)', () => {
  const dir = join(__dirname, '../fixtures/spam');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  it('has at least eight injection shapes and the negatives', () => {
    expect(files.filter((f) => f.startsWith('injected-')).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.startsWith('clean-')).length).toBeGreaterThanOrEqual(3);
  });
  it.each(files)('%s', async (file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const want = /<!--\s*expect:\s*([a-z_]+)\s*-->/.exec(html)![1] as State;
    const finding = evaluateCriterion(criterion('AT-13'), await snapshotFromHtml(html, URL_));
    expect(finding.state, JSON.stringify(finding)).toBe(want);
    if (want !== 'met') {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const e of finding.evidence) expect(e.selector).not.toBe('');
    }
  });
});

describe('AT-13 evidence', () => {
  it('names the hidden element, the technique and the host of a hidden injected link', async () => {
    const f = evaluateCriterion(criterion('AT-13'), await page('<main><p>Nộp hồ sơ</p></main><div id="x" style="position:absolute;left:-9999px"><a href="https://fb88.com/">nhà cái</a></div>'));
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.selector).toContain('#x');
    expect(f.evidence[0]!.text).toContain('off-screen');
    expect(f.evidence[0]!.text).toContain('fb88.com');
    expect(f.message!.en).toContain('fb88.com');
    expect(f.message!.vi).toContain('chèn');
  });

  it('a hidden link farm without spam words only asks for review; hidden links inside the portal are nothing', async () => {
    const farm = await page(
      '<div style="font-size:0">' + ['a-shop.com', 'b-shop.net', 'c-deal.org'].map((h) => `<a href="https://${h}/">mua</a>`).join('') + '</div>',
    );
    expect(evaluateCriterion(criterion('AT-13'), farm).state).toBe('needs_review');
    const own = await page('<div style="display:none"><a href="/a">A</a><a href="https://sub.minhhoa.gov.vn/b">B</a><a href="https://minhhoa.gov.vn/">C</a></div>');
    expect(evaluateCriterion(criterion('AT-13'), own).state).toBe('met');
  });

  it('a spam site linked visibly fails too; a law library link about casinos does not', async () => {
    expect(evaluateCriterion(criterion('AT-13'), await page('<a href="https://kubet.com/">Đối tác</a>')).state).toBe('not_met');
    expect(
      evaluateCriterion(criterion('AT-13'), await page('<a href="https://thuvienphapluat.vn/van-ban/Nghi-dinh-kinh-doanh-casino.aspx">Nghị định về kinh doanh casino</a>')).state,
    ).toBe('met');
  });
});

describe('spam vocabulary', () => {
  it('reads words with and without tone marks, but not their look-alikes', () => {
    expect(spamWords('Nhà cái uy tín').map((h) => h.strength)).toEqual(['strong']);
    expect(spamWords('nha cai uy tin').length).toBe(1);
    expect(spamWords('Đánh bại đối thủ, kéo co, bán cá, ca dao')).toEqual([]);
    expect(spamWords('Kết quả xổ số kiến thiết')).toEqual([]);
    // A text with tone marks is not read without them: "kẹo" is not "kèo".
    expect(spamWords('Chị bán kẹo')).toEqual([]);
  });
  it('knows the legal and news context', () => {
    expect(legalContext('Nghị định về kinh doanh casino')).toBe(true);
    expect(legalContext('Kế hoạch phòng, chống cờ bạc')).toBe(true);
    expect(legalContext('Nhà cái uy tín nhất')).toBe(false);
  });
  it('recognises spam hosts and slugs, not government ones', () => {
    expect(spamAddress('w88vn.club', '/')?.by).toBe('host');
    expect(spamAddress('example.com', '/nha-cai-uy-tin')?.by).toBe('path');
    expect(spamAddress('hanoi.gov.vn', '/casino')).toBeNull();
    expect(spamAddress('mercadolibre.com', '/')).toBeNull();
    expect(spamAddress('alphabet.com', '/')).toBeNull();
  });
});

describe('snapshot: what is hidden and how (same single pass, static path)', () => {
  it('records each link’s hiding technique and the hidden blocks', async () => {
    const s = await page(
      '<a href="/ok">Hiện</a><div style="display:none"><a href="https://x.com/">a</a></div><p style="position:absolute;left:-9999px"><a href="https://y.com/">b</a></p>' +
        '<span style="font-size:0"><a href="https://z.com/">c</a></span><div style="background:#fff"><a style="color:#ffffff" href="https://w.com/">d</a></div>' +
        '<marquee><a href="https://m.com/">e</a></marquee><div style="height:0;overflow:hidden"><a href="https://h.com/">f</a></div><a hidden href="https://q.com/">g</a>',
    );
    const by = (host: string) => s.links.find((l) => l.href.includes(host))!.hidden;
    expect(s.links.find((l) => l.href.endsWith('/ok'))!.hidden).toBeUndefined();
    expect(by('x.com')).toBe('display-none');
    expect(by('y.com')).toBe('off-screen');
    expect(by('z.com')).toBe('font-size-zero');
    expect(by('w.com')).toBe('same-colour');
    expect(by('m.com')).toBe('marquee');
    expect(by('h.com')).toBe('zero-size');
    expect(by('q.com')).toBe('hidden-attribute');
    expect(s.hiddenBlocks!.map((b) => b.technique)).toEqual(['display-none', 'off-screen', 'font-size-zero', 'same-colour', 'marquee', 'zero-size', 'hidden-attribute']);
    expect(s.hiddenBlocks![0]!.links).toBe(1);
  });
  it("reads the page's own <style> rules that hide one class or id, not other selectors", async () => {
    const s = await page(
      '<style>.an{position:absolute;left:-9999px} #tat{display:none} nav .menu{display:none} @media print{.in{display:none}}</style>' +
        '<div class="khoi an"><a href="https://a.com/">a</a></div><p id="tat"><a href="https://b.com/">b</a></p><nav><div class="menu"><a href="https://c.com/">c</a></div></nav><div class="in"><a href="https://d.com/">d</a></div>',
    );
    expect(s.links.map((l) => l.hidden ?? null)).toEqual(['off-screen', 'display-none', null, null]);
  });

  it('keeps hidden blocks within their cap (the first and the last) and the snapshot within its byte budget', async () => {
    const block = (i: number) => `<div style="display:none">khối ${i} ${'chữ '.repeat(150)}<a href="https://x${i}.com/">x</a></div>`;
    const s = await page(Array.from({ length: 3000 }, (_, i) => block(i)).join('') + '<div style="font-size:0"><a href="https://fb88.com/">nhà cái</a></div>');
    expect(s.hiddenBlocks!.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.hiddenBlocks);
    expect(s.stats.truncated).toContain('hiddenBlocks');
    // The injection at the end of the page survives the cap.
    expect(s.hiddenBlocks!.at(-1)!.technique).toBe('font-size-zero');
    expect(Buffer.byteLength(JSON.stringify(s))).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(evaluateCriterion(criterion('AT-13'), s).state).toBe('not_met');
  });

  it('keeps a noscript block with its markup as text', async () => {
    const s = await page('<noscript><a href="https://w88.com/">nha cai</a></noscript>');
    expect(s.hiddenBlocks![0]!.technique).toBe('noscript');
    expect(s.hiddenBlocks![0]!.text).toContain('w88.com');
    expect(s.hiddenBlocks![0]!.links).toBe(1);
  });
});

// ---------------------------------------------------------------------------

const withPerf = (snap: PageSnapshot, perf: Partial<NonNullable<PageSnapshot['performance']>> | null, timing?: Partial<NonNullable<PageSnapshot['timing']>>): PageSnapshot => ({
  ...snap,
  ...(perf
    ? {
        performance: {
          runs: 3,
          firstContentfulPaint: 800,
          largestContentfulPaint: 1200,
          totalBlockingTime: 0,
          longestTask: 0,
          speedIndex: null,
          samples: [1, 2, 3].map(() => ({ firstContentfulPaint: 800, largestContentfulPaint: 1200, totalBlockingTime: 0, longestTask: 0 })),
          measuredAt: '2026-01-01T00:00:00.000Z',
          ...perf,
        },
      }
    : {}),
  timing: timing ? { responseStart: 10, domContentLoaded: 100, load: 200, ...timing } : null,
});

describe('HN-01…04 performance', () => {
  it('measured medians are judged against the borrowed thresholds', async () => {
    const s = await page('<p>x</p>');
    expect(evaluateCriterion(criterion('HN-01'), withPerf(s, {})).state).toBe('met');
    expect(evaluateCriterion(criterion('HN-01'), withPerf(s, { firstContentfulPaint: 3000 })).state).toBe('not_met');
    const lcp = evaluateCriterion(criterion('HN-02'), withPerf(s, { largestContentfulPaint: 5600 }));
    expect(lcp.state).toBe('not_met');
    expect(lcp.evidence[0]!.text).toContain('5.60 s');
    expect(lcp.message!.en).toContain('borrowed');
    expect(lcp.message!.vi).toContain('mượn');
    expect(evaluateCriterion(criterion('HN-04'), withPerf(s, { longestTask: 650, totalBlockingTime: 600 })).state).toBe('not_met');
    expect(evaluateCriterion(criterion('HN-04'), withPerf(s, { longestTask: 120 })).state).toBe('met');
    expect(evaluateCriterion(criterion('HN-03'), withPerf(s, {})).state).toBe('not_checked');
    expect(evaluateCriterion(criterion('HN-03'), withPerf(s, { speedIndex: 7000 })).state).toBe('not_met');
  });
  it('the page’s own timings are indicative (needs review); none is not checked', async () => {
    const s = await page('<p>x</p>');
    const f = evaluateCriterion(criterion('HN-02'), withPerf(s, null, { largestContentfulPaint: 2100 }));
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toContain('2.10 s');
    expect(f.message!.en).toContain('--perf-runs');
    expect(evaluateCriterion(criterion('HN-01'), s).state).toBe('not_checked');
  });
});

describe('TN-01 IPv6, TN-02 .gov.vn', () => {
  const withIpv6 = (snap: PageSnapshot, addresses: string[], error?: string): PageSnapshot => ({ ...snap, network: { ipv6: { host: snap.host, addresses, ...(error ? { error } : {}) } } });
  it('judges the AAAA lookup the command line recorded; says it cannot check without one', async () => {
    const s = await page('<p>x</p>');
    expect(evaluateCriterion(criterion('TN-01'), withIpv6(s, ['2001:db8::1'])).state).toBe('met');
    expect(evaluateCriterion(criterion('TN-01'), withIpv6(s, [])).state).toBe('not_met');
    expect(evaluateCriterion(criterion('TN-01'), withIpv6(s, [], 'ETIMEOUT')).state).toBe('not_checked');
    const none = evaluateCriterion(criterion('TN-01'), s);
    expect(none.state).toBe('not_checked');
    expect(none.message!.en).toContain('cannot query DNS');
  });
  it('the host under .gov.vn; a local address is not applicable', async () => {
    expect(evaluateCriterion(criterion('TN-02'), await page('<p>x</p>')).state).toBe('met');
    expect(evaluateCriterion(criterion('TN-02'), await page('<p>x</p>', 'https://dichvucong-minhhoa.vn/')).state).toBe('not_met');
    expect(evaluateCriterion(criterion('TN-02'), await page('<p>x</p>', 'http://127.0.0.1:8080/')).state).toBe('not_applicable');
    expect(evaluateCriterion(criterion('TN-01'), await page('<p>x</p>', 'http://localhost/')).state).toBe('not_applicable');
  });
});

describe('criteria fixtures of the 2024 additions (tests/fixtures/criteria)', () => {
  const dir = join(__dirname, '../fixtures/criteria');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  for (const c of ADDED_2024_CRITERIA)
    it(`${c.id} has a positive and a negative fixture, judged as they say`, async () => {
      const mine = files.filter((f) => f.startsWith(`${c.id}.`));
      expect(mine.some((f) => f.includes('.positive')) && mine.some((f) => f.includes('.negative'))).toBe(true);
      for (const file of mine) {
        const html = readFileSync(join(dir, file), 'utf8');
        const url = /<[!]--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://dichvucong.example.gov.vn/';
        const want = (/<[!]--\s*expect:\s*([a-z_]+)\s*-->/.exec(html)?.[1] as State | undefined) ?? (file.includes('.positive') ? 'met' : 'not_met');
        expect(evaluateCriterion(c, await snapshotFromHtml(html, url)).state, file).toBe(want);
      }
    });
});
