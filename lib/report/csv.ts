import { methodLabel, stateLabel, type Locale } from '../i18n/strings';
import { vietnamTime } from '../i18n/time';
import type { Report } from './schema';
import { formatPercent } from '../audit/score';

/**
 * The findings as two spreadsheets: one row per criterion, one row per piece
 * of evidence. RFC 4180 (comma, CRLF, fields quoted when they must be) with a
 * UTF-8 byte-order mark so Excel reads Vietnamese correctly.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

const HEADERS = {
  vi: {
    criteria: [
      'Mã tiêu chí',
      'Nhóm',
      'Tiêu chí',
      'Cách đánh giá',
      'Trạng thái',
      'Mã trạng thái',
      'Nguồn kết luận',
      'Kết quả tự động',
      'Số bằng chứng',
      'Ghi chú',
      'Người xác nhận',
      'Thời điểm xác nhận (giờ Việt Nam, UTC+7)',
      'Căn cứ',
      'Căn cứ (trích dẫn)',
      'Tra văn bản',
    ],
    evidence: ['Mã tiêu chí', 'Địa chỉ trang', 'Bộ chọn (selector)', 'Nội dung'],
    source: { automatic: 'Kiểm tra tự động', inspector: 'Người kiểm tra' },
  },
  en: {
    criteria: [
      'Criterion',
      'Group',
      'Title',
      'Method',
      'State',
      'State code',
      'Decided by',
      'Automatic state',
      'Evidence count',
      'Note',
      'Attested by',
      'Attested at (Vietnam time, UTC+7)',
      'Basis',
      'Basis (citations)',
      'Look up',
    ],
    evidence: ['Criterion', 'Page URL', 'Selector', 'Text'],
    source: { automatic: 'Automatic checks', inspector: 'Inspector' },
  },
} as const;

/**
 * A cell a spreadsheet would run as a formula: its first non-blank
 * character is = + - @ or their fullwidth forms (＝ ＋ － ＠, which some
 * spreadsheets also accept), or it starts with a tab or carriage return.
 */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
/** Control and bidi characters: no meaning in a table, and they can drive a terminal or reorder a cell. Tabs and line breaks stay. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * One field. Page text could otherwise compute, link or exfiltrate in a
 * spreadsheet: a formula-like cell gets a leading apostrophe and stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value).replace(UNSAFE, '');
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join(CRLF) + CRLF;
}

const POINTS_HEADERS = {
  vi: { headers: ['Điểm của nhóm', 'Độ bao phủ của nhóm', 'Tính điểm', 'Tổng điểm và mức độ (ước tính)'], counted: 'Có', info: 'Chỉ để tham khảo (0 điểm)' },
  en: { headers: ['Group points', 'Group coverage', 'Counts', 'Total and level (estimate)'], counted: 'Yes', info: 'For information only (0 points)' },
} as const;

/** Both CSV files of a report, headers in `locale`. Each starts with a BOM and ends with CRLF. */
export function toCsv(report: Report, locale: Locale): { criteria: string; evidence: string } {
  const h = HEADERS[locale];
  const criteria = report.criteria.map((c) => [
    c.id,
    c.group,
    c.title[locale],
    methodLabel(locale, c.method),
    stateLabel(locale, c.state),
    c.state,
    h.source[c.source],
    stateLabel(locale, c.automaticState),
    c.evidence.length,
    c.attestation?.note ?? c.message?.[locale] ?? c.note ?? '',
    c.attestation?.author ?? '',
    c.attestation ? vietnamTime(c.attestation.at, locale) : '',
    c.basis,
    c.references.map((r) => r.text[locale]).join('; '),
    [...new Set(c.references.flatMap((r) => r.links.map((l) => l.url)))].join(' '),
  ]);
  const evidence = report.criteria.flatMap((c) => c.evidence.map((e) => [c.id, e.pageUrl, e.selector, e.text]));
  const pts = report.points;
  if (!pts) return { criteria: table([h.criteria, ...criteria]), evidence: table([h.evidence, ...evidence]) };
  // A checklist scored by points: each row also says its group's points and coverage, whether it counts, and the total with the level.
  const P = POINTS_HEADERS[locale];
  const total = `${pts.formatted[locale]} · ${pts.levelFormatted[locale]}`;
  const withPoints = report.criteria.map((c, i) => {
    const g = pts.groups.find((x) => x.id === c.group);
    return [...criteria[i]!, g?.formatted[locale] ?? '', g ? formatPercent(g.coverage, locale) : '', c.points === 0 ? P.info : P.counted, total];
  });
  return { criteria: table([[...h.criteria, ...P.headers], ...withPoints]), evidence: table([h.evidence, ...evidence]) };
}
