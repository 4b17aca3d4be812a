import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Locale } from '../../lib/i18n/strings';
import { parseShard, type Shard } from '../../lib/survey/portals';
import { knownChecklists } from '../../lib/criteria';
import { EXIT, UsageError, positiveInt, profileOption } from '../common';
import { progressLine } from '../progress';
import { addCrawlOptions, crawlSettings, type CrawlSettingsOptions } from './crawl';

interface SurveyCliOptions extends CrawlSettingsOptions {
  out?: string;
  previous?: string;
  shard?: Shard;
  retry?: boolean;
  parallel: number;
  lang: Locale;
  profile?: string;
  perfRuns: number;
}

function shardArg(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`a slice i/n with 1 ≤ i ≤ n (e.g. 2/4), not ${value}`);
  return shard;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** data/portals-vn.csv beside the sources (cli/commands/) or the built command line (dist/cli/). */
function defaultList(): string {
  const found = [join(HERE, '../../data/portals-vn.csv'), join(HERE, '../data/portals-vn.csv')].find((p) => existsSync(p));
  if (!found) throw new UsageError('no list of portals given, and the shipped data/portals-vn.csv is not found');
  return found;
}

const langOption = () => new Option('--lang <lang>', 'language of index.html, survey.csv and the reports').choices(['vi', 'en']).default('vi');

/**
 * `survey <portals.csv> --out DIR`: audit every portal of a list, each
 * crawled as `crawl` does, and publish the table (survey.json, survey.csv,
 * index.html, one report per portal). `survey merge DIR… --out DIR` joins
 * the shards of one list.
 */
export function registerSurvey(program: Command): void {
  const survey = program
    .command('survey')
    .description(
      "audit every portal of a list (CSV with name,url[,kind,code]), each crawled in headless Chromium as `crawl` does, and publish the survey: survey.json, survey.csv, index.html and each portal's report in --out; resumable, shardable",
    )
    .argument('[portals.csv]', "the list of portals (default: the one shipped, data/portals-vn.csv: the national, provincial and some ministries' portals)")
    // Checked in the action: commander would demand a parent's required option of `survey merge` too.
    .option('--out <dir>', 'where the survey is written (and its state kept, to resume); required')
    .option('--previous <dir>', 'an earlier survey: show what changed per portal and per group')
    .addOption(new Option('--shard <i/n>', 'audit only the i-th of n slices of the list (by a stable hash of each host): one slice per machine or CI job, then `survey merge`').argParser(shardArg))
    .option('--retry', 'redo the portals an earlier run could not audit (unreachable or failed)')
    .option('--parallel <p>', 'portals crawled at once', positiveInt('--parallel'), 1)
    .addOption(langOption())
    .addOption(
      new Option('--profile <checklist>', `the checklist the portals are judged against: ${knownChecklists().join(', ')} (default vn-dvc-2023; vn-httt-2024 adds points, levels and places "xếp thứ N")`),
    )
    .option('--perf-runs <n>', "cold loads of each portal's key pages measured for the performance criteria of checklists that have them (0: none)", positiveInt('--perf-runs', 0), 3)
    .enablePositionalOptions();
  addCrawlOptions(survey).action(async (given: string | undefined, o: SurveyCliOptions) => {
    if (!o.out) throw new UsageError("required option '--out <dir>' not specified");
    const profile = profileOption(o.profile); // an unknown checklist is a usage error before anything is crawled
    const listPath = given ?? defaultList();
    const { runSurvey } = await import('../survey/run');
    const stop = new AbortController();
    const onSignal = () => {
      if (stop.signal.aborted) process.exit(EXIT.interrupted);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const result = await runSurvey({
        list: listPath,
        out: o.out,
        shard: o.shard ?? null,
        previous: o.previous ?? null,
        retry: !!o.retry,
        lang: o.lang,
        parallel: o.parallel,
        crawl: crawlSettings(o),
        profile,
        perfRuns: o.perfRuns,
        log: (line) => process.stderr.write(`${line}\n`),
        progress: () => progressLine(),
        signal: stop.signal,
      });
      if (!result) {
        process.stderr.write(`dvc-inspector: survey interrupted; run the same command again to resume from ${o.out}\n`);
        process.exitCode = EXIT.interrupted;
        return;
      }
      const headline = result.average ? `${result.average.formatted[o.lang]}${result.averagePoints ? ` · ${result.averagePoints.formatted[o.lang]}` : ''}` : '—';
      process.stderr.write(
        o.lang === 'vi'
          ? `Khảo sát: trung bình ${headline} trên ${result.reached}/${result.portals.length} cổng kiểm tra được → ${o.out}/index.html\n`
          : `Survey: average ${headline} over ${result.reached}/${result.portals.length} portals reached → ${o.out}/index.html\n`,
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });

  survey
    .command('merge')
    .description('join the surveys of the shards of one list (each made with --shard i/n) into the survey a single run would make')
    .argument('<dir...>', 'the shards’ --out directories')
    .requiredOption('--out <dir>', 'where the merged survey is written')
    .option('--previous <dir>', 'an earlier survey: show what changed per portal and per group')
    .addOption(langOption())
    .action(async (dirs: string[], o: { out: string; previous?: string; lang: Locale }) => {
      const { mergeSurveyDirs } = await import('../survey/run');
      const result = await mergeSurveyDirs(dirs, o.out, { previous: o.previous ?? null, lang: o.lang });
      process.stderr.write(
        `${o.lang === 'vi' ? 'Đã gộp' : 'Merged'} ${dirs.length} → ${o.out}/index.html (${result.reached}/${result.portals.length})\n`,
      );
    });
}
