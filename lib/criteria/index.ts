/**
 * Checklists as data and checks as code keyed by id.
 *
 * - a profile (./profiles/*) lists groups and criteria: titles, legal basis,
 *   method, how findings of several pages combine, how to verify, the pages
 *   that can show it, options;
 * - the checks (./checks/*, one file per group) are pure functions keyed by
 *   criterion id, reading views of a snapshot computed once (./views.ts);
 * - the registry (./registry.ts) resolves a profile from an audit's
 *   `checklist.id`;
 * - messages are ids with data; their words live in per-locale tables (./messages).
 */
export { ALL_CRITERIA, anyCriterionById, DEFAULT_PROFILE, PROFILE_2024, knownChecklists, profileById, registerProfile, requireProfile, unregisterProfile, UnknownChecklistError } from './registry';
export { defineProfile, ProfileError, type ProfileData } from './profile';
export type { Criterion, Group, GroupDef, Level, Profile, ProfileSource, ProfileStatus, Scoring } from './types';
import type { Criterion, Profile } from './types';

export function criterionById(profile: Profile, id: string): Criterion | undefined {
  return profile.criteria.find((c) => c.id === id);
}
