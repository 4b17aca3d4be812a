import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { checkMinScore, csvForStdout, evidenceCsvPath, parseMinScore, renderReport } from '../../lib/report/output';
import { sampleReport } from '../fixtures/reports/audits';

describe('report output for the command line', () => {
  it('renders each format', () => {
    const r = sampleReport();
    expect(ReportSchema.parse(JSON.parse(renderReport(r, 'json', 'vi').main))).toEqual(r);
    expect(renderReport(r, 'text', 'en').main).toContain('Score: 17/83 (20.48%)');
    expect(renderReport(r, 'html', 'vi').main).toMatch(/^<!doctype html>/);
    const csv = renderReport(r, 'csv', 'vi');
    expect(csv.main.startsWith('\uFEFFMã tiêu chí,')).toBe(true);
    expect(csv.evidence!.startsWith('\uFEFFMã tiêu chí,Địa chỉ trang')).toBe(true);
  });

  it('puts both CSV tables on stdout separated by a blank line, with one byte-order mark', () => {
    const joined = csvForStdout(renderReport(sampleReport(), 'csv', 'en'));
    expect(joined.match(/\uFEFF/g)).toHaveLength(1);
    expect(joined).toContain('\r\n\r\nCriterion,Page URL,Selector,Text\r\n');
  });

  it('names the evidence file after the criteria file', () => {
    expect(evidenceCsvPath('out/report.csv')).toBe('out/report.evidence.csv');
    expect(evidenceCsvPath('report')).toBe('report.evidence.csv');
    expect(evidenceCsvPath('./a.b/report')).toBe('./a.b/report.evidence.csv');
    expect(evidenceCsvPath('C:\\bao-cao\\ket-qua.csv')).toBe('C:\\bao-cao\\ket-qua.evidence.csv');
    expect(evidenceCsvPath('.csv')).toBe('.csv.evidence.csv');
  });

  it('reads a pass mark as met criteria or a percentage', () => {
    expect(parseMinScore('20', 83)).toEqual({ kind: 'count', met: 20 });
    expect(parseMinScore('25%', 83)).toEqual({ kind: 'percent', percent: 25 });
    expect(parseMinScore('20,48%', 83)).toEqual({ kind: 'percent', percent: 20.48 });
    for (const bad of ['84', '101%', '-1', 'abc', '', '1.5', '%']) expect(parseMinScore(bad, 83), bad).toBeNull();
  });

  it('passes at the mark and fails under it, saying by how much', () => {
    const r = sampleReport({ met: 17 });
    expect(checkMinScore(r, { kind: 'count', met: 17 }, 'en')).toEqual({ ok: true });
    expect(checkMinScore(r, { kind: 'count', met: 18 }, 'en')).toEqual({ ok: false, message: 'score 17/83 (20.48%) is under the minimum of 18/83 met criteria (1 short)' });
    expect(checkMinScore(r, { kind: 'percent', percent: 20.48 }, 'en').ok).toBe(true);
    expect(checkMinScore(r, { kind: 'percent', percent: 20.49 }, 'en')).toEqual({ ok: false, message: 'score 17/83 (20.48%) is under the minimum of 20.49% (needs at least 18/83 met criteria)' });
    expect(checkMinScore(r, { kind: 'percent', percent: 50 }, 'vi')).toEqual({ ok: false, message: 'điểm 17/83 (20,48%) dưới mức tối thiểu 50% (cần ít nhất 42/83 tiêu chí đạt)' });
  });
});
