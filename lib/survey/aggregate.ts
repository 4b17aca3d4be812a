import { bothLocales, formatPoints, scorePoints } from '../audit/score';
import type { CriterionResult } from '../audit/merge';
import type { Profile } from '../criteria';
import type { Locale } from '../i18n/strings';
import type { Report } from '../report/schema';
import type { PortalEntry, Shard } from './portals';
import { SURVEY_SCHEMA_VERSION, SurveySchema, type Survey, type SurveyPoints, type SurveyPortal } from './schema';

/**
 * The survey's arithmetic: each portal's score from its report, and the
 * table across portals — the mean of criteria met over the portals reached
 * (as the ministry reports it), each group's mean met rate, each
 * criterion's pass rate, the platforms seen, and the change since an
 * earlier survey. Pure: the same portals give the same survey, whichever
 * machine or shard audited them.
 */

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface PortalScore {
  score: { met: number; total: number; percent: number };
  groups: Array<{ id: string; met: number; total: number }>;
  criteriaMet: string[];
  /** Points and level where the profile scores by points; null for a count profile. */
  points: SurveyPoints | null;
}

/**
 * A portal's score under the checklist profile, from its report's criteria
 * states. Only `met` counts (needs review, not checked and errors score
 * nothing). The profile decides how a portal is scored: today every profile
 * is scored by count (met / total); a points-scored profile adds its points
 * and level here.
 */
export function portalScore(report: Pick<Report, 'criteria'>, profile: Profile): PortalScore {
  const state = new Map(report.criteria.map((c) => [c.id, c.state]));
  const met = (id: string) => state.get(id) === 'met';
  const criteriaMet = profile.criteria.filter((c) => met(c.id)).map((c) => c.id);
  const total = profile.criteria.length;
  return {
    score: { met: criteriaMet.length, total, percent: total === 0 ? 0 : round2((criteriaMet.length / total) * 100) },
    groups: profile.groups.map((g) => ({ id: g.id, met: g.criteria.filter((c) => met(c.id)).length, total: g.criteria.length })),
    criteriaMet,
    points: portalPoints(state, profile),
  };
}

/**
 * Points and level of a portal from its criteria's states, by the same
 * engine as its own report (a criterion its report lacks is not checked).
 */
function portalPoints(state: ReadonlyMap<string, string>, profile: Profile): SurveyPoints | null {
  if (profile.scoring.kind !== 'points') return null;
  const results = profile.criteria.map((criterion) => ({ criterion, state: state.get(criterion.id) ?? 'not_checked' }) as CriterionResult);
  const p = scorePoints(results, profile);
  if (!p) return null;
  return {
    points: p.points,
    maxPoints: p.maxPoints,
    level: p.level?.id ?? null,
    provisional: p.provisional,
    estimated: p.estimated,
    coverage: p.coverage,
    groups: p.groups.map((g) => ({ id: g.id, points: g.points, maxPoints: g.maxPoints, coverage: g.coverage })),
  };
}

/** What a portal's place is decided by: points where the survey has them, else criteria met. */
export function rankValue(p: Pick<SurveyPortal, 'score' | 'points'>): number {
  return p.points ? p.points.points : (p.score?.met ?? -1);
}

/**
 * Places of the portals reached, highest first, as the ministry ranks
 * provinces ("xếp thứ N"); equal scores share a place and the next place
 * skips (1, 2, 2, 4).
 */
export function rankPortals(portals: readonly SurveyPortal[]): Map<string, number> {
  const reached = portals.filter((p) => p.status === 'audited' && p.score).sort((a, b) => rankValue(b) - rankValue(a));
  const places = new Map<string, number>();
  reached.forEach((p, i) => {
    const prev = reached[i - 1];
    places.set(p.host, prev && rankValue(prev) === rankValue(p) ? places.get(prev.host)! : i + 1);
  });
  return places;
}

/** The platform a report recognised with most confidence (category `platform`), if any. */
function mainPlatform(report: Report): string | null {
  const p = report.portal.platforms.filter((x) => x.category === 'platform').sort((a, b) => b.confidence - a.confidence)[0];
  return p?.name ?? null;
}

/** How the portal was read: the rendering of its pages (browser when any page was rendered). */
function renderingOf(report: Report): 'browser' | 'static' | null {
  const r = report.pages.map((p) => p.rendering).filter((x) => x !== undefined);
  if (r.length === 0) return report.crawl?.rendering ?? null;
  return r.includes('browser') ? 'browser' : 'static';
}

function entryBase(entry: PortalEntry) {
  return { name: entry.name, url: entry.url, host: entry.host, kind: entry.kind, code: entry.code, line: entry.line };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The survey's line for an audited portal. */
export function auditedPortal(entry: PortalEntry, report: Report, profile: Profile, files: { json: string; html: string }): SurveyPortal {
  const s = portalScore(report, profile);
  return {
    ...entryBase(entry),
    origin: report.portal.origin,
    status: 'audited',
    reason: null,
    pages: report.pages.length,
    failedPages: report.crawl?.failed.length ?? 0,
    complete: report.crawl?.complete ?? null,
    rendering: renderingOf(report),
    platform: mainPlatform(report),
    report: files,
    score: s.score,
    groups: s.groups,
    criteriaMet: s.criteriaMet,
    rank: null,
    points: s.points,
  };
}

/** The survey's line for a portal that could not be audited, with the reason. */
export function failedPortal(entry: PortalEntry, status: 'unreachable' | 'error', reason: string, failedPages = 0): SurveyPortal {
  return {
    ...entryBase(entry),
    origin: originOf(entry.url),
    status,
    reason: reason.slice(0, 2000),
    pages: 0,
    failedPages,
    complete: null,
    rendering: null,
    platform: null,
    report: null,
    score: null,
    groups: [],
    criteriaMet: [],
    rank: null,
    points: null,
  };
}

export interface SurveyContext {
  profile: Profile;
  toolVersion: string;
  now?: Date;
  list: Survey['list'];
  settings: Survey['settings'];
  shard: Shard | null;
  previous?: Survey | null;
}

/** "17/83 (20,48%)": the mean met (at most two decimals) over the checklist's total, in the ministry's format. */
export function formatAverage(met: number, total: number, percent: number, locale: Locale): string {
  const text = `${String(round2(met))}/${total} (${percent.toFixed(2)}%)`;
  return locale === 'vi' ? text.replace(/\./g, ',') : text;
}

/** The survey of these portals (in the list's order). */
export function summarize(portals: readonly SurveyPortal[], ctx: SurveyContext): Survey {
  const { profile } = ctx;
  const total = profile.criteria.length;
  const places = rankPortals(portals);
  const sorted = [...portals]
    .sort((a, b) => a.line - b.line || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0))
    .map((p) => ({ ...p, rank: places.get(p.host) ?? null }));
  const byPoints = profile.scoring.kind === 'points';
  const audited = sorted.filter((p) => p.status === 'audited' && p.score);
  const n = audited.length;
  const meanMet = n === 0 ? 0 : audited.reduce((sum, p) => sum + p.score!.met, 0) / n;
  const average =
    n === 0
      ? null
      : (() => {
          const percent = total === 0 ? 0 : round2((meanMet / total) * 100);
          const met = round2(meanMet);
          return { met, percent, formatted: { vi: formatAverage(met, total, percent, 'vi'), en: formatAverage(met, total, percent, 'en') } };
        })();
  const groups = profile.groups.map((g) => {
    const gTotal = g.criteria.length;
    const sum = audited.reduce((s, p) => s + (p.groups.find((x) => x.id === g.id)?.met ?? 0), 0);
    const averageMet = n === 0 ? 0 : sum / n;
    const pointsOf = (p: SurveyPortal) => p.points?.groups.find((x) => x.id === g.id)?.points ?? 0;
    return {
      id: g.id,
      title: g.title,
      total: gTotal,
      averageMet: round2(averageMet),
      averagePercent: n === 0 || gTotal === 0 ? 0 : round2((averageMet / gTotal) * 100),
      ...(byPoints ? { averagePoints: n === 0 ? 0 : round2(audited.reduce((t, p) => t + pointsOf(p), 0) / n), maxPoints: g.maxPoints ?? 0 } : {}),
    };
  });
  const scoring = profile.scoring;
  const meanPoints = n === 0 ? 0 : round2(audited.reduce((t, p) => t + (p.points?.points ?? 0), 0) / n);
  const averagePoints =
    scoring.kind === 'points' && n > 0
      ? { points: meanPoints, maxPoints: scoring.maxPoints, formatted: bothLocales((l) => formatPoints({ points: meanPoints, maxPoints: scoring.maxPoints }, l)) }
      : null;
  const levels =
    scoring.kind === 'points' && scoring.levels?.length
      ? [...scoring.levels]
          .sort((a, b) => b.minPoints - a.minPoints)
          .map((l) => ({ id: l.id, title: l.title, minPoints: l.minPoints, portals: audited.filter((p) => p.points?.level === l.id).length }))
      : null;
  const metBy = new Map<string, number>();
  for (const p of audited) for (const id of p.criteriaMet) metBy.set(id, (metBy.get(id) ?? 0) + 1);
  const criteria = profile.criteria.map((c) => {
    const portalsMet = metBy.get(c.id) ?? 0;
    return { id: c.id, group: c.group, title: c.title, portalsMet, passRate: n === 0 ? 0 : round2((portalsMet / n) * 100) };
  });
  const platformCount = new Map<string, number>();
  for (const p of audited) if (p.platform) platformCount.set(p.platform, (platformCount.get(p.platform) ?? 0) + 1);
  const platforms = [...platformCount]
    .map(([name, count]) => ({ name, portals: count }))
    .sort((a, b) => b.portals - a.portals || (a.name < b.name ? -1 : 1));

  const survey: Survey = {
    schemaVersion: SURVEY_SCHEMA_VERSION,
    tool: { name: 'DVC Inspector', version: ctx.toolVersion },
    checklist: { id: profile.id, version: profile.version, total, title: profile.title, scoring: profile.scoring.kind },
    generatedAt: (ctx.now ?? new Date()).toISOString(),
    list: ctx.list,
    settings: ctx.settings,
    shard: ctx.shard,
    portals: sorted,
    reached: n,
    average,
    averagePoints,
    levels,
    groups,
    criteria,
    platforms,
    changes: null,
  };
  if (ctx.previous) survey.changes = changesSince(survey, ctx.previous);
  return SurveySchema.parse(survey);
}

/** What changed since an earlier survey: per portal (by host), per group, and the average. */
export function changesSince(current: Survey, previous: Survey): NonNullable<Survey['changes']> {
  const before = new Map(previous.portals.map((p) => [p.host, p]));
  const now = new Map(current.portals.map((p) => [p.host, p]));
  const hosts = [...new Set([...now.keys(), ...before.keys()])];
  const portals = hosts.map((host) => {
    const a = before.get(host);
    const b = now.get(host);
    const previousMet = a?.score?.met ?? null;
    const met = b?.score?.met ?? null;
    return {
      host,
      name: (b ?? a)!.name,
      previousStatus: a?.status ?? null,
      status: b?.status ?? null,
      previousMet,
      met,
      delta: previousMet !== null && met !== null ? met - previousMet : null,
      previousPoints: a?.points?.points ?? null,
      points: b?.points?.points ?? null,
      pointsDelta: a?.points && b?.points ? round2(b.points.points - a.points.points) : null,
    };
  });
  portals.sort((x, y) => (now.get(x.host)?.line ?? Infinity) - (now.get(y.host)?.line ?? Infinity) || (x.host < y.host ? -1 : 1));
  const groups = current.groups.map((g) => {
    const p = previous.groups.find((x) => x.id === g.id);
    const previousPercent = p?.averagePercent ?? 0;
    return { id: g.id, previousPercent, averagePercent: g.averagePercent, delta: round2(g.averagePercent - previousPercent) };
  });
  const average =
    current.average && previous.average
      ? {
          previousMet: previous.average.met,
          previousPercent: previous.average.percent,
          deltaMet: round2(current.average.met - previous.average.met),
          deltaPercent: round2(current.average.percent - previous.average.percent),
        }
      : null;
  return {
    previousGeneratedAt: previous.generatedAt,
    average,
    reached: { previous: previous.reached, delta: current.reached - previous.reached },
    portals,
    groups,
  };
}

export class MergeError extends Error {}

/**
 * Join the surveys of the shards of one list into the survey a single run
 * would have made: same checklist, list and settings; each portal once.
 */
export function mergeSurveys(parts: readonly Survey[], ctx: Pick<SurveyContext, 'profile' | 'toolVersion' | 'now' | 'previous'>): Survey {
  if (parts.length === 0) throw new MergeError('nothing to merge');
  const [first] = parts as [Survey, ...Survey[]];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const p of parts) {
    if (p.checklist.id !== first.checklist.id || p.checklist.version !== first.checklist.version)
      throw new MergeError(`surveys against different checklists (${first.checklist.id} v${first.checklist.version}, ${p.checklist.id} v${p.checklist.version})`);
    if (!same(p.settings, first.settings)) throw new MergeError('surveys made with different settings (--max-pages, --max-depth or rendering)');
    if (!same(p.list, first.list)) throw new MergeError('surveys of different lists of portals');
  }
  if (first.checklist.id !== ctx.profile.id) throw new MergeError(`the surveys are against ${first.checklist.id}, not ${ctx.profile.id}`);
  if (parts.some((p) => p.shard === null)) throw new MergeError('a survey of the whole list is not merged with others: merge the shards (--shard i/n) of one list');
  const count = first.shard!.count;
  if (parts.some((p) => p.shard!.count !== count)) throw new MergeError('shards of different slicings (--shard i/n with different n)');
  const have = new Set(parts.map((p) => p.shard!.index));
  if (have.size !== parts.length) throw new MergeError('the same shard given twice');
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  if (missing.length) throw new MergeError(`shards missing: ${missing.map((i) => `${i}/${count}`).join(', ')}`);
  const byHost = new Map<string, SurveyPortal>();
  for (const part of parts)
    for (const p of part.portals) {
      if (byHost.has(p.host)) throw new MergeError(`the portal ${p.host} is in more than one survey (the same shard twice?)`);
      byHost.set(p.host, p);
    }
  return summarize([...byHost.values()], { ...ctx, list: first.list, settings: first.settings, shard: null });
}
