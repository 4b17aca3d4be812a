import { describe, expect, it } from 'vitest';
import type { Criterion } from '../criteria/types';
import { attest, withdraw } from './attest';
import { mergeFindings } from './merge';
import type { PageAudit, PageFinding } from './model';
import { newPortalAudit, withOrigin, withoutPage, withPage } from './portal';
import { formatFraction, score } from './score';
import { DEFAULT_PROFILE } from '../criteria';

const vneid: Criterion = {
  id: 'TK-01',
  group: 'TK',
  title: { vi: 'VNeID', en: 'VNeID' },
  basis: 'S11',
  method: 'auto',
  howToVerify: { vi: '…', en: '…' },

};
const https: Criterion = { ...vneid, id: 'GD-01', group: 'GD', combine: 'every' };
const warehouse: Criterion = { ...vneid, id: 'KDL-01', group: 'KDL', method: 'assisted' };
const securityLevel: Criterion = { ...vneid, id: 'AT-01', group: 'AT', method: 'manual' };
const criteria = [vneid, https, warehouse, securityLevel];

function page(url: string, findings: Record<string, PageFinding>): PageAudit {
  return { url, title: url, auditedAt: '2026-11-23T00:00:00.000Z', truncated: [], findings };
}
const ev = (url: string, text: string) => ({ pageUrl: url, selector: 'a', text });
const HOME = 'https://dvc.example.gov.vn/';
const LOGIN = 'https://dvc.example.gov.vn/dang-nhap';
const home = page(HOME, {
  'TK-01': { state: 'not_met', evidence: [] },
  'GD-01': { state: 'met', evidence: [] },
});
const login = page(LOGIN, {
  'TK-01': { state: 'met', evidence: [ev(LOGIN, 'Đăng nhập bằng VNeID')] },
  'GD-01': { state: 'not_met', evidence: [ev(LOGIN, 'http://cdn/x.js')] },
});

const stateOf = (pages: PageAudit[], id: string) => mergeFindings(criteria, pages).find((r) => r.criterion.id === id)!;

describe('merging the pages of a portal', () => {
  it('counts a criterion met on any page as met, keeping the page of its evidence', () => {
    const r = stateOf([home, login], 'TK-01');
    expect(r.state).toBe('met');
    expect(r.evidence).toEqual([ev(LOGIN, 'Đăng nhập bằng VNeID')]);
  });

  it('fails a security criterion when any page fails it', () => {
    expect(stateOf([home, login], 'GD-01').state).toBe('not_met');
    expect(stateOf([home], 'GD-01').state).toBe('met');
  });

  it('does not depend on the order pages were audited in', () => {
    expect(mergeFindings(criteria, [home, login])).toEqual(mergeFindings(criteria, [login, home]));
  });

  it('replaces the findings of a page audited again', () => {
    const portal = withPage(withPage(newPortalAudit('https://dvc.example.gov.vn', DEFAULT_PROFILE), login), home);
    const again = withPage(portal, page(`${LOGIN}#top`, { 'TK-01': { state: 'not_met', evidence: [] } }));
    expect(again.pages).toHaveLength(2);
    expect(stateOf(again.pages, 'TK-01').state).toBe('not_met');
  });

  it("removes only the dropped page's evidence", () => {
    const portal = withPage(withPage(newPortalAudit('https://dvc.example.gov.vn', DEFAULT_PROFILE), home), login);
    const dropped = withoutPage(portal, LOGIN);
    expect(dropped.pages.map((p) => p.url)).toEqual([HOME]);
    expect(stateOf(dropped.pages, 'TK-01').state).toBe('not_met');
    expect(stateOf(dropped.pages, 'TK-01').evidence).toEqual([]);
  });

  it('leaves criteria no page judged as not checked', () => {
    expect(stateOf([], 'TK-01').state).toBe('not_checked');
  });

  it('links another origin once', () => {
    const a = newPortalAudit('https://dvc.example.gov.vn', DEFAULT_PROFILE);
    expect(withOrigin(withOrigin(a, 'https://motcua.example.gov.vn'), 'https://motcua.example.gov.vn').origins).toEqual([
      'https://dvc.example.gov.vn',
      'https://motcua.example.gov.vn',
    ]);
  });
});

describe('attestations', () => {
  const base = withPage(newPortalAudit('https://dvc.example.gov.vn', DEFAULT_PROFILE), page(HOME, { 'KDL-01': { state: 'needs_review', evidence: [ev(HOME, 'Kho dữ liệu')] } }));

  it('turn an assisted finding into met, marked as the inspector’s', () => {
    const r = attest(base, warehouse, 'needs_review', { state: 'met', note: '', author: 'Thanh tra A' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const merged = mergeFindings(criteria, r.audit.pages, r.audit.attestations).find((x) => x.criterion.id === 'KDL-01')!;
    expect(merged).toMatchObject({ state: 'met', source: 'inspector', automaticState: 'needs_review' });
    expect(merged.attestation?.author).toBe('Thanh tra A');
    expect(merged.evidence).toHaveLength(1);
  });

  it('require a note for manual criteria and for overriding an automatic not met', () => {
    expect(attest(base, securityLevel, 'not_checked', { state: 'met', note: '  ' }).ok).toBe(false);
    expect(attest(base, securityLevel, 'not_checked', { state: 'met', note: 'Quyết định phê duyệt cấp độ 3 số 12/QĐ' }).ok).toBe(true);
    expect(attest(base, vneid, 'not_met', { state: 'met', note: '' }).ok).toBe(false);
    expect(attest(base, vneid, 'not_met', { state: 'not_met', note: '' }).ok).toBe(true);
  });

  it('offer "not applicable" only where it makes sense', () => {
    expect(attest(base, warehouse, 'needs_review', { state: 'not_applicable', note: 'x' }).ok).toBe(false);
  });

  it('can be withdrawn', () => {
    const r = attest(base, warehouse, 'needs_review', { state: 'met', note: '' });
    if (!r.ok) throw new Error('attest failed');
    expect(withdraw(r.audit, 'KDL-01').attestations).toEqual({});
  });
});

describe('score', () => {
  it('counts only met, in the ministry format', () => {
    const results = mergeFindings(DEFAULT_PROFILE.criteria, []);
    const s = score(results, ['TK']);
    expect(s.total).toBe(DEFAULT_PROFILE.criteria.length);
    expect(formatFraction({ met: 17, total: 83, percent: 20.48 }, 'vi')).toBe('17/83 (20,48%)');
    expect(formatFraction({ met: 17, total: 83, percent: 20.48 }, 'en')).toBe('17/83 (20.48%)');
  });

  it('never counts needs review as met', () => {
    const pages = [page(HOME, { 'KDL-01': { state: 'needs_review', evidence: [] }, 'TK-01': { state: 'met', evidence: [] } })];
    const s = score(mergeFindings(criteria, pages), ['TK', 'KDL']);
    expect(s.met).toBe(1);
    expect(s.counts.needs_review).toBe(1);
    expect(s.groups).toEqual([
      { id: 'TK', met: 1, total: 1, percent: 100 },
      { id: 'KDL', met: 0, total: 1, percent: 0 },
    ]);
    expect(s.percent).toBe(25);
  });
});
