import type { Locale } from '../i18n/strings';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJunit } from './junit';
import { toSarif } from './sarif';
import type { Report } from './schema';
import { formatSummary } from './text';

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
      return { main: `${JSON.stringify(report, null, 2)}\n` };
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
  const formatted = report.score.formatted[locale];
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
