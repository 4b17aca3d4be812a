import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { CompareError, compareReports, comparisonError, formatComparison } from '../../lib/report/compare';
import type { Report } from '../../lib/report/schema';
import { ORIGIN, sampleReport } from '../fixtures/reports/audits';

const ids = DEFAULT_PROFILE.criteria.map((c) => c.id);
// sampleReport({ met: 17 }): criteria 0-16 met; 17 → cycle (17 % 5 = 2) not_checked, 18 → error, 20 → not_met, 21 → needs_review.
const older = sampleReport({ met: 17 });
const newer = (() => {
  const states = {
    [ids[0]!]: 'not_met' as const, // lost (TK)
    [ids[1]!]: 'needs_review' as const, // lost (TK)
    [ids[17]!]: 'met' as const, // gained (not_checked → met)
    [ids[20]!]: 'met' as const, // gained (not_met → met)
    [ids[21]!]: 'not_met' as const, // changed (needs_review → not_met)
  };
  const r = sampleReport({ met: 17, states });
  // Audited a month later: its pages' dates, not the report's, order the two.
  return { ...r, generatedAt: '2026-06-01T00:00:00.000Z', pages: r.pages.map((p) => ({ ...p, auditedAt: p.auditedAt.replace('2026-05', '2026-06') })) };
})();

describe('comparing two reports', () => {
  it('classifies every criterion: gained, lost, changed, unchanged', () => {
    const cmp = compareReports(older, newer);
    expect(cmp.criteria).toHaveLength(83);
    const of = (change: string) => cmp.criteria.filter((c) => c.change === change).map((c) => c.id);
    expect(of('gained')).toEqual([ids[17], ids[20]]);
    expect(of('lost')).toEqual([ids[0], ids[1]]);
    expect(of('changed')).toEqual([ids[21]]);
    expect(of('unchanged')).toHaveLength(78);
    expect(cmp.criteria[0]).toMatchObject({ id: ids[0], old: 'met', new: 'not_met', change: 'lost', title: DEFAULT_PROFILE.criteria[0]!.title });
    expect(cmp.criteria[21]).toMatchObject({ old: 'needs_review', new: 'not_met' });
  });

  it('gives the score and each group before, after and the difference', () => {
    const cmp = compareReports(older, newer);
    expect(cmp.score).toMatchObject({ old: 17, new: 17, delta: 0, total: 83 });
    expect(cmp.score.formatted.old).toEqual({ vi: '17/83 (20,48%)', en: '17/83 (20.48%)' });
    const tk = cmp.groups.find((g) => g.id === 'TK')!;
    expect(tk).toMatchObject({ old: 7, new: 5, delta: -2, total: 7 });
    const tt = cmp.groups.find((g) => g.id === 'TT')!;
    expect(tt).toMatchObject({ old: 0, new: 2, delta: 2 });
    expect(cmp.groups.map((g) => g.id)).toEqual(DEFAULT_PROFILE.groups.map((g) => g.id));
    const better = compareReports(older, sampleReport({ met: 20 }));
    expect(better.score).toMatchObject({ old: 17, new: 20, delta: 3 });
  });

  it('refuses reports of different checklists, with a clear error', () => {
    const other: Report = { ...newer, checklist: { ...newer.checklist, id: 'vn-dvc-2030' } };
    expect(() => compareReports(older, other)).toThrow(CompareError);
    expect(comparisonError(older, other)?.en).toBe('Reports against different checklists cannot be compared (vn-dvc-2023 v1 and vn-dvc-2030 v1).');
    const v2: Report = { ...newer, checklist: { ...newer.checklist, version: 2 } };
    expect(() => compareReports(older, v2)).toThrow(/different checklists/);
    expect(comparisonError(older, newer)).toBeNull();
  });

  it('warns, without refusing, when the portals or tool versions differ or the dates are reversed', () => {
    expect(compareReports(older, newer).warnings).toEqual([]);
    const elsewhere = { ...sampleReport({ origin: 'https://dichvucong.khac.gov.vn' }), generatedAt: newer.generatedAt };
    const cmp = compareReports(older, elsewhere);
    expect(cmp.warnings).toHaveLength(1);
    expect(cmp.warnings[0]!.en).toMatch(/different portals \(https:\/\/dichvucong\.vidu\.gov\.vn and https:\/\/dichvucong\.khac\.gov\.vn\)/);
    const later = { ...newer, tool: { ...newer.tool, version: '0.2.0' } };
    expect(compareReports(older, later).warnings[0]!.en).toMatch(/different DVC Inspector versions \(0\.1\.0 and 0\.2\.0\)/);
    expect(compareReports(newer, older).warnings[0]!.en).toMatch(/wrong way round/);
    // Reports made at the same moment from stored audits are ordered by when their pages were audited.
    const sameMoment = { ...older, generatedAt: newer.generatedAt };
    expect(compareReports(sameMoment, newer).warnings).toEqual([]);
    expect(compareReports(newer, sameMoment).warnings[0]!.en).toMatch(/wrong way round/);
  });

  it('reads well in the terminal, in both languages', () => {
    const cmp = compareReports(older, newer);
    const en = formatComparison(cmp, 'en');
    expect(en).toContain('Score: 17/83 (20.48%) → 17/83 (20.48%) (±0)');
    expect(en).toMatch(/TK\s+7\/7 → 5\/7\s+−2\s+Accounts/);
    expect(en).toContain(`Gained (2):\n  + ${ids[17]} ${DEFAULT_PROFILE.criteria[17]!.title.en}: Not checked → Met`);
    expect(en).toContain(`Lost (2):\n  - ${ids[0]} ${DEFAULT_PROFILE.criteria[0]!.title.en}: Met → Not met`);
    expect(en).toContain(`Other changes (1):\n  ~ ${ids[21]} ${DEFAULT_PROFILE.criteria[21]!.title.en}: Needs review → Not met`);
    expect(en).toContain('Unchanged: 78 criteria');
    const vi = formatComparison(cmp, 'vi');
    expect(vi).toContain('Điểm đạt: 17/83 (20,48%) → 17/83 (20,48%) (±0)');
    expect(vi).toContain('Đạt thêm (2):');
    const warned = formatComparison(compareReports(older, sampleReport({ origin: 'https://x.gov.vn\u001b[31m' })), 'en');
    expect(warned).toMatch(/^Warning: .*different portals/m);
    expect(warned).not.toContain('\u001b');
  });

  describe('what the newer audit did not look at again', () => {
    const HOME = 'https://dichvucong.vidu.gov.vn/portaldvc/home';
    /** The newer audit read only the login page: the home page was not revisited. */
    const onlyLogin = (r: Report): Report => ({ ...r, pages: r.pages.filter((p) => p.url !== HOME) });

    it('tells criteria met only on pages the newer audit did not read from criteria lost', () => {
      // ids[1] is met on the home page only (its login finding is not checked); ids[0] on both.
      const newerReport = onlyLogin(sampleReport({ met: 17, states: { [ids[1]!]: 'not_checked', [ids[0]!]: 'not_met' } }));
      const cmp = compareReports(older, { ...newerReport, criteria: newerReport.criteria.map((c) => (c.id === ids[1] ? { ...c, state: 'not_checked' as const } : c)) });
      const of = (id: string) => cmp.criteria.find((c) => c.id === id)!.change;
      expect(of(ids[1]!)).toBe('not_revisited');
      expect(of(ids[0]!)).toBe('lost'); // its login page was read again and no longer shows it
      expect(cmp.pages).toEqual({ older: [HOME, `${ORIGIN}/portaldvc/dang-nhap`], newer: [`${ORIGIN}/portaldvc/dang-nhap`], shared: [`${ORIGIN}/portaldvc/dang-nhap`] });
    });

    it('does not call evidence to review "gone" when its page was not read again', () => {
      // ids[26] needs review on the home page only (sampleReport: i % 5 === 1, and i % 3 !== 0 keeps it off the login page).
      const newerReport = onlyLogin(sampleReport({ met: 17 }));
      const cmp = compareReports(older, { ...newerReport, criteria: newerReport.criteria.map((c) => (c.id === ids[26] ? { ...c, state: 'not_checked' as const, automaticState: 'not_checked' as const } : c)) });
      expect(cmp.criteria.find((c) => c.id === ids[26])).toMatchObject({ old: 'needs_review', new: 'not_checked', change: 'not_revisited' });
    });

    it('does not count a page without a criterion met elsewhere as a loss, even when it shows why', () => {
      // TK-02 (met if any page shows it) was met on the home page only; the newer audit read the login page, which shows a partial sign.
      const newerReport = onlyLogin(sampleReport({ met: 17 }));
      const withSign = {
        ...newerReport,
        criteria: newerReport.criteria.map((c) => (c.id === ids[1] ? { ...c, state: 'not_met' as const, automaticState: 'not_met' as const, evidence: [{ pageUrl: `${ORIGIN}/portaldvc/dang-nhap`, selector: 'a', text: 'Đăng nhập' }] } : c)),
      };
      expect(compareReports(older, withSign).criteria.find((c) => c.id === ids[1])!.change).toBe('not_revisited');
    });

    it('counts a problem found on any page as lost, revisited or not, for a criterion one failing page fails (TK-03)', () => {
      const problem = sampleReport({ met: 17 });
      const newerReport = {
        ...problem,
        pages: [],
        criteria: problem.criteria.map((c) =>
          c.id === ids[2] ? { ...c, state: 'not_met' as const, evidence: [{ pageUrl: `${ORIGIN}/khac`, selector: 'script', text: 'http://cdn/x.js' }] } : c,
        ),
      };
      expect(compareReports(older, newerReport).criteria.find((c) => c.id === ids[2])!.change).toBe('lost');
    });

    it('tells an attestation not made again from one withdrawn against the page', () => {
      const at = { state: 'met' as const, note: 'QĐ 12', at: '2026-05-04T02:30:00.000Z' };
      const attested = sampleReport({ met: 0, attestations: { [ids[5]!]: at } });
      const again = sampleReport({ met: 0 });
      const c = compareReports(attested, again).criteria.find((x) => x.id === ids[5])!;
      expect(c).toMatchObject({ old: 'met', change: 'not_revisited' });
      expect(formatComparison(compareReports(attested, again), 'en')).toContain(`Not revisited (page or attestation not in the newer audit) (1):\n  ? ${ids[5]}`);
    });
  });
});
