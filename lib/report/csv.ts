import { methodLabel, stateLabel, type Locale } from '../i18n/strings';
import { vietnamTime } from '../i18n/time';
import type { Report } from './schema';

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
 * One field. A spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula: page text could then compute,
 * link or exfiltrate. Such cells get a leading apostrophe and stay text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join(CRLF) + CRLF;
}

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
  return { criteria: table([h.criteria, ...criteria]), evidence: table([h.evidence, ...evidence]) };
}
