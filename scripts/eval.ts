/**
 * `npm run eval`: how often the criteria agree with an inspector's own
 * reading of real portal pages. Each corpus is a labels file (pages, the
 * address each page was served at, and per criterion the states an
 * inspector accepts), written by reading the pages before any tool ran.
 *
 *   npm run eval [-- --build DIR] [--dev-labels FILE] [--json] [--min PERCENT] [--verbose]
 *
 * Corpora:
 * - `tests/fixtures/corpus/labels.json`: real markup of several platforms,
 *   minimised to the pattern, committed with its source noted in each page.
 * - `tests/fixtures/corpus2/labels.json` ("held-out round 2"): real markup of
 *   platforms and page types the checks were not developed against, labelled
 *   before the first run; its first figure was a blind measurement.
 * - eval-dev: real OpenCPS pages built from public theme repositories
 *   (third-party markup, never committed). Pages are read from the build
 *   directory (`--build`, env DVC_EVAL_BUILD, default /tmp/evalbuild), labels
 *   from `--dev-labels` (env DVC_EVAL_DEV_LABELS, default
 *   ../shared/eval-dev/labels.json beside the checkout). When they are not there the run
 *   says so and scores the other corpora.
 *
 * Exit code: 0, or 1 when `--min` is given and a corpus scores below it.
 */
import '../lib/zod-setup';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateLabels, loadLabels, type CorpusResult } from './eval-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

interface Options {
  build: string;
  devLabels: string;
  json: boolean;
  min: number | null;
  verbose: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    build: process.env.DVC_EVAL_BUILD ?? '/tmp/evalbuild',
    devLabels: process.env.DVC_EVAL_DEV_LABELS ?? resolve(ROOT, '../shared/eval-dev/labels.json'),
    json: false,
    min: null,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--build') o.build = value();
    else if (a === '--dev-labels') o.devLabels = value();
    else if (a === '--json') o.json = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--min') o.min = Number(value());
    else throw new Error(`unknown option ${a} (see the comment at the top of scripts/eval.ts)`);
  }
  return o;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function printCorpus(r: CorpusResult, verbose: boolean): void {
  console.log(`\n## ${r.name}: ${r.agreed}/${r.total} labels agree (${pct(r.agreed, r.total)}) on ${r.pages} pages`);
  const ids = Object.keys(r.perCriterion).sort();
  const rows = ids.map((id) => {
    const c = r.perCriterion[id]!;
    return `  ${id.padEnd(8)} ${`${c.agreed}/${c.total}`.padStart(6)}  ${pct(c.agreed, c.total).padStart(6)}`;
  });
  console.log(rows.join('\n'));
  if (r.platforms.total > 0) {
    console.log(`  platform named as labelled (informative, not in the agreement): ${r.platforms.agreed}/${r.platforms.total}`);
    for (const m of r.platforms.misses) console.log(`    ${m.file}: labelled ${m.labelled}, named ${m.named}`);
  }
  if (r.misses.length > 0) {
    console.log(`  disagreements (${r.misses.length}):`);
    for (const m of r.misses) {
      console.log(`    ${m.file} ${m.id}: tool ${m.got}, accepted ${m.accepted.join('|')}`);
      if (verbose && m.why) console.log(`      label: ${m.why}`);
      if (verbose && m.message) console.log(`      tool says: ${m.message}`);
    }
  }
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const results: CorpusResult[] = [];
  const own = join(ROOT, 'tests/fixtures/corpus/labels.json');
  results.push(await evaluateLabels('real-markup corpus (tests/fixtures/corpus)', loadLabels(own), dirname(own)));
  const heldOut = join(ROOT, 'tests/fixtures/corpus2/labels.json');
  results.push(await evaluateLabels('held-out round 2 (tests/fixtures/corpus2)', loadLabels(heldOut), dirname(heldOut)));

  const devLabels = resolve(o.devLabels);
  const built = resolve(o.build);
  if (!existsSync(devLabels)) console.log(`eval-dev: labels not found at ${devLabels} (set --dev-labels or DVC_EVAL_DEV_LABELS); skipped.`);
  else {
    const labels = loadLabels(devLabels);
    const missing = labels.pages.filter((p) => !existsSync(join(built, p.file))).map((p) => p.file);
    if (missing.length === labels.pages.length)
      console.log(
        `eval-dev: not built (no pages under ${built}). Build it with: bash ${join(dirname(devLabels), 'build.sh')} /work/.mirror ${built}` +
          ' (after fetching the two repositories it names), or pass --build DIR / set DVC_EVAL_BUILD; skipped.',
      );
    else {
      if (missing.length > 0) console.log(`eval-dev: ${missing.length} page(s) not built, scored without them: ${missing.join(', ')}`);
      results.push(await evaluateLabels(`eval-dev (${built})`, { ...labels, pages: labels.pages.filter((p) => !missing.includes(p.file)) }, built));
    }
  }

  if (o.json) console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of results) printCorpus(r, o.verbose);
    const all = results.reduce((a, r) => ({ agreed: a.agreed + r.agreed, total: a.total + r.total }), { agreed: 0, total: 0 });
    console.log(`\noverall: ${all.agreed}/${all.total} (${pct(all.agreed, all.total)})`);
    for (const r of results) console.log(`  ${r.name}: ${pct(r.agreed, r.total)}`);
  }
  if (o.min !== null && results.some((r) => r.total > 0 && (100 * r.agreed) / r.total < o.min!)) return 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
