import { describe, expect, it } from 'vitest';
import { methodLabel, stateLabel } from '../../lib/i18n/strings';
import { csvCell, toCsv } from '../../lib/report/csv';
import { HOSTILE, hostileReport, sampleReport } from '../fixtures/reports/audits';

/** A strict RFC 4180 reader: fails on anything a spreadsheet would misread. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote at ${i}`);
        field += s[i++];
      }
    }
    row.push(field);
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === '\n') throw new Error(`bare LF at ${i}: lines must end with CRLF`);
    if (s[i] === '\r') {
      if (s[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      i += 2;
      rows.push(row);
      row = [];
      if (i >= s.length) return rows;
      continue;
    }
    throw new Error('the file must end with CRLF');
  }
}

describe('CSV export', () => {
  it('has a header in the chosen language and one row per criterion', () => {
    const report = sampleReport();
    const vi = readCsv(toCsv(report, 'vi').criteria);
    const en = readCsv(toCsv(report, 'en').criteria);
    expect(vi[0]).toEqual([
      'Mã tiêu chí', 'Nhóm', 'Tiêu chí', 'Cách đánh giá', 'Trạng thái', 'Mã trạng thái', 'Nguồn kết luận',
      'Kết quả tự động', 'Số bằng chứng', 'Ghi chú', 'Người xác nhận', 'Thời điểm xác nhận (giờ Việt Nam, UTC+7)', 'Căn cứ',
      'Căn cứ (trích dẫn)', 'Tra văn bản',
    ]);
    expect(en[0]).toEqual([
      'Criterion', 'Group', 'Title', 'Method', 'State', 'State code', 'Decided by', 'Automatic state',
      'Evidence count', 'Note', 'Attested by', 'Attested at (Vietnam time, UTC+7)', 'Basis', 'Basis (citations)', 'Look up',
    ]);
    expect(vi).toHaveLength(84);
    expect(vi.slice(1).map((r) => r[0])).toEqual(report.criteria.map((c) => c.id));
    for (const rows of [vi, en]) for (const r of rows) expect(r).toHaveLength(15);
  });

  it('fills every column from the report: labels, raw state, source, evidence count, attestation', () => {
    const report = hostileReport('en');
    const rows = readCsv(toCsv(report, 'vi').criteria);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    const first = report.criteria[0]!;
    expect(byId.get(first.id)).toEqual([
      first.id, first.group, first.title.vi, methodLabel('vi', first.method), 'Đạt', 'met', 'Kiểm tra tự động', 'Đạt', '6', '', '', '', first.basis,
      first.references.map((r) => r.text.vi).join('; '), [...new Set(first.references.flatMap((r) => r.links.map((l) => l.url)))].join(' '),
    ]);
    expect(byId.get('TK-04')![13]).toMatch(/^Thông tư 22\/2019\/TT-BTTTT .*Điều 5 điểm e; suy ra từ thực tế/);
    const attested = report.criteria.find((c) => c.attestation?.author === 'Trần Văn An')!;
    const row = byId.get(attested.id)!;
    expect(row.slice(4, 8)).toEqual(['Chưa đạt', 'not_met', 'Người kiểm tra', stateLabel('vi', attested.automaticState)]);
    expect(row[9]).toBe(HOSTILE.img);
    expect(row[10]).toBe('Trần Văn An');
    expect(row[11]).toBe('04/05/2026 09:45'); // 02:45 UTC, in Vietnam time as the header says
    // The note follows the chosen language, not the report's.
    const reason = report.criteria.find((c) => c.source === 'automatic' && c.message && c.message.vi.startsWith('Lý do'))!;
    expect(byId.get(reason.id)![9]).toBe(reason.message!.vi);
  });

  it('lists every piece of evidence: criterion, page URL, selector, text', () => {
    const report = hostileReport();
    const rows = readCsv(toCsv(report, 'en').evidence);
    expect(rows[0]).toEqual(['Criterion', 'Page URL', 'Selector', 'Text']);
    expect(readCsv(toCsv(report, 'vi').evidence)[0]).toEqual(['Mã tiêu chí', 'Địa chỉ trang', 'Bộ chọn (selector)', 'Nội dung']);
    const expected = report.criteria.flatMap((c) => c.evidence.map((e) => [c.id, e.pageUrl, e.selector, e.text]));
    expect(rows).toHaveLength(expected.length + 1);
    const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
    expect(rows.slice(1).map((r) => r.map(unguard))).toEqual(expected);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and ends every line with CRLF', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain Tiếng Việt')).toBe('plain Tiếng Việt');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    const { criteria, evidence } = toCsv(hostileReport(), 'vi');
    for (const t of [criteria, evidence]) {
      expect(t.endsWith('\r\n')).toBe(true);
      expect(() => readCsv(t)).not.toThrow();
    }
    expect(readCsv(evidence).some((r) => r[2] === HOSTILE.quoteComma)).toBe(true);
  });

  it('keeps page text from becoming a spreadsheet formula', () => {
    for (const bad of [HOSTILE.formula, HOSTILE.plus, HOSTILE.minus, HOSTILE.at, HOSTILE.tab, HOSTILE.cr]) {
      const cell = csvCell(bad);
      const value = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(value).toBe(`'${bad}`);
    }
    const { criteria, evidence } = toCsv(hostileReport(), 'en');
    const cells = [...readCsv(criteria), ...readCsv(evidence)].flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain(`'${HOSTILE.tab}`);
    expect(cells).toContain(`'${HOSTILE.cr}`);
  });
});
