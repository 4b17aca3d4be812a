import type { Criterion, GroupDef, Localized, Profile, ProfileSource, ProfileStatus, Scoring } from './types';

export interface ProfileData {
  id: string;
  version: number;
  title: Localized;
  scoring?: Scoring;
  status?: ProfileStatus;
  source?: ProfileSource;
  groups: readonly GroupDef[];
  criteria: readonly Criterion[];
}

/** A profile whose data does not hold together (duplicate ids, unknown group or check). */
export class ProfileError extends Error {
  override name = 'ProfileError';
}

/**
 * A profile from its data: criteria grouped in the order of `groups`, every
 * criterion in a known group, ids unique. `hasCheck` says whether a check
 * key exists, so a profile naming a check nobody wrote fails at load, not
 * during an audit.
 */
export function defineProfile(data: ProfileData, hasCheck: (key: string) => boolean): Profile {
  const groupIds = new Set<string>();
  for (const g of data.groups) {
    if (groupIds.has(g.id)) throw new ProfileError(`${data.id}: group ${g.id} twice`);
    groupIds.add(g.id);
  }
  const ids = new Set<string>();
  for (const c of data.criteria) {
    if (ids.has(c.id)) throw new ProfileError(`${data.id}: criterion ${c.id} twice`);
    ids.add(c.id);
    if (!groupIds.has(c.group)) throw new ProfileError(`${data.id}: ${c.id} is in unknown group ${c.group}`);
    if (c.method !== 'manual' && !hasCheck(c.check ?? c.id)) throw new ProfileError(`${data.id}: no check ${c.check ?? c.id} for ${c.id}`);
  }
  const scoring = data.scoring ?? { kind: 'count' as const };
  if (scoring.kind === 'points') {
    const sum = data.groups.reduce((n, g) => n + (g.maxPoints ?? NaN), 0);
    if (sum !== scoring.maxPoints) throw new ProfileError(`${data.id}: groups' maximum points sum to ${sum}, not ${scoring.maxPoints}`);
    const levels = scoring.levels ?? [];
    const mins = levels.map((l) => l.minPoints);
    if (levels.length > 0 && (new Set(mins).size !== mins.length || mins.some((m) => m < 0 || m > scoring.maxPoints)))
      throw new ProfileError(`${data.id}: levels must have distinct minimums within 0–${scoring.maxPoints}`);
    for (const c of data.criteria)
      if (c.points !== undefined && !(c.points >= 0 && Number.isFinite(c.points))) throw new ProfileError(`${data.id}: ${c.id} has points ${c.points}`);
  }
  const criteria = [...data.criteria];
  return {
    id: data.id,
    version: data.version,
    title: data.title,
    scoring,
    ...(data.status ? { status: data.status } : {}),
    ...(data.source ? { source: data.source } : {}),
    groups: data.groups.map((g) => ({ ...g, criteria: criteria.filter((c) => c.group === g.id) })),
    criteria,
  };
}
