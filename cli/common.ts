import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Locale } from '../lib/i18n/strings';
import { DEFAULT_MAX_REPORT_BYTES, parseReportText } from '../lib/report/import';
import { REPORT_FORMATS, checkMinLevel, checkMinScore, csvForStdout, evidenceCsvPath, parseMinScore, renderReport, type MinScore, type ReportFormat } from '../lib/report/output';
import type { Report } from '../lib/report/schema';
import { DEFAULT_PROFILE, knownChecklists, requireProfile, type Profile } from '../lib/criteria';
import { auditFromReport } from '../lib/report/import';
import { buildReport } from '../lib/report/build';

/** What every verb shares: exit codes, output options, writing a report, the tool's identity. */

export const EXIT = { ok: 0, failure: 1, underMinScore: 3, underMinLevel: 4, usage: 64, interrupted: 130 } as const;

export class UsageError extends Error {}

declare const __DVC_VERSION__: string | undefined;

const HERE = dirname(fileURLToPath(import.meta.url));

export function toolVersion(): string {
  if (typeof __DVC_VERSION__ === 'string') return __DVC_VERSION__;
  for (const p of [join(HERE, '../package.json'), join(HERE, '../../package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'dvc-inspector' && pkg.version) return pkg.version;
    } catch {
      // next
    }
  }
  return '0.0.0';
}

export const DEFAULT_CONTACT = 'contact: dvc-inspector@dvc-inspector.example';

/** How the command line names itself to the portals it visits. */
export function userAgent(contact?: string | null): string {
  return `DVC-Inspector/${toolVersion()} (+${(contact || DEFAULT_CONTACT).replace(/[\r\n()]/g, ' ')})`;
}

export interface OutputOptions {
  format?: ReportFormat;
  json?: boolean;
  out?: string;
  minScore?: MinScore;
  /** Exit 4 when the level (points checklists) is below this one. */
  minLevel?: string;
  /** The checklist that judges the audit (default: vn-dvc-2023, or a report's own). */
  profile?: string;
  lang: Locale;
}

/** The checklist named by --profile, or the default; an unknown one is a usage error. */
export function profileOption(id: string | undefined, fallback: Profile = DEFAULT_PROFILE): Profile {
  if (id === undefined) return fallback;
  if (!knownChecklists().includes(id)) throw new UsageError(`--profile: unknown checklist "${id}" (known: ${knownChecklists().join(', ')})`);
  return requireProfile(id);
}

/** A stored report judged again by another checklist (--profile): the same findings, its judging. */
export function rejudged(report: Report, o: OutputOptions): Report {
  if (o.profile === undefined || o.profile === report.checklist.id) return report;
  const profile = profileOption(o.profile);
  return buildReport(auditFromReport(report), { profile, toolVersion: toolVersion(), locale: o.lang, ...(report.crawl ? { crawl: report.crawl } : {}) });
}

function minScoreArg(value: string): MinScore {
  const parsed = parseMinScore(value, DEFAULT_PROFILE.criteria.length);
  if (!parsed)
    throw new InvalidArgumentError(
      `a number of met criteria (0 to ${DEFAULT_PROFILE.criteria.length}) or a percentage like 25%, not ${value}`,
    );
  return parsed;
}

export function positiveInt(name: string, min = 1) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} is a whole number of at least ${min}, not ${value}`);
    return Number(value);
  };
}

/** --format, --json, --out, --min-score, --lang: the same on every verb that writes a report. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'text (a summary for the terminal), json (the report), csv, html (printable), sarif (code scanning), junit (CI test report)').choices([...REPORT_FORMATS]))
    .option('--json', 'the report as JSON on stdout (same as --format json)')
    .option('--out <file>', 'write the output to a file instead of stdout (CSV: its evidence beside it)')
    .addOption(new Option('--min-score <N|N%>', 'exit 3 when fewer criteria are met (a count out of 83, or a percentage)').argParser(minScoreArg))
    .addOption(new Option('--profile <checklist>', `the checklist that judges the audit: ${knownChecklists().join(', ')} (default vn-dvc-2023; a report: its own)`))
    .addOption(new Option('--min-level <level>', 'exit 4 when the level (checklists scored by points, e.g. vn-httt-2024) is below this one, A to E').choices(['A', 'B', 'C', 'D', 'E']))
    .addOption(new Option('--lang <lang>', 'language of the output and messages').choices(['vi', 'en']).default('vi'));
}

export function resolveFormat(o: OutputOptions): ReportFormat {
  if (o.json && o.format && o.format !== 'json') throw new UsageError(`--json and --format ${o.format} contradict each other`);
  return o.format ?? (o.json ? 'json' : 'text');
}

/** Write the report in its format, then check --min-score: the exit code. */
export function emitReport(report: Report, o: OutputOptions, format: ReportFormat, extraText = ''): number {
  const rendered = renderReport(report, format, o.lang);
  if (format === 'text' && extraText) rendered.main = `${rendered.main}${extraText}`;
  if (o.out) {
    writeFileSync(o.out, rendered.main);
    if (rendered.evidence !== undefined) writeFileSync(evidenceCsvPath(o.out), rendered.evidence);
  } else process.stdout.write(format === 'csv' ? csvForStdout(rendered) : rendered.main);
  if (o.minScore) {
    const verdict = checkMinScore(report, o.minScore, o.lang);
    if (!verdict.ok) {
      process.stderr.write(`dvc-inspector: ${verdict.message}\n`);
      return EXIT.underMinScore;
    }
  }
  if (o.minLevel) {
    const verdict = checkMinLevel(report, o.minLevel, o.lang);
    if (!verdict.ok) {
      process.stderr.write(`dvc-inspector: ${verdict.message}\n`);
      return verdict.usage ? EXIT.usage : EXIT.underMinLevel;
    }
  }
  return EXIT.ok;
}

/** A local file's bytes, or a one-line reason why not. */
export function readLocalBytes(path: string, max: number): Buffer {
  const full = resolve(path);
  let size: number;
  try {
    const st = statSync(full);
    if (!st.isFile()) throw new Error(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no such file: ${path}`);
    throw err;
  }
  if (size > max) throw new Error(`${path} is larger than ${max / 1024 / 1024} MB`);
  return readFileSync(full);
}

/** A JSON report from disk, any schema version, or a one-line reason why not. */
export function readReport(path: string, locale: Locale, bytes?: Buffer): Report {
  const parsed = parseReportText((bytes ?? readLocalBytes(path, DEFAULT_MAX_REPORT_BYTES)).toString('utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error[locale]}`);
  return parsed.report;
}
