import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { DEFAULT_PROFILE, profileById, type Profile } from '../../lib/criteria';
import type { Locale } from '../../lib/i18n/strings';
import { buildReport } from '../../lib/report/build';
import { renderReport, safeJson } from '../../lib/report/output';
import { plain } from '../../lib/report/text';
import {
  SurveyPortalSchema,
  SurveySchema,
  auditedPortal,
  failedPortal,
  hostFileStem,
  inShard,
  mergeSurveys,
  parsePortalList,
  shardOf,
  summarize,
  type PortalEntry,
  type Shard,
  type Survey,
  type SurveyPortal,
} from '../../lib/survey';
import { readLocalBytes, toolVersion, UsageError } from '../common';
import type { CrawlOptions, CrawlProgress, CrawlResult } from '../crawl/crawl';

/**
 * Running a survey: each portal of the list (or of this shard of it)
 * crawled by the same code as `crawl`, its report written beside the
 * survey, then the table. State lives in `DIR/.survey/`: `done/<host>.json`
 * for each finished portal (its line of the survey, written whole), and
 * `crawl/<host>/` the journal of the portal being crawled, so an
 * interrupted survey resumes mid-portal and never redoes a finished one.
 */

export type CrawlSettings = Omit<CrawlOptions, 'stateDir' | 'linkedOrigins' | 'onProgress' | 'signal'>;

export interface SurveyRun {
  list: string;
  out: string;
  shard: Shard | null;
  previous: string | null;
  retry: boolean;
  lang: Locale;
  /** Portals crawled at once. */
  parallel: number;
  crawl: CrawlSettings;
  profile?: Profile;
  /** Cold loads of each portal's key pages measured for the performance criteria (where the checklist has them); 0 measures nothing. */
  perfRuns?: number;
  log: (line: string) => void;
  /** A live line for the portal being crawled (on a terminal), cleared before each log line. */
  progress?: () => { update(p: CrawlProgress): void; done(): void };
  signal?: AbortSignal;
  /** The crawl of one portal (tests replace it). */
  crawlPortal?: (url: string, options: CrawlOptions) => Promise<CrawlResult>;
}

const MAX_LIST_BYTES = 10 * 1024 * 1024;
const MAX_SURVEY_BYTES = 200 * 1024 * 1024;

const StateSchema = z.object({
  list: z.string(),
  settings: z.object({ maxPages: z.int(), maxDepth: z.int(), rendering: z.enum(['browser', 'static']) }),
  shard: z.nullable(z.object({ index: z.int(), count: z.int() })),
  /** The checklist the portals are judged against (absent in states written before there were two). */
  profile: z.optional(z.string()),
});

function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function readSurvey(dir: string): Survey {
  const path = join(dir, 'survey.json');
  if (!existsSync(path)) throw new UsageError(`${dir} holds no survey (no survey.json)`);
  let data: unknown;
  try {
    data = JSON.parse(readLocalBytes(path, MAX_SURVEY_BYTES).toString('utf8'));
  } catch (err) {
    throw new Error(`${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = SurveySchema.safeParse(data);
  if (!parsed.success) throw new Error(`${path} is not a survey of DVC Inspector (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

/** survey.json, survey.csv and index.html in DIR. */
export async function writeSurvey(dir: string, survey: Survey, lang: Locale): Promise<void> {
  const { surveyCsv, surveyHtml } = await import('../../lib/survey');
  writeWhole(join(dir, 'survey.json'), `${safeJson(survey)}\n`);
  writeWhole(join(dir, 'survey.csv'), surveyCsv(survey, lang));
  writeWhole(join(dir, 'index.html'), surveyHtml(survey, lang));
}

const statusLine = (p: SurveyPortal, lang: Locale) =>
  p.status === 'audited'
    ? `${p.score!.met}/${p.score!.total} · ${p.pages} ${lang === 'vi' ? 'trang' : p.pages === 1 ? 'page' : 'pages'}`
    : `${p.status}: ${plain(p.reason ?? '')}`;

/** Run (or resume) a survey; null when interrupted (state kept for the next run). */
export async function runSurvey(run: SurveyRun): Promise<Survey | null> {
  const profile = run.profile ?? DEFAULT_PROFILE;
  const list = parsePortalList(readLocalBytes(run.list, MAX_LIST_BYTES).toString('utf8'));
  const listName = basename(run.list);
  for (const p of list.problems) run.log(`${listName}:${p.line}: ${plain(p.reason)} (${run.lang === 'vi' ? 'bỏ qua' : 'skipped'})`);
  if (list.portals.length === 0) throw new UsageError(`${run.list} names no portal that can be surveyed`);
  const portals = list.portals.filter((p) => inShard(p, run.shard));
  const previous = run.previous ? readSurvey(run.previous) : null;

  const out = resolve(run.out);
  const stateDir = join(out, '.survey');
  const doneDir = join(stateDir, 'done');
  const crawlDir = join(stateDir, 'crawl');
  mkdirSync(doneDir, { recursive: true });
  mkdirSync(crawlDir, { recursive: true });
  const settings = { maxPages: run.crawl.maxPages ?? 50, maxDepth: run.crawl.maxDepth ?? 3, rendering: run.crawl.rendering ?? 'browser' };
  const state = { list: resolve(run.list), settings, shard: run.shard, profile: profile.id };
  const statePath = join(stateDir, 'survey-state.json');
  if (existsSync(statePath)) {
    const old = StateSchema.safeParse(JSON.parse(readFileSync(statePath, 'utf8')));
    if (!old.success) throw new UsageError(`${statePath} is not the state of a survey: choose another --out`);
    if (
      JSON.stringify(old.data.settings) !== JSON.stringify(settings) ||
      JSON.stringify(old.data.shard) !== JSON.stringify(run.shard) ||
      (old.data.profile ?? DEFAULT_PROFILE.id) !== profile.id
    )
      throw new UsageError(
        `${run.out} holds a survey begun with other settings (--max-pages, --max-depth, --static, --shard or --profile): resume it with the same ones or choose another --out`,
      );
  }
  writeWhole(statePath, `${JSON.stringify(state, null, 2)}\n`);

  const donePath = (p: PortalEntry) => join(doneDir, `${hostFileStem(p.host)}.json`);
  const readDone = (p: PortalEntry): SurveyPortal | null => {
    try {
      const parsed = SurveyPortalSchema.safeParse(JSON.parse(readFileSync(donePath(p), 'utf8')));
      return parsed.success && parsed.data.host === p.host ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const results = new Map<string, SurveyPortal>();
  const todo: PortalEntry[] = [];
  for (const p of portals) {
    const done = readDone(p);
    if (done && !(run.retry && done.status !== 'audited')) {
      // The list's name, kind and code may have been corrected since: they are the list's, the findings the crawl's.
      results.set(p.host, { ...done, name: p.name, url: p.url, kind: p.kind, code: p.code, line: p.line });
    } else todo.push(p);
  }
  if (results.size > 0 && todo.length > 0)
    run.log(run.lang === 'vi' ? `Tiếp tục khảo sát: ${results.size} cổng đã xong, còn ${todo.length}` : `Resuming: ${results.size} portals done, ${todo.length} to go`);

  const crawl = run.crawlPortal ?? (await import('../crawl/crawl')).crawlPortal;
  const { noPageReason } = await import('../commands/crawl');
  let interrupted = false;
  let next = 0;
  let finished = results.size;
  const surveyOne = async (p: PortalEntry) => {
    const stem = hostFileStem(p.host);
    const portalState = join(crawlDir, stem);
    let entry: SurveyPortal;
    const line = run.parallel === 1 ? run.progress?.() : undefined;
    try {
      const result = await crawl(p.url, { ...run.crawl, profile, stateDir: portalState, signal: run.signal, onProgress: line?.update });
      line?.done();
      if (result.interrupted) {
        interrupted = true;
        return;
      }
      if (result.pages.length === 0) {
        // A portal that does not answer at all fails on its robots.txt first: say so plainly.
        const unanswered = result.robots.find((r) => r.status === 'unreadable' && /^cannot reach /.test(r.detail ?? ''));
        const reason = unanswered?.detail ?? noPageReason(result).replace(/^no page of the portal could be audited: /, '');
        entry = failedPortal(p, 'unreachable', reason, result.failures.length);
      } else {
        // The checklist's measured facts (key pages' load performance, the AAAA record), after the crawl so no other page loads meanwhile.
        const { addCrawlFacts, withFacts } = await import('../render/portal-facts');
        const facts = await addCrawlFacts(result.audit.pages, profile.criteria, {
          perfRuns: run.crawl.rendering === 'static' ? 0 : (run.perfRuns ?? 0),
          userAgent: run.crawl.userAgent,
          timeoutMs: run.crawl.pageTimeoutMs ?? 30_000,
          chromium: run.crawl.chromiumPath,
        });
        const report = buildReport(withFacts(result.audit, facts), { profile, toolVersion: toolVersion(), locale: run.lang, crawl: result.summary });
        const files = { json: `${stem}.json`, html: `${stem}.html` };
        writeWhole(join(out, files.json), renderReport(report, 'json', run.lang).main);
        writeWhole(join(out, files.html), renderReport(report, 'html', run.lang).main);
        entry = auditedPortal(p, report, profile, files);
      }
    } catch (err) {
      line?.done();
      if (run.signal?.aborted) {
        interrupted = true;
        return;
      }
      entry = failedPortal(p, 'error', err instanceof Error ? err.message : String(err));
    }
    writeWhole(donePath(p), JSON.stringify(entry));
    rmSync(portalState, { recursive: true, force: true });
    results.set(p.host, entry);
    finished++;
    run.log(`[${finished}/${portals.length}] ${plain(p.name)} (${p.host}): ${statusLine(entry, run.lang)}`);
  };
  const worker = async () => {
    while (!interrupted && !run.signal?.aborted && next < todo.length) await surveyOne(todo[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.parallel, todo.length)) }, worker));
  if (interrupted || run.signal?.aborted) return null;

  const previousHere = previous && run.shard ? { ...previous, portals: previous.portals.filter((p) => shardOf(p.host, run.shard!.count) === run.shard!.index) } : previous;
  const survey = summarize([...results.values()], {
    profile,
    toolVersion: toolVersion(),
    list: { portals: list.portals.length, problems: list.problems },
    settings,
    shard: run.shard,
    previous: previousHere,
  });
  await writeSurvey(out, survey, run.lang);
  return survey;
}

/** Join the shards' surveys (and copy their portals' reports) into one survey in `out`. */
export async function mergeSurveyDirs(dirs: string[], out: string, opts: { previous: string | null; lang: Locale; profile?: Profile }): Promise<Survey> {
  const parts = dirs.map(readSurvey);
  // The shards' own checklist: a merge judges nothing again.
  const profile = opts.profile ?? profileById(parts[0]?.checklist.id ?? '') ?? DEFAULT_PROFILE;
  const { MergeError } = await import('../../lib/survey');
  let survey: Survey;
  try {
    survey = mergeSurveys(parts, { profile, toolVersion: toolVersion(), previous: opts.previous ? readSurvey(opts.previous) : null });
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message);
    throw err;
  }
  mkdirSync(out, { recursive: true });
  dirs.forEach((dir, i) => {
    for (const p of parts[i]!.portals)
      for (const file of p.report ? [p.report.json, p.report.html] : []) {
        const from = join(dir, file);
        const to = join(out, file);
        if (resolve(from) !== resolve(to) && existsSync(from)) copyFileSync(from, to);
      }
  });
  await writeSurvey(out, survey, opts.lang);
  return survey;
}

