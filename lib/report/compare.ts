import { formatFraction } from '../audit/score';
import type { Localized, State } from '../criteria/types';
import { stateLabel, type Locale } from '../i18n/strings';
import { pageKey } from '../audit/portal';
import type { Report, ReportCriterion } from './schema';
import { plain, terminalLines } from './text';

/**
 * Two reports of the same checklist side by side: did the portal get better?
 * "gained" = became met; "lost" = was met and, looked at again, is not;
 * "not_revisited" = was met (or had evidence to review) and the newer audit
 * has not looked again: the pages it was found on are not among the newer
 * audit's pages, or the inspector attested it in the older audit and not
 * (yet) in the newer one; "changed" = any other change of state (e.g. not
 * checked → not met).
 */

export type CriterionChange = 'gained' | 'lost' | 'not_revisited' | 'changed' | 'unchanged';

export interface Comparison {
  checklist: { id: string; version: number; total: number };
  /** `auditedAt`: when the audit's last page was audited (the report's own date otherwise). */
  older: { portal: string; generatedAt: string; auditedAt: string; toolVersion: string };
  newer: { portal: string; generatedAt: string; auditedAt: string; toolVersion: string };
  /** Why the comparison may mislead: other portal, other tool version, dates reversed. */
  warnings: Localized[];
  /** The pages each audit covers (addresses without their fragment). */
  pages: { older: string[]; newer: string[]; shared: string[] };
  score: { old: number; new: number; delta: number; total: number; formatted: { old: Localized; new: Localized } };
  /** A checklist scored by points: the points and level before and after ("35,5/100 điểm · Mức độ E (tạm tính, ước tính)"). */
  points?: { old: Localized; new: Localized; delta: number };
  groups: Array<{ id: string; title: Localized; old: number; new: number; delta: number; total: number }>;
  criteria: Array<{ id: string; title: Localized; old: State; new: State; change: CriterionChange }>;
}

/** Two reports that cannot be compared. */
export class CompareError extends Error {
  constructor(readonly detail: Localized) {
    super(detail.en);
    this.name = 'CompareError';
  }
}

/** Why two reports cannot be compared, or null when they can. */
export function comparisonError(older: Report, newer: Report): Localized | null {
  const a = older.checklist;
  const b = newer.checklist;
  if (a.id !== b.id || a.version !== b.version)
    return {
      vi: `Không so sánh được hai báo cáo theo hai bộ tiêu chí khác nhau (${plain(a.id)} v${a.version} và ${plain(b.id)} v${b.version}).`,
      en: `Reports against different checklists cannot be compared (${plain(a.id)} v${a.version} and ${plain(b.id)} v${b.version}).`,
    };
  const ids = new Set(newer.criteria.map((c) => c.id));
  const missing = older.criteria.find((c) => !ids.has(c.id)) ?? null;
  if (missing || older.criteria.length !== newer.criteria.length)
    return {
      vi: `Hai báo cáo không có cùng danh sách tiêu chí${missing ? ` (${plain(missing.id)} chỉ có trong báo cáo cũ)` : ''}.`,
      en: `The two reports do not list the same criteria${missing ? ` (${plain(missing.id)} is only in the older one)` : ''}.`,
    };
  return null;
}

/**
 * Whether the newer audit looked again at what made a criterion met in the
 * older one: a problem the newer audit found on a criterion one failing
 * page fails (`combine: every`, not met with evidence: e.g. an insecure
 * page) counts wherever it was found; an attestation only
 * counts as looked at again when the inspector attests again; a finding of
 * the pages, when one of the pages it was met on was read again.
 */
function lookedAgain(older: Report, was: ReportCriterion, now: ReportCriterion, newerPages: Set<string>): boolean {
  if (now.source === 'inspector') return true;
  if (now.state === 'not_met' && now.evidence.length > 0 && now.combine === 'every') return true;
  if (was.source === 'inspector') return false;
  const foundOn = older.pages.filter((p) => p.findings[was.id]?.state === was.automaticState).map((p) => pageKey(p.url));
  return foundOn.length === 0 || foundOn.some((u) => newerPages.has(u));
}

/** When the audit behind a report last looked at a page. */
export function auditedAt(r: Report): string {
  return r.pages.map((p) => p.auditedAt).sort().at(-1) ?? r.generatedAt;
}

const fraction = (r: Report): Localized => ({ vi: formatFraction(r.score, 'vi'), en: formatFraction(r.score, 'en') });

/** Compare an older report with a newer one. Throws `CompareError` for different checklists. */
export function compareReports(older: Report, newer: Report): Comparison {
  const refused = comparisonError(older, newer);
  if (refused) throw new CompareError(refused);

  const warnings: Localized[] = [];
  const shared = older.portal.origins.some((o) => newer.portal.origins.includes(o));
  if (older.portal.origin !== newer.portal.origin)
    warnings.push({
      vi: `Hai báo cáo của hai cổng khác nhau (${plain(older.portal.origin)} và ${plain(newer.portal.origin)})${shared ? ', dù có chung địa chỉ' : ''}: kết quả so sánh có thể không có ý nghĩa.`,
      en: `The reports are of different portals (${plain(older.portal.origin)} and ${plain(newer.portal.origin)})${shared ? ', though they share an address' : ''}: the comparison may mean little.`,
    });
  if (older.tool.version !== newer.tool.version)
    warnings.push({
      vi: `Hai báo cáo do hai phiên bản DVC Inspector tạo ra (${plain(older.tool.version)} và ${plain(newer.tool.version)}): thay đổi có thể do công cụ, không phải do cổng.`,
      en: `The reports were made by different DVC Inspector versions (${plain(older.tool.version)} and ${plain(newer.tool.version)}): a change may come from the tool, not the portal.`,
    });
  // Reports of stored audits are all made at the moment of comparing: the
  // audits' own dates are when their pages were audited.
  if (Date.parse(auditedAt(newer)) < Date.parse(auditedAt(older)))
    warnings.push({
      vi: 'Báo cáo "mới" được tạo trước báo cáo "cũ": có thể hai tệp bị đảo thứ tự.',
      en: 'The "newer" report was made before the "older" one: the files may be the wrong way round.',
    });

  const newerPages = new Set(newer.pages.map((p) => pageKey(p.url)));
  const before = new Map(older.criteria.map((c) => [c.id, c]));
  const criteria = newer.criteria.map((c) => {
    const was = before.get(c.id)!;
    const old = was.state;
    let change: CriterionChange = old === c.state ? 'unchanged' : c.state === 'met' ? 'gained' : old === 'met' ? 'lost' : 'changed';
    // Lost, or found nothing any more: only if the newer audit looked again.
    if ((change === 'lost' || (change === 'changed' && c.state === 'not_checked')) && !lookedAgain(older, was, c, newerPages)) change = 'not_revisited';
    return { id: c.id, title: c.title, old, new: c.state, change };
  });
  const oldGroups = new Map(older.groups.map((g) => [g.id, g]));
  const groups = newer.groups.map((g) => {
    const o = oldGroups.get(g.id)?.met ?? 0;
    return { id: g.id, title: g.title, old: o, new: g.met, delta: g.met - o, total: g.total };
  });
  return {
    checklist: { id: newer.checklist.id, version: newer.checklist.version, total: newer.checklist.total },
    older: { portal: older.portal.origin, generatedAt: older.generatedAt, auditedAt: auditedAt(older), toolVersion: older.tool.version },
    newer: { portal: newer.portal.origin, generatedAt: newer.generatedAt, auditedAt: auditedAt(newer), toolVersion: newer.tool.version },
    warnings,
    pages: {
      older: [...new Set(older.pages.map((p) => pageKey(p.url)))],
      newer: [...newerPages],
      shared: [...new Set(older.pages.map((p) => pageKey(p.url)))].filter((u) => newerPages.has(u)),
    },
    score: {
      old: older.score.met,
      new: newer.score.met,
      delta: newer.score.met - older.score.met,
      total: newer.score.total,
      formatted: { old: fraction(older), new: fraction(newer) },
    },
    ...(older.points && newer.points
      ? {
          points: {
            old: { vi: `${older.points.formatted.vi} · ${older.points.levelFormatted.vi}`, en: `${older.points.formatted.en} · ${older.points.levelFormatted.en}` },
            new: { vi: `${newer.points.formatted.vi} · ${newer.points.levelFormatted.vi}`, en: `${newer.points.formatted.en} · ${newer.points.levelFormatted.en}` },
            delta: Math.round((newer.points.points - older.points.points) * 10) / 10,
          },
        }
      : {}),
    groups,
    criteria,
  };
}

const H = {
  vi: {
    title: 'So sánh hai báo cáo',
    older: 'Cũ',
    newer: 'Mới',
    warning: 'Lưu ý',
    score: 'Điểm đạt',
    groups: 'Theo nhóm',
    gained: 'Đạt thêm',
    lost: 'Không còn đạt',
    not_revisited: 'Chưa kiểm tra lại (trang hoặc xác nhận chưa có trong lần mới)',
    changed: 'Thay đổi khác',
    pages: 'Trang đã kiểm tra',
    unchanged: 'Không đổi: {n} tiêu chí',
    none: '(không có)',
  },
  en: {
    title: 'Comparison of two reports',
    older: 'Older',
    newer: 'Newer',
    warning: 'Warning',
    score: 'Score',
    groups: 'By group',
    gained: 'Gained',
    lost: 'Lost',
    not_revisited: 'Not revisited (page or attestation not in the newer audit)',
    changed: 'Other changes',
    pages: 'Pages audited',
    unchanged: 'Unchanged: {n} criteria',
    none: '(none)',
  },
} satisfies Record<Locale, Record<string, string>>;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** The comparison for the terminal. */
export function formatComparison(cmp: Comparison, locale: Locale = 'vi'): string {
  const h = H[locale];
  const lines: string[] = [];
  lines.push(`${h.title} · ${plain(cmp.checklist.id)} v${cmp.checklist.version}`);
  lines.push(`  ${h.older}: ${plain(cmp.older.portal)} · ${plain(cmp.older.generatedAt)} · DVC Inspector ${plain(cmp.older.toolVersion)}`);
  lines.push(`  ${h.newer}: ${plain(cmp.newer.portal)} · ${plain(cmp.newer.generatedAt)} · DVC Inspector ${plain(cmp.newer.toolVersion)}`);
  for (const w of cmp.warnings) lines.push(`${h.warning}: ${w[locale]}`);
  lines.push(`${h.pages}: ${h.older} ${cmp.pages.older.length}, ${h.newer} ${cmp.pages.newer.length}`);
  for (const u of cmp.pages.older) lines.push(`  ${cmp.pages.shared.includes(u) ? '=' : '<'} ${plain(u)}`);
  for (const u of cmp.pages.newer) if (!cmp.pages.shared.includes(u)) lines.push(`  > ${plain(u)}`);
  lines.push('');
  lines.push(`${h.score}: ${cmp.score.formatted.old[locale]} → ${cmp.score.formatted.new[locale]} (${signed(cmp.score.delta)})`);
  if (cmp.points) lines.push(`${locale === 'vi' ? 'Điểm (thang 2024, ước tính)' : 'Points (2024 scale, estimate)'}: ${cmp.points.old[locale]} → ${cmp.points.new[locale]}`);
  lines.push('');
  lines.push(`${h.groups}:`);
  const width = Math.max(...cmp.groups.map((g) => g.id.length));
  for (const g of cmp.groups)
    lines.push(
      `  ${plain(g.id).padEnd(width)}  ${`${g.old}/${g.total}`.padStart(5)} → ${`${g.new}/${g.total}`.padEnd(5)}  ${signed(g.delta).padStart(3)}  ${plain(g.title[locale])}`,
    );
  for (const kind of ['gained', 'lost', 'not_revisited', 'changed'] as const) {
    const list = cmp.criteria.filter((c) => c.change === kind);
    if (kind === 'not_revisited' && list.length === 0) continue;
    lines.push('');
    lines.push(`${h[kind]} (${list.length}):`);
    if (list.length === 0) lines.push(`  ${h.none}`);
    const mark = kind === 'gained' ? '+' : kind === 'lost' ? '-' : kind === 'not_revisited' ? '?' : '~';
    for (const c of list)
      lines.push(`  ${mark} ${plain(c.id)} ${plain(c.title[locale])}: ${stateLabel(locale, c.old)} → ${stateLabel(locale, c.new)}`);
  }
  lines.push('');
  lines.push(h.unchanged.replace('{n}', String(cmp.criteria.filter((c) => c.change === 'unchanged').length)));
  return terminalLines(lines);
}
