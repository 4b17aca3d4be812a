import { describe, expect, it } from 'vitest';
import { compareReports, formatComparison } from '../../lib/report/compare';
import { csvCell, toCsv } from '../../lib/report/csv';
import { checkMinScore, csvForStdout, renderReport } from '../../lib/report/output';
import type { Report } from '../../lib/report/schema';
import { formatSummary } from '../../lib/report/text';
import { sampleReport } from '../fixtures/reports/audits';

/**
 * What reaches a terminal from a report never drives it: no escape or other
 * control character, no bidi control that reorders what is shown. A report
 * can carry such characters (a crafted file, or page text that had them).
 */
const ESC = '\u001b[2J\u001b]8;;https://evil.example\u0007';
const C1 = '\u009b31m';
const BIDI = '\u202e\u2066\u200f';
const NASTY = `${ESC}${C1}${BIDI}\u0000\u0008`;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** A report whose every printed string carries control characters. */
function craftedReport(): Report {
  const r = structuredClone(sampleReport({ met: 10 }));
  r.tool.version = `0.1.0${NASTY}`;
  r.checklist.id = `vn-dvc-2023${NASTY}`;
  r.portal.origin = `https://x.gov.vn${NASTY}`;
  r.pages[0]!.url = `https://x.gov.vn/${NASTY}`;
  r.score.formatted = { vi: `10/83${NASTY}`, en: `10/83${NASTY}` };
  for (const g of r.groups) {
    g.id = `${g.id}${NASTY}`;
    g.title = { vi: `${g.title.vi}${NASTY}`, en: `${g.title.en}${NASTY}` };
  }
  for (const c of r.criteria) {
    c.id = `${c.id}${NASTY}`;
    c.title = { vi: `${c.title.vi}${NASTY}`, en: `${c.title.en}${NASTY}` };
    c.message = { vi: `lý do${NASTY}`, en: `reason${NASTY}` };
    c.basis = `basis${NASTY}`;
    c.evidence = [{ pageUrl: `https://x.gov.vn/${NASTY}`, selector: `a${NASTY}`, text: `text${NASTY}` }];
  }
  return r;
}

describe('everything a report prints to a terminal is safe', () => {
  it('the text summary: titles, version, checklist, formatted score, groups, ids, evidence', () => {
    for (const locale of ['vi', 'en'] as const) {
      const out = formatSummary(craftedReport(), locale);
      expect(out).not.toMatch(UNSAFE);
      expect(out).toContain('0.1.0');
    }
  });

  it('the --min-score message', () => {
    for (const locale of ['vi', 'en'] as const) {
      const verdict = checkMinScore(craftedReport(), { kind: 'count', met: 80 }, locale);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.message).not.toMatch(UNSAFE);
      const pct = checkMinScore(craftedReport(), { kind: 'percent', percent: 90 }, locale);
      if (!pct.ok) expect(pct.message).not.toMatch(UNSAFE);
    }
  });

  it('the comparison of two reports', () => {
    const a = craftedReport();
    const b = craftedReport();
    b.tool.version = `0.2.0${NASTY}`;
    const out = formatComparison(compareReports(a, b), 'en');
    expect(out).not.toMatch(UNSAFE);
  });

  it('JSON to stdout: the same data, with C1 controls, bidi controls and line separators written as escapes', () => {
    const report = craftedReport();
    const json = renderReport(report, 'json', 'vi').main;
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('CSV to stdout carries no control or bidi character (tabs and line breaks inside quoted cells stay)', () => {
    const csv = csvForStdout(renderReport(craftedReport(), 'csv', 'en'));
    // eslint-disable-next-line no-control-regex
    expect(csv.replace(/[\t\r\n]/g, '')).not.toMatch(UNSAFE);
  });

  it('the HTML report is not for a terminal but still carries no bidi override that could reorder its text', () => {
    const html = renderReport(craftedReport(), 'html', 'vi').main;
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('CSV cells never become formulas', () => {
  it('neutralises a cell whose first non-blank character is = + - @, ASCII or fullwidth', () => {
    for (const trigger of ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20']) {
      for (const lead of ['', ' ', '  ', '\t', '\r', '\n', '\u00a0', '\u3000', ' \t ']) {
        const cell = csvCell(`${lead}${trigger}HYPERLINK("https://evil.example")`);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted.startsWith("'"), JSON.stringify(cell)).toBe(true);
      }
    }
  });

  it('leaves ordinary text alone, including a minus or equals later in the cell', () => {
    expect(csvCell('Tra cứu hồ sơ')).toBe('Tra cứu hồ sơ');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell(' x-1')).toBe(' x-1');
    expect(csvCell(12)).toBe('12');
  });

  it('neutralises formulas in every table of an exported report', () => {
    const r = sampleReport({ met: 5 });
    r.criteria[0]!.evidence = [{ pageUrl: 'https://x.gov.vn/', selector: ' =cmd', text: '\uff1dHYPERLINK("x")' }];
    const { evidence } = toCsv(r, 'vi');
    expect(evidence).toContain("' =cmd");
    expect(evidence).toContain("'\uff1dHYPERLINK");
  });
});
