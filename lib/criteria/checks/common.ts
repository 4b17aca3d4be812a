import { normalizeVi } from '../../text/vietnamese';
import { codeMatches, reachOf, type Reach } from '../code';
import { anyOf, dedupe, evidenceAt } from '../match';
import type { CheckResult, Evidence, MessageRef } from '../types';
import type { PageView } from '../views';

/** Helpers shared by the group files: results and the delegation to the national portal. */

export const none = (message?: MessageRef): CheckResult => (message ? { evidence: [], message } : { evidence: [] });

export const strong = (evidence: Evidence[], message?: MessageRef): CheckResult =>
  message ? { evidence, strength: 'strong', message } : { evidence, strength: 'strong' };

export const weak = (evidence: Evidence[], message: MessageRef): CheckResult => ({ evidence, strength: 'weak', message });

export const failed = (evidence: Evidence[], message: MessageRef): CheckResult => ({ state: 'not_met', evidence, message });

/** Evidence of the portal's own function, or else of its link to the national portal's one (recorded as delegated). */
export function ownOrDelegated(own: Evidence[], national: Evidence[]): CheckResult {
  if (own.length > 0) return { evidence: anyOf(own, national) };
  if (national.length > 0) return { evidence: dedupe(national), message: { id: 'delegated' } };
  return { evidence: [] };
}

export function codeEvidence(page: PageView, m: { selector: string; text: string }): Evidence {
  return evidenceAt(page.url, m.selector, m.text);
}

export const norm = normalizeVi;
export { codeMatches, reachOf, type Reach };
