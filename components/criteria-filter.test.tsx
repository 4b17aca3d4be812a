import { describe, expect, it } from 'vitest';
import { sampleReport } from '../tests/fixtures/reports/audits';
import { filterCriteria, fold, NO_FILTER, pageTypesOf } from './criteria-filter';

const report = sampleReport();

describe('finding criteria', () => {
  it('finds by id, with or without the dash and in any case', () => {
    for (const q of ['TK-01', 'tk01', 'tk-01']) expect(filterCriteria(report, { ...NO_FILTER, query: q }).map((c) => c.id)).toEqual(['TK-01']);
    expect(filterCriteria(report, { ...NO_FILTER, query: 'TTTT' }).map((c) => c.id)).toContain('TTTT-01');
  });

  it('finds by words in Vietnamese or English, with or without tone marks', () => {
    const ids = (q: string) => filterCriteria(report, { ...NO_FILTER, query: q }).map((c) => c.id);
    expect(ids('VNeID')).toContain('TK-01');
    expect(ids('dang nhap')).toEqual(ids('đăng nhập'));
    expect(ids('đăng nhập').length).toBeGreaterThan(1);
    expect(ids('payment platform')).toContain('TTTT-01');
    expect(ids('khong-co-gi-nhu-the')).toEqual([]);
    expect(fold('Đăng ký Hoá')).toBe('dang ky hoa');
  });

  it('filters by state, method and group together', () => {
    const r = filterCriteria(report, { ...NO_FILTER, state: 'met', group: 'TK' });
    expect(r.length).toBeGreaterThan(0);
    for (const c of r) expect([c.state, c.group]).toEqual(['met', 'TK']);
    for (const c of filterCriteria(report, { ...NO_FILTER, method: 'manual' })) expect(c.method).toBe('manual');
  });

  it('filters by page type, and offers none for pages audited before page types', () => {
    expect(pageTypesOf({ ...report, pages: report.pages.map((p) => ({ ...p, pageType: null })) })).toEqual([]);
    const typed = { ...report, pages: report.pages.map((p, i) => ({ ...p, pageType: i === 0 ? ('home' as const) : ('sign-in' as const) })) };
    expect(pageTypesOf(typed)).toEqual(['home', 'sign-in']);
    const login = filterCriteria(typed, { ...NO_FILTER, pageType: 'sign-in' }).map((c) => c.id);
    const home = filterCriteria(typed, { ...NO_FILTER, pageType: 'home' }).map((c) => c.id);
    expect(login.length).toBeGreaterThan(0);
    expect(login.length).toBeLessThan(home.length);
  });
});
