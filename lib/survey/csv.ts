import type { Locale } from '../i18n/strings';
import { formatNumber } from '../audit/score';
import { csvCell } from '../report/csv';
import { formatAverage } from './aggregate';
import type { Survey } from './schema';

/**
 * `survey.csv`: one row per portal of the list, for a spreadsheet. Every
 * cell goes through the reports' CSV guard: a portal's name or a reason
 * that starts like a formula (= + - @, a tab or a carriage return) stays
 * text. A byte-order mark so spreadsheets read Vietnamese as UTF-8; CRLF.
 */

const HEADERS = {
  vi: ['Tên cổng', 'Địa chỉ', 'Máy chủ', 'Loại', 'Mã', 'Trạng thái', 'Lý do', 'Số trang', 'Trang lỗi', 'Cách đọc', 'Nền tảng', 'Đạt', 'Tổng', 'Tỷ lệ (%)', 'Điểm', 'Báo cáo'],
  en: ['Portal', 'Address', 'Host', 'Kind', 'Code', 'Status', 'Reason', 'Pages', 'Failed pages', 'Rendering', 'Platform', 'Met', 'Total', 'Percent', 'Score', 'Report'],
} satisfies Record<Locale, string[]>;

/** Columns after the groups: the place ("xếp thứ N"), and points and level where the checklist scores by points. */
const RANKED = {
  vi: { rank: 'Xếp thứ', points: 'Điểm (thang 100, ước tính)', level: 'Mức độ', provisional: 'Tạm tính' },
  en: { rank: 'Rank', points: 'Points (of 100, estimate)', level: 'Level', provisional: 'Provisional' },
} satisfies Record<Locale, Record<string, string>>;

export function surveyCsv(survey: Survey, locale: Locale): string {
  const groupIds = survey.groups.map((g) => g.id);
  const byPoints = survey.checklist.scoring === 'points';
  const r = RANKED[locale];
  const header = [...HEADERS[locale], ...groupIds, r.rank, ...(byPoints ? [r.points, r.level, r.provisional] : [])];
  const rows = survey.portals.map((p) => [
    p.name,
    p.url,
    p.host,
    p.kind,
    p.code,
    p.status,
    p.reason,
    p.pages,
    p.failedPages,
    p.rendering,
    p.platform,
    p.score?.met,
    p.score?.total,
    p.score ? (locale === 'vi' ? p.score.percent.toFixed(2).replace('.', ',') : p.score.percent.toFixed(2)) : null,
    p.score ? formatAverage(p.score.met, p.score.total, p.score.percent, locale) : null,
    p.report?.json,
    ...groupIds.map((id) => {
      const g = p.groups.find((x) => x.id === id);
      return g ? `${g.met}/${g.total}` : null;
    }),
    p.rank ?? null,
    ...(byPoints ? [p.points ? formatNumber(p.points.points, locale) : null, p.points?.level ?? null, p.points ? (p.points.provisional ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'không' : 'no') : null] : []),
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
