import type { Method, State } from '@/lib/criteria/types';
import type { Report, ReportCriterion } from '@/lib/report/schema';

/** What the inspector narrows the criteria to, in the popup as in the workspace. */
export interface CriteriaFilter {
  /** An id ("TK-01", "tk01") or words, matched without diacritics. */
  query: string;
  state: State | 'all';
  method: Method | 'all';
  group: string | 'all';
  /** Criteria with findings on pages of this type (when pages carry a `pageType`). */
  pageType: string | 'all';
}

export const NO_FILTER: CriteriaFilter = { query: '', state: 'all', method: 'all', group: 'all', pageType: 'all' };

export const isFiltering = (f: CriteriaFilter) => f.query.trim() !== '' || f.state !== 'all' || f.method !== 'all' || f.group !== 'all' || f.pageType !== 'all';

/** Lower case, no tone marks, đ as d: "Đăng nhập" and "dang nhap" match. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

const idKey = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** The page types of the report's pages (none for pages audited before page types). */
export function pageTypesOf(report: Report): string[] {
  const types = report.pages.map((p) => p.pageType).filter((t): t is NonNullable<typeof t> => t !== null);
  return [...new Set(types)].sort();
}

export function matchesQuery(c: ReportCriterion, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (idKey(c.id).startsWith(idKey(q)) && /\d/.test(q)) return true;
  const hay = fold([c.id, c.title.vi, c.title.en, c.howToVerify.vi, c.howToVerify.en, c.help?.why.vi ?? '', c.help?.why.en ?? ''].join(' '));
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** The criteria of a report that pass the filter, in the report's order. */
export function filterCriteria(report: Report, f: CriteriaFilter): ReportCriterion[] {
  const typed = f.pageType === 'all' ? null : new Set(report.pages.filter((p) => p.pageType === f.pageType).map((p) => p.url));
  return report.criteria.filter(
    (c) =>
      (f.state === 'all' || c.state === f.state) &&
      (f.method === 'all' || c.method === f.method) &&
      (f.group === 'all' || c.group === f.group) &&
      (!typed || report.pages.some((p) => typed.has(p.url) && p.findings[c.id] && p.findings[c.id]!.state !== 'not_checked')) &&
      matchesQuery(c, f.query),
  );
}
