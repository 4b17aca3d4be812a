import { CHECKS, hasCheck } from './checks';
import { defineProfile } from './profile';
import { vnDvc2023Data } from './profiles/vn-dvc-2023';
import type { Localized, Profile } from './types';

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
