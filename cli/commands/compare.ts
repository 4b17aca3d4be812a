import { Option, type Command } from 'commander';
import type { Locale } from '../../lib/i18n/strings';
import { CompareError, compareReports, formatComparison } from '../../lib/report/compare';
import { EXIT, readReport } from '../common';

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('what changed between two reports: the score and each group before and after, criteria gained, lost or changed')
    .argument('<old.json>', 'the earlier report (any schema version)')
    .argument('<new.json>', 'the later report')
    .option('--json', 'the comparison as JSON')
    .addOption(new Option('--lang <lang>', 'language of the comparison and messages').choices(['vi', 'en']).default('vi'))
    .action(async (older: string, newer: string, o: { json?: boolean; lang: Locale }) => {
      const lang = o.lang === 'en' ? 'en' : 'vi';
      const [a, b] = [readReport(older, lang), readReport(newer, lang)];
      let cmp;
      try {
        cmp = compareReports(a, b);
      } catch (err) {
        throw err instanceof CompareError ? new Error(err.detail[lang]) : err;
      }
      process.stdout.write(o.json ? `${JSON.stringify(cmp, null, 2)}\n` : `${formatComparison(cmp, lang)}\n`);
      process.exitCode = EXIT.ok;
    });
}
