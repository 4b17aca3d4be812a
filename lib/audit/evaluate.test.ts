import { describe, expect, it } from 'vitest';
import type { Checks } from '../criteria/check';
import type { Criterion } from '../criteria/types';
import { snapshotFromHtml } from '../snapshot/from-html';
import { auditPage, evaluateCriterion } from './evaluate';
import { mergeFindings } from './merge';

const base: Criterion = {
  id: 'XX-01',
  group: 'TK',
  title: { vi: 'x', en: 'x' },
  basis: 'x',
  method: 'auto',
  howToVerify: { vi: 'x', en: 'x' },
};
const ev = [{ pageUrl: 'u', selector: 'a', text: 't' }];
const checks: Checks = {
  found: () => ({ evidence: ev }),
  weak: () => ({ evidence: ev, strength: 'weak' }),
  none: () => ({ evidence: [] }),
  own: () => ({ evidence: [], message: { id: 'CK-08.missing', data: { missing: [{ vi: 'địa chỉ', en: 'address' }] } } }),
  boom: () => {
    throw new Error('boom');
  },
  many: () => ({ evidence: Array.from({ length: 50 }, (_, i) => ({ pageUrl: 'u', selector: `a${i}`, text: 't' })) }),
  options: (_page, options) => ({ evidence: options.threshold === 3 ? ev : [] }),
};
const judge = (c: Partial<Criterion>, page: Parameters<typeof evaluateCriterion>[1]) => evaluateCriterion({ ...base, ...c }, page, checks);

describe('judging a page', async () => {
  const page = await snapshotFromHtml('<html lang="vi"><body><p>Trang chủ của cổng</p><a href="/x">x</a><a href="/y">y</a><a href="/z">z</a></body></html>', 'https://dvc.example.gov.vn/');

  it.each([
    ['auto', 'found', 'met'],
    ['auto', 'weak', 'needs_review'],
    ['auto', 'none', 'not_met'],
    ['auto*', 'found', 'met'],
    ['auto*', 'weak', 'needs_review'],
    ['auto*', 'none', 'not_checked'],
    ['assisted', 'found', 'needs_review'],
    ['assisted', 'weak', 'needs_review'],
    ['assisted', 'none', 'not_checked'],
  ] as const)('%s with %s evidence gives %s', (method, check, state) => {
    expect(judge({ method, check }, page).state).toBe(state);
  });

  it('says what weak evidence lacks when the check does not', () => {
    expect(judge({ check: 'weak' }, page).message?.en).toMatch(/not enough to conclude/);
  });

  it('says why an auto* criterion is not seen yet, rather than failing it', () => {
    const c: Criterion = { ...base, method: 'auto*', check: 'none' };
    const [merged] = mergeFindings([c], [auditPage(page, [c], new Date(), checks)]);
    expect(merged!.state).toBe('not_checked');
    expect(merged!.message?.en).toMatch(/not seen/i);
  });

  it("stores a check's own message in both languages from the tables, and no usual one", () => {
    expect(judge({ check: 'own' }, page).message).toEqual({ vi: 'Thông tin liên hệ chưa đủ: thiếu địa chỉ.', en: 'Contact information is incomplete: no address.' });
    expect(judge({ check: 'none' }, page).message).toBeUndefined();
  });

  it('passes the profile\'s options to the check', () => {
    expect(judge({ check: 'options', options: { threshold: 3 } }, page).state).toBe('met');
    expect(judge({ check: 'options' }, page).state).toBe('not_met');
  });

  it('leaves manual criteria for the inspector', () => {
    expect(judge({ method: 'manual' }, page)).toMatchObject({ state: 'not_checked' });
  });

  it('gives error for a check that throws, and only for that criterion', () => {
    const audit = auditPage(page, [{ ...base, check: 'found' }, { ...base, id: 'XX-02', check: 'boom' }], new Date(), checks);
    expect(audit.findings['XX-02']).toMatchObject({ state: 'error' });
    expect(audit.findings['XX-02']!.message?.en).toContain('boom');
    expect(audit.findings['XX-01']!.state).toBe('met');
  });

  it('caps evidence per criterion', () => {
    expect(judge({ check: 'many' }, page).evidence.length).toBeLessThanOrEqual(5);
  });

  it('waits for a page that can show the criterion instead of failing it elsewhere', () => {
    const f = judge({ check: 'none', shownOn: ['procedure'] }, page);
    expect(f.state).toBe('not_checked');
    expect(f.message?.vi).toBe('Tiêu chí này chỉ thể hiện trên trang chi tiết thủ tục; trang này là trang chủ. Hãy mở một trang như vậy của cổng.');
    // On such a page the absence is a finding.
    expect(judge({ check: 'none', shownOn: ['home'] }, page).state).toBe('not_met');
    // Evidence found anywhere counts.
    expect(judge({ check: 'found', shownOn: ['procedure'] }, page).state).toBe('met');
  });

  it('records the page type, platforms and warnings with the page', () => {
    const audit = auditPage(page, [{ ...base, check: 'found' }], new Date(), checks);
    expect(audit).toMatchObject({ pageType: 'home', platforms: [], warnings: [] });
  });
});

describe('application shells', async () => {
  const shell = await snapshotFromHtml(
    '<html lang="vi"><head><title>Cổng DVC</title><script src="/static/js/main.8f2c1d3a.js"></script></head><body><noscript>Cần bật JavaScript</noscript><div id="root"></div></body></html>',
    'https://dichvucong.example.gov.vn/',
  );

  it('leaves content criteria not checked, never not met, and says why', () => {
    const f = judge({ check: 'none' }, shell);
    expect(f.state).toBe('not_checked');
    expect(f.message?.en).toMatch(/application shell.*main\.8f2c1d3a\.js/);
  });

  it('still judges what the markup itself shows (transport, head)', () => {
    expect(judge({ check: 'none', judgedOnShell: true }, shell).state).toBe('not_met');
    expect(judge({ check: 'found' }, shell).state).toBe('met');
  });

  it('warns on the page', () => {
    expect(auditPage(shell, [{ ...base, check: 'none' }], new Date(), checks).warnings).toEqual(['app-shell']);
  });
});
