import { ALL_CRITERIA, requireProfile, type Criterion, type Profile } from '../criteria';
import { mergeFindings, type CriterionResult } from './merge';
import type { PortalAudit } from './model';
import { score, scorePoints, type PointsScore, type Score } from './score';

/**
 * Judging is apart from auditing: a page is evaluated once for the criteria
 * of every profile (`ALL_CRITERIA`), and any profile judges the same
 * findings. An audit started under the 83 criteria of 2023 is shown on the
 * 2024 scale (and back) without reading a page again.
 */

/** The criteria a page is evaluated for: those of every built-in profile, and the audit's own (a profile registered later). */
export function criteriaToEvaluate(profile?: Profile): readonly Criterion[] {
  if (!profile || profile.criteria.every((c) => ALL_CRITERIA.some((a) => a.id === c.id))) return ALL_CRITERIA;
  const ids = new Set(profile.criteria.map((c) => c.id));
  return [...profile.criteria, ...ALL_CRITERIA.filter((c) => !ids.has(c.id))];
}

export interface Judgement {
  profile: Profile;
  results: CriterionResult[];
  /** Met / total, per group too (every profile). */
  score: Score;
  /** Points, groups, coverage and level (profiles that score by points). */
  points: PointsScore | null;
}

/** The results and score of an audit judged by `profile` (its own checklist by default). */
export function judge(audit: Pick<PortalAudit, 'pages' | 'attestations' | 'checklist'>, profile: Profile = requireProfile(audit.checklist.id)): Judgement {
  const results = mergeFindings(profile.criteria, audit.pages, audit.attestations);
  return { profile, results, score: score(results, profile.groups.map((g) => g.id)), points: scorePoints(results, profile) };
}

/** The same audit judged by the profile with id `profileId` (an unknown id fails with UnknownChecklistError). */
export function judgeAs(audit: Pick<PortalAudit, 'pages' | 'attestations' | 'checklist'>, profileId: string): Judgement {
  return judge(audit, requireProfile(profileId));
}
