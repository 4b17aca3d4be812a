import type { Level, Localized, Profile, State } from '../criteria/types';
import { STATES } from '../criteria/types';
import type { CriterionResult } from './merge';

export interface Fraction {
  met: number;
  total: number;
  /** Percentage rounded to two decimals, as the ministry reports it. */
  percent: number;
}

export interface Score extends Fraction {
  /** How many criteria are in each state, so "needs review" is never hidden. */
  counts: Record<State, number>;
  groups: Array<{ id: string } & Fraction>;
}

function fraction(met: number, total: number): Fraction {
  return { met, total, percent: total === 0 ? 0 : Math.round((met / total) * 10000) / 100 };
}

/** Only `met` counts; needs review, not checked and errors score nothing. */
export function score(results: readonly CriterionResult[], groupOrder: readonly string[]): Score {
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>;
  for (const r of results) counts[r.state] += 1;
  const groups = groupOrder.map((id) => {
    const inGroup = results.filter((r) => r.criterion.group === id);
    return { id, ...fraction(inGroup.filter((r) => r.state === 'met').length, inGroup.length) };
  });
  return { ...fraction(counts.met, results.length), counts, groups };
}

/** "17/83 (20,48%)" in Vietnamese, "17/83 (20.48%)" in English. */
export function formatFraction(f: Fraction, locale: 'vi' | 'en'): string {
  const pct = f.percent.toFixed(2);
  return `${f.met}/${f.total} (${locale === 'vi' ? pct.replace('.', ',') : pct}%)`;
}

// ---------------------------------------------------------------------------
// Points (weighted profiles, e.g. vn-httt-2024: 100 points, levels A–E)

/**
 * What a criterion's state means for points:
 * - `met` scores;
 * - `not_met` and `needs_review` are assessed and score nothing (needs review
 *   never counts as met: it scores once the inspector confirms it);
 * - `not_applicable` is decided but asks nothing of the portal: out of the
 *   group's denominator, and covered;
 * - `not_checked` and `error` are unknown: out of the denominator, and not
 *   covered, so the level stays provisional.
 */
const SCORED: ReadonlySet<State> = new Set(['met', 'not_met', 'needs_review']);
const DECIDED: ReadonlySet<State> = new Set(['met', 'not_met', 'not_applicable']);

export interface GroupPoints {
  id: string;
  /** Points earned, to one decimal. */
  points: number;
  maxPoints: number;
  /** `criteria`: by the criteria's own points; `share`: maximum × met / assessed (estimate). */
  basis: 'criteria' | 'share';
  /** Criteria that count (points 0 are shown for information only). */
  counted: number;
  met: number;
  /** Met, not met or needs review: the denominator of the share. */
  assessed: number;
  /** Share of counted criteria with a verdict (met, not met, not applicable), in percent to two decimals. */
  coverage: number;
}

export interface PointsScore {
  /** Sum of the groups' points as shown (one decimal each). */
  points: number;
  maxPoints: number;
  level: Level | null;
  /** Coverage of all counted criteria, in percent to two decimals. */
  coverage: number;
  /** The level may change: coverage below 100 %, or the criteria are estimated. */
  provisional: boolean;
  estimated: boolean;
  groups: GroupPoints[];
}

/** `points / denominator` in tenths of a point, rounded half up exactly (no binary-fraction surprises at x,x5). */
function tenths(points: number, denominator: number): number {
  const num = Math.round(points * 10 * 1e6) / 1e6; // points × 10, float noise removed
  return Math.floor((2 * num + denominator) / (2 * denominator) + 1e-9);
}

const share = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 100);

/** The level of a total: the highest level whose minimum it reaches. */
export function levelOf(points: number, levels: readonly Level[]): Level | null {
  let best: Level | null = null;
  for (const l of levels) if (points >= l.minPoints && (!best || l.minPoints > best.minPoints)) best = l;
  return best;
}

/**
 * The points of a profile that scores by points (null for a count profile).
 * Per group: the criteria's own points when every counted criterion of the
 * group has them; otherwise the group's maximum × met / assessed (0 when
 * nothing was assessed). Each group is rounded half up to one decimal and
 * the total is the sum of the groups as shown, so the figures add up; the
 * level is read from that total, so a shown "90" is always level A and
 * "89,9" never is.
 */
export function scorePoints(results: readonly CriterionResult[], profile: Profile): PointsScore | null {
  if (profile.scoring.kind !== 'points') return null;
  const estimated = profile.status?.criteria !== 'official';
  const groups = profile.groups.map((g): GroupPoints => {
    const maxPoints = g.maxPoints ?? 0;
    const inGroup = results.filter((r) => r.criterion.group === g.id && r.criterion.points !== 0);
    const met = inGroup.filter((r) => r.state === 'met');
    const assessed = inGroup.filter((r) => SCORED.has(r.state)).length;
    const decided = inGroup.filter((r) => DECIDED.has(r.state)).length;
    const byCriteria = inGroup.length > 0 && inGroup.every((r) => r.criterion.points !== undefined);
    const t = byCriteria
      ? Math.min(tenths(met.reduce((n, r) => n + (r.criterion.points ?? 0), 0), 1), maxPoints * 10)
      : assessed === 0
        ? 0
        : tenths(maxPoints * met.length, assessed);
    return { id: g.id, points: t / 10, maxPoints, basis: byCriteria ? 'criteria' : 'share', counted: inGroup.length, met: met.length, assessed, coverage: share(decided, inGroup.length) };
  });
  const points = groups.reduce((n, g) => n + Math.round(g.points * 10), 0) / 10;
  const counted = groups.reduce((n, g) => n + g.counted, 0);
  const decided = groups.reduce((n, g) => n + Math.round((g.coverage / 100) * g.counted), 0);
  const coverage = share(decided, counted);
  return {
    points,
    maxPoints: profile.scoring.maxPoints,
    level: levelOf(points, profile.scoring.levels ?? []),
    coverage,
    provisional: estimated || coverage < 100,
    estimated,
    groups,
  };
}

/** A number as a reader of the locale writes it: "72,5" in Vietnamese, "72.5" in English; at most one decimal. */
export function formatNumber(n: number, locale: 'vi' | 'en'): string {
  const s = String(Math.round(n * 10) / 10);
  return locale === 'vi' ? s.replace('.', ',') : s;
}

/** "72,5/100 điểm" in Vietnamese, "72.5/100 points" in English. */
export function formatPoints(s: { points: number; maxPoints: number }, locale: 'vi' | 'en'): string {
  return `${formatNumber(s.points, locale)}/${formatNumber(s.maxPoints, locale)} ${locale === 'vi' ? 'điểm' : 'points'}`;
}

/** A group's points: "34/50", "2,5/5". */
export function formatGroupPoints(g: { points: number; maxPoints: number }, locale: 'vi' | 'en'): string {
  return `${formatNumber(g.points, locale)}/${formatNumber(g.maxPoints, locale)}`;
}

/** A percentage with the locale's decimal mark: "87,5%". */
export function formatPercent(p: number, locale: 'vi' | 'en'): string {
  const s = String(Math.round(p * 100) / 100);
  return `${locale === 'vi' ? s.replace('.', ',') : s}%`;
}

/**
 * The level as it is read out: "Mức độ C (tạm tính, ước tính)" — provisional
 * while coverage is incomplete, an estimate while the criteria are.
 */
export function formatLevel(s: Pick<PointsScore, 'level' | 'provisional' | 'estimated'>, locale: 'vi' | 'en'): string {
  const name = s.level ? s.level.title[locale] : locale === 'vi' ? 'Chưa xếp mức' : 'No level';
  const marks = [s.provisional ? (locale === 'vi' ? 'tạm tính' : 'provisional') : '', s.estimated ? (locale === 'vi' ? 'ước tính' : 'estimate') : ''].filter(Boolean);
  return marks.length ? `${name} (${marks.join(', ')})` : name;
}

/** Both languages of a formatter. */
export function bothLocales(f: (locale: 'vi' | 'en') => string): Localized {
  return { vi: f('vi'), en: f('en') };
}
