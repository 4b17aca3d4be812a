import type { Check, Checks } from '../check';
import { added2024Checks } from './added2024';
import { securityChecks } from './at';
import { operationsChecks } from './bc';
import { publicityChecks } from './ck';
import { interfaceChecks } from './gd';
import { supportChecks } from './ht';
import { dataStoreChecks } from './kdl';
import { signingChecks } from './ks';
import { integrationChecks } from './lt';
import { digitisationChecks } from './sh';
import { lookupChecks } from './tc';
import { accountChecks } from './tk';
import { onlineServiceChecks } from './tt';
import { paymentChecks } from './tttt';

/**
 * Every check, keyed by the id of the criterion it was written for (a
 * profile may point another criterion at it with `check`). One file per
 * group of the 2023 checklist.
 */
export const CHECKS: Checks = Object.freeze({
  ...accountChecks,
  ...publicityChecks,
  ...onlineServiceChecks,
  ...signingChecks,
  ...paymentChecks,
  ...dataStoreChecks,
  ...digitisationChecks,
  ...lookupChecks,
  ...supportChecks,
  ...interfaceChecks,
  ...integrationChecks,
  ...securityChecks,
  ...operationsChecks,
  ...added2024Checks,
});

export function hasCheck(key: string): boolean {
  return Object.hasOwn(CHECKS, key);
}

export function checkOf(key: string): Check | undefined {
  return Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
}
