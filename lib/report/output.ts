import { profileById } from '../criteria';
import type { Locale } from '../i18n/strings';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJunit } from './junit';
import { toSarif } from './sarif';
import type { Report } from './schema';
import { formatSummary, plain } from './text';

/** Every way a report can be written out, for the command line (and any other caller). */
export const REPORT_FORMATS = ['text', 'json', 'csv', 'html', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A report in one format. `main` is the file (or what goes to stdout); CSV has
 * a second file, the evidence, that goes beside it (see `evidenceCsvPath`).
 */
export function renderReport(report: Report, format: ReportFormat, locale: Locale): { main: string; evidence?: string } {
  switch (format) {
    case 'text':
      return { main: `${formatSummary(report, locale)}\n` };
    case 'json':
      return { main: `${safeJson(report)}\n` };
    case 'html':
      return { main: toHtml(report, locale) };
    case 'sarif':
      return { main: `${JSON.stringify(toSarif(report, locale), null, 2)}\n` };
    case 'junit':
      return { main: toJunit(report, locale) };
    case 'csv': {
      const { criteria, evidence } = toCsv(report, locale);
      return { main: criteria, evidence };
    }
  }
}

/**
 * JSON.stringify escapes C0 controls but writes C1 controls, bidi controls
 * and line separators as they are; written as \\u escapes they are the same
 * JSON value and cannot drive a terminal the report is printed to.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Both CSV tables in one stream: criteria, a blank line, evidence (one byte-order mark, at the start). */
export function csvForStdout(csv: { main: string; evidence?: string }): string {
  return `${csv.main}\r\n${(csv.evidence ?? '').replace(/^\uFEFF/, '')}`;
}

/** `out/report.csv` → `out/report.evidence.csv`; `report` → `report.evidence.csv`. */
export function evidenceCsvPath(out: string): string {
  const slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
  const dot = out.lastIndexOf('.');
  const stem = dot > slash + 1 ? out.slice(0, dot) : out;
  return `${stem}.evidence.csv`;
}

/** A pass mark: a number of met criteria, or a percentage of all criteria. */
export type MinScore = { kind: 'count'; met: number } | { kind: 'percent'; percent: number };

/** `20` (met criteria out of `total`) or `25%` / `25.5%` / `25,5%`; null when it is neither. */
export function parseMinScore(text: string, total: number): MinScore | null {
  const count = /^\d+$/.exec(text.trim());
  if (count) {
    const met = Number(count[0]);
    return met <= total ? { kind: 'count', met } : null;
  }
  const pct = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(text.trim());
  if (pct) {
    const percent = Number(pct[1]!.replace(',', '.'));
    return percent <= 100 ? { kind: 'percent', percent } : null;
  }
  return null;
}

/** Whether the report reaches the pass mark; when it does not, a one-line message saying by how much. */
export function checkMinScore(report: Report, min: MinScore, locale: Locale): { ok: true } | { ok: false; message: string } {
  const { met, total } = report.score;
  // The message goes to a terminal: the formatted score comes from the report.
  const formatted = plain(report.score.formatted[locale]);
  if (min.kind === 'count') {
    if (met >= min.met) return { ok: true };
    return {
      ok: false,
      message:
        locale === 'vi'
          ? `điểm ${formatted} dưới mức tối thiểu ${min.met}/${total} tiêu chí đạt (thiếu ${min.met - met})`
          : `score ${formatted} is under the minimum of ${min.met}/${total} met criteria (${min.met - met} short)`,
    };
  }
  if (met * 100 >= min.percent * total) return { ok: true };
  const need = Math.ceil((min.percent * total) / 100 - 1e-9);
  return {
    ok: false,
    message:
      locale === 'vi'
        ? `điểm ${formatted} dưới mức tối thiểu ${String(min.percent).replace('.', ',')}% (cần ít nhất ${need}/${total} tiêu chí đạt)`
        : `score ${formatted} is under the minimum of ${min.percent}% (needs at least ${need}/${total} met criteria)`,
  };
}

/**
 * Whether the report's level (a checklist scored by points) reaches `min`
 * (a level id, "C"). Levels are ordered by their minimum points. A report
 * without points cannot say: that is a usage error, not a failure. The
 * level compared is the estimate the report shows (provisional or not).
 */
export function checkMinLevel(report: Report, min: string, locale: Locale): { ok: true } | { ok: false; usage?: boolean; message: string } {
  const p = report.points;
  if (!p)
    return {
      ok: false,
      usage: true,
      message:
        locale === 'vi'
          ? `--min-level cần bộ tiêu chí chấm theo điểm (ví dụ --profile vn-httt-2024); ${report.checklist.id} đếm số tiêu chí đạt`
          : `--min-level needs a checklist scored by points (e.g. --profile vn-httt-2024); ${report.checklist.id} counts met criteria`,
    };
  const profile = profileById(report.checklist.id);
  const levels = profile?.scoring.kind === 'points' ? (profile.scoring.levels ?? []) : [];
  const wanted = levels.find((l) => l.id === min)?.minPoints;
  if (wanted === undefined) return { ok: false, usage: true, message: locale === 'vi' ? `không có mức ${min}` : `no level ${min}` };
  if (p.points >= wanted) return { ok: true };
  const shown = plain(p.levelFormatted[locale]);
  const formatted = plain(p.formatted[locale]);
  return {
    ok: false,
    message:
      locale === 'vi'
        ? `${formatted}, ${shown}: dưới mức ${min} (cần ít nhất ${wanted} điểm)`
        : `${formatted}, ${shown}: below level ${min} (needs at least ${wanted} points)`,
  };
}
