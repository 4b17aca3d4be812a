import type { Criterion, GroupDef, Localized, Profile, Scoring } from './types';

export interface ProfileData {
  id: string;
  version: number;
  title: Localized;
  scoring?: Scoring;
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
  const criteria = [...data.criteria];
  return {
    id: data.id,
    version: data.version,
    title: data.title,
    scoring: data.scoring ?? { kind: 'count' },
    groups: data.groups.map((g) => ({ ...g, criteria: criteria.filter((c) => c.group === g.id) })),
    criteria,
  };
}
