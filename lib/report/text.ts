import { methodLabel, stateLabel, type Locale } from '../i18n/strings';
import { pageTypeName, pageWarnings, platformNames } from './pages';
import type { Report } from './schema';
import { formatPercent } from '../audit/score';

/** 2024-04-03 → 03/04/2024, as Vietnamese documents write dates. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const HEAD = {
  vi: {
    portal: 'Cổng',
    pages: 'Trang đã kiểm tra',
    platform: 'Nền tảng',
    score: 'Điểm đạt',
    counts: 'Trạng thái',
    groups: 'Theo nhóm',
    toFix: 'Chưa đạt hoặc cần xem xét',
    none: '(không có)',
    onlyMet: 'Chỉ tiêu chí "Đạt" được tính điểm; tiêu chí thủ công cần người kiểm tra xác nhận.',
    browser: 'đọc trong trình duyệt, đã chạy script của trang',
    static: 'chỉ đọc mã HTML, không chạy script',
    points: 'Điểm (thang 100)',
    level: 'Mức độ',
    coverage: 'Độ bao phủ',
    covered: 'đã đánh giá',
    estimate: 'Ước tính: nhóm, điểm tối đa và mức độ theo {doc} ({date}); các tiêu chí trong nhóm là ước tính (phụ lục chưa công khai). Mức độ tạm tính khi chưa đánh giá đủ.',
  },
  en: {
    portal: 'Portal',
    pages: 'Pages audited',
    platform: 'Platform',
    score: 'Score',
    counts: 'States',
    groups: 'By group',
    toFix: 'Not met or needing review',
    none: '(none)',
    onlyMet: 'Only "Met" criteria count; manual criteria need the inspector to attest them.',
    browser: "read in a browser, the page's scripts run",
    static: 'markup only, scripts not run',
    points: 'Points (out of 100)',
    level: 'Level',
    coverage: 'Coverage',
    covered: 'assessed',
    estimate: 'Estimate: groups, maximum points and levels from {doc} ({date}); the criteria inside the groups are estimated (the annex is not public). The level is provisional until everything is assessed.',
  },
} satisfies Record<Locale, Record<string, string>>;

/**
 * Characters that drive a terminal or reorder what it shows: C0 and C1
 * controls (ESC starts every escape sequence; U+009B is a one-character
 * CSI), DEL, the bidi marks, embeddings, overrides and isolates, and the
 * Unicode line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex
export const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Page text (or any text from a report) made safe for a terminal: each unsafe character becomes a space. */
export function plain(s: string): string {
  return s.replace(TERMINAL_UNSAFE, ' ');
}

/** Lines for a terminal: every line made plain, whatever part of the report it came from. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(plain).join('\n');
}

/** A readable summary of a report for the terminal. */
export function formatSummary(report: Report, locale: Locale = 'vi'): string {
  const h = HEAD[locale];
  const lines: string[] = [];
  lines.push(`DVC Inspector ${report.tool.version} · ${report.checklist.id} v${report.checklist.version}`);
  lines.push(`${h.portal}: ${plain(report.portal.origin)}`);
  const platforms = platformNames(report.portal.platforms);
  if (platforms) lines.push(`${h.platform}: ${plain(platforms)}`);
  // What each page is, and how it was read: a script-built page read as markup alone looks empty.
  const about = (p: Report['pages'][number]) => {
    const parts = [pageTypeName(p.pageType, locale), p.rendering ? h[p.rendering] : null].filter(Boolean);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  if (report.pages.length === 1) lines.push(`${h.pages}: ${plain(report.pages[0]!.url)}${about(report.pages[0]!)}`);
  else {
    lines.push(`${h.pages} (${report.pages.length}):`);
    for (const p of report.pages) lines.push(`  ${plain(p.url)}${about(p)}`);
  }
  for (const p of report.pages) for (const w of pageWarnings(p, locale)) lines.push(`  ! ${plain(p.url)}: ${w}`);
  lines.push('');
  lines.push(`${h.score}: ${report.score.formatted[locale]}`);
  const c = report.score.counts;
  lines.push(
    `${h.counts}: ${(['met', 'not_met', 'needs_review', 'not_checked', 'not_applicable', 'error'] as const)
      .filter((s) => (c[s] ?? 0) > 0)
      .map((s) => `${stateLabel(locale, s)} ${c[s]}`)
      .join(' · ')}`,
  );
  lines.push(h.onlyMet);
  const p = report.points;
  if (p) {
    lines.push('');
    lines.push(`${h.points}: ${p.formatted[locale]}`);
    lines.push(`${h.level}: ${p.levelFormatted[locale]}`);
    lines.push(`${h.coverage}: ${formatPercent(p.coverage, locale)}`);
    const src = report.checklist.source;
    if (p.estimated) lines.push(h.estimate.replace('{doc}', src?.document ?? report.checklist.id).replace('{date}', src ? vnDate(src.date) : ''));
  }
  lines.push('');
  lines.push(`${h.groups}:`);
  const width = Math.max(...report.groups.map((g) => g.id.length));
  for (const g of report.groups) {
    const gp = p?.groups.find((x) => x.id === g.id);
    const pts = gp ? `  ${gp.formatted[locale].padStart(7)}  ${h.coverage.toLowerCase()} ${formatPercent(gp.coverage, locale)}` : '';
    lines.push(`  ${g.id.padEnd(width)}  ${`${g.met}/${g.total}`.padStart(5)}${pts}  ${g.title[locale]}`);
  }
  lines.push('');
  lines.push(`${h.toFix}:`);
  const order: string[] = ['not_met', 'error', 'needs_review'];
  const toFix = report.criteria.filter((r) => order.includes(r.state)).sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  if (toFix.length === 0) lines.push(`  ${h.none}`);
  for (const r of toFix) {
    lines.push(`  [${stateLabel(locale, r.state)}] ${r.id} ${r.title[locale]} (${methodLabel(locale, r.method)})`);
    const why = r.attestation?.note ?? r.message?.[locale];
    if (why) lines.push(`      ${plain(why)}`);
    for (const e of r.evidence.slice(0, 2)) lines.push(`      · "${plain(e.text)}" ${plain(e.selector)}`);
  }
  // Everything printed comes from the report (titles, version, score, ids): all of it is made plain.
  return terminalLines(lines);
}
