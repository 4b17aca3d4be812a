import { describe, expect, it } from 'vitest';
import { accessPlan, DECLARED_OPTIONAL_HOSTS, isGovVnHost, patternCovers } from './permissions';

describe('access for auditing while browsing', () => {
  it('asks for the portal’s own hosts, each covered by the declared *.gov.vn, never for *.gov.vn itself', () => {
    const plan = accessPlan(['https://dichvucong.minhhoa.gov.vn', 'https://motcua.minhhoa.gov.vn:8443', 'http://dichvucong.minhhoa.gov.vn']);
    expect(plan).toEqual({ patterns: ['*://dichvucong.minhhoa.gov.vn/*', '*://motcua.minhhoa.gov.vn/*'], outside: [] });
    for (const p of plan.patterns) {
      expect(p).not.toBe(DECLARED_OPTIONAL_HOSTS);
      const host = p.slice(4, -2);
      expect(patternCovers(DECLARED_OPTIONAL_HOSTS, host)).toBe(true);
    }
  });

  it('cannot cover origins outside .gov.vn: it says which', () => {
    expect(accessPlan(['http://127.0.0.1:8080', 'https://dvc.vnptigate.vn', 'https://gov.vn', 'https://gov.vn.example.com', 'file:///x', 'nonsense'])).toEqual({
      patterns: [],
      outside: ['http://127.0.0.1:8080', 'https://dvc.vnptigate.vn', 'https://gov.vn', 'https://gov.vn.example.com', 'file:///x', 'nonsense'],
    });
  });

  it('knows a .gov.vn host from a look-alike', () => {
    expect(isGovVnHost('dichvucong.hanoi.gov.vn')).toBe(true);
    expect(isGovVnHost('DICHVUCONG.HANOI.GOV.VN.')).toBe(true);
    expect(isGovVnHost('gov.vn')).toBe(false);
    expect(isGovVnHost('evilgov.vn')).toBe(false);
    expect(isGovVnHost('gov.vn.evil.com')).toBe(false);
  });

  it('reads which granted patterns cover a host', () => {
    expect(patternCovers('*://dichvucong.minhhoa.gov.vn/*', 'dichvucong.minhhoa.gov.vn')).toBe(true);
    expect(patternCovers('*://dichvucong.minhhoa.gov.vn/*', 'motcua.minhhoa.gov.vn')).toBe(false);
    expect(patternCovers('*://*.gov.vn/*', 'motcua.minhhoa.gov.vn')).toBe(true);
    expect(patternCovers('*://*.gov.vn/*', 'example.com')).toBe(false);
    expect(patternCovers('https://*/*', 'x.gov.vn')).toBe(true);
  });
});
