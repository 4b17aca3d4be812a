import { describe, expect, it } from 'vitest';
import { judge } from '../../lib/audit/judge';
import { PROFILE_2024 } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { toCsv } from '../../lib/report/csv';
import { toHtml } from '../../lib/report/html';
import { auditFromReport, parseReportText } from '../../lib/report/import';
import type { Report } from '../../lib/report/schema';
import { NOW, sampleAudit, sampleReport } from '../fixtures/reports/audits';

/** Reports judged by the 2024 scale: what they carry, and that an altered score is refused. */
const report2024 = (): Report => buildReport(sampleAudit(), { profile: PROFILE_2024, toolVersion: '0.1.0', now: NOW });
const forged = (mutate: (r: Report) => void) => {
  const r = structuredClone(report2024());
  mutate(r);
  return parseReportText(JSON.stringify(r));
};

describe('a report on the 2024 scale', () => {
  it('says which checklist, its source and status, and carries points, groups, coverage and level', () => {
    const r = report2024();
    expect(r.checklist).toMatchObject({ id: 'vn-httt-2024', status: { groups: 'official', criteria: 'estimated' }, source: { document: 'Quyết định 473/QĐ-BTTTT', date: '2024-04-03' } });
    const p = r.points!;
    const judged = judge(sampleAudit(), PROFILE_2024).points!;
    expect(p.points).toBe(judged.points);
    expect(p.formatted.vi).toBe(`${String(judged.points).replace('.', ',')}/100 điểm`);
    expect(p.levelFormatted.vi).toMatch(/^Mức độ [A-E] \(tạm tính, ước tính\)$/);
    expect(p.groups.map((g) => g.id)).toEqual(['CN', 'CB', 'HN', 'AT', 'TN', 'EMC']);
    expect(p.groups.reduce((n, g) => n + g.points * 10, 0) / 10).toBe(p.points);
  });

  it('reads back as it is, and the audit under it is the same audit', () => {
    const r = report2024();
    const back = parseReportText(JSON.stringify(r));
    expect(back.ok, back.ok ? '' : back.error.en).toBe(true);
    if (back.ok) expect(back.report.points).toEqual(r.points);
    expect(auditFromReport(r).pages.map((p) => p.findings)).toEqual(sampleAudit().pages.map((p) => p.findings));
  });

  it('refuses altered points, level, group points or coverage, and a points report without them', () => {
    const cases: Array<[string, (r: Report) => void]> = [
      ['points.points', (r) => void (r.points!.points = 95)],
      ['points.level', (r) => void (r.points!.level = { id: 'A', minPoints: 90, title: { vi: 'Mức độ A', en: 'Level A' } })],
      ['points.groups[0]', (r) => void (r.points!.groups[0]!.points = 50)],
      ['points.groups[2]', (r) => void (r.points!.groups[2]!.coverage = 100)],
      ['points', (r) => void (r.points!.provisional = false)],
      ['points', (r) => void delete r.points],
    ];
    for (const [path, mutate] of cases) {
      const result = forged(mutate);
      expect(result.ok, path).toBe(false);
      if (!result.ok) {
        expect(result.path, path).toBe(path);
        expect(result.error.vi).toMatch(/không nhất quán/);
      }
    }
  });

  it('a count report (83 criteria) that claims points is refused', () => {
    const r = structuredClone(sampleReport());
    (r as Report).points = structuredClone(report2024().points);
    const result = parseReportText(JSON.stringify(r));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.path).toBe('points');
  });

  it('HTML and CSV show the points, the level as an estimate, and the decimal comma in Vietnamese', () => {
    const r = report2024();
    const html = toHtml(r, 'vi');
    expect(html).toContain(r.points!.formatted.vi);
    expect(html).toContain('ước tính');
    expect(html).toContain('Quyết định 473/QĐ-BTTTT');
    const csv = toCsv(r, 'vi').criteria;
    expect(csv).toContain(r.points!.formatted.vi);
    expect(toHtml(r, 'en')).toContain(r.points!.formatted.en);
  });
});
