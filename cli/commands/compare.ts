import { Option, type Command } from 'commander';
import type { Locale } from '../../lib/i18n/strings';
import { CompareError, compareReports, formatComparison } from '../../lib/report/compare';
import { safeJson } from '../../lib/report/output';
import { EXIT, readReport, rejudged } from '../common';

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('what changed between two reports: the score and each group before and after, criteria gained, lost or changed')
    .argument('<old.json>', 'the earlier report (any schema version)')
    .argument('<new.json>', 'the later report')
    .option('--json', 'the comparison as JSON')
    .option('--profile <checklist>', 'judge both reports by this checklist first (reports of different checklists compare this way), e.g. vn-httt-2024')
    .addOption(new Option('--lang <lang>', 'language of the comparison and messages').choices(['vi', 'en']).default('vi'))
    .action(async (older: string, newer: string, o: { json?: boolean; lang: Locale; profile?: string }) => {
      const lang = o.lang === 'en' ? 'en' : 'vi';
      // The same findings judged by one checklist: an audit of 2023 against one on the 2024 scale.
      const judged = (path: string) => rejudged(readReport(path, lang), { lang, ...(o.profile ? { profile: o.profile } : {}) });
      const [a, b] = [judged(older), judged(newer)];
      let cmp;
      try {
        cmp = compareReports(a, b);
      } catch (err) {
        throw err instanceof CompareError ? new Error(err.detail[lang]) : err;
      }
      // JSON with C1 and bidi controls escaped: it is printed to a terminal too.
      process.stdout.write(o.json ? `${safeJson(cmp)}\n` : `${formatComparison(cmp, lang)}\n`);
      process.exitCode = EXIT.ok;
    });
}
