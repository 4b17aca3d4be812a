import type { State } from '../criteria/types';
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
