import { CHECKS, hasCheck } from './checks';
import { defineProfile } from './profile';
import { vnDvc2023Data } from './profiles/vn-dvc-2023';
import { vnHttt2024Data } from './profiles/vn-httt-2024';
import type { Criterion, Localized, Profile } from './types';

/**
 * The checklist profiles this tool knows, by id. A Map, so that an id read
 * from a file ("constructor", "__proto__") can only find a registered
 * profile, never a property of an object's prototype.
 */
const profiles = new Map<string, Profile>();

export function registerProfile(profile: Profile): Profile {
  if (profiles.has(profile.id)) throw new Error(`checklist ${profile.id} is already registered`);
  profiles.set(profile.id, profile);
  return profile;
}

/** Remove a profile (tests that register one of their own clean up after themselves). */
export function unregisterProfile(id: string): void {
  if (id !== DEFAULT_PROFILE.id) profiles.delete(id);
}

export function profileById(id: string): Profile | undefined {
  return typeof id === 'string' ? profiles.get(id) : undefined;
}

export function knownChecklists(): string[] {
  return [...profiles.keys()];
}

/** An audit, report or attestation names a checklist this tool does not know. */
export class UnknownChecklistError extends Error {
  override name = 'UnknownChecklistError';
  readonly detail: Localized;
  constructor(readonly checklistId: string) {
    const shown = String(checklistId).slice(0, 60);
    const known = knownChecklists().join(', ');
    const detail = {
      vi: `Không biết bộ tiêu chí "${shown}" (bản này có ${known}).`,
      en: `Unknown checklist "${shown}" (this DVC Inspector knows ${known}).`,
    };
    super(detail.en);
    this.detail = detail;
  }
}

/** The profile of an audit's `checklist.id`, or an UnknownChecklistError. */
export function requireProfile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new UnknownChecklistError(id);
  return p;
}

/** The 83 criteria of the 2023 national survey (reconstructed): the default checklist. */
export const DEFAULT_PROFILE: Profile = registerProfile(defineProfile(vnDvc2023Data, hasCheck));

export { CHECKS };

/** The ministry's 2024 scale (QĐ 473/QĐ-BTTTT): 100 points, levels A–E; groups official, criteria estimated. */
export const PROFILE_2024: Profile = registerProfile(defineProfile(vnHttt2024Data, hasCheck));

/**
 * Every criterion of the built-in profiles, once each by id: what a page is
 * evaluated for, so that one audit can be judged by any profile without
 * auditing again. A criterion reused by several profiles has the same check,
 * method and options in each; only its group differs.
 */
export const ALL_CRITERIA: readonly Criterion[] = (() => {
  const seen = new Map<string, Criterion>();
  for (const p of [DEFAULT_PROFILE, PROFILE_2024]) for (const c of p.criteria) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
})();

/** A criterion of any built-in profile by id (attestations apply to whichever profile judges). */
export function anyCriterionById(id: string): Criterion | undefined {
  return ALL_CRITERIA.find((c) => c.id === id);
}
