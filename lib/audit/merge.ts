import { localize } from '../criteria/messages/format';
import type { Combine, Criterion, Evidence, Localized, Method, State } from '../criteria/types';
import type { Attestation, PageAudit } from './model';

const NOT_SEEN_YET = localize({ id: 'default.notSeenYet' });
const NO_EVIDENCE = localize({ id: 'default.noEvidence' });
const NEEDS_INSPECTOR = localize({ id: 'default.needsInspector' });
const MANUAL = localize({ id: 'default.manual' });
const NO_PAGE = localize({ id: 'default.noPage' });

/** The usual explanation of a state, when the check gave none of its own. */
export function defaultMessage(method: Method, state: State, pages: number): Localized | undefined {
  if (method === 'manual') return MANUAL;
  if (pages === 0) return NO_PAGE;
  if (state === 'needs_review') return NEEDS_INSPECTOR;
  if (state === 'not_met') return NO_EVIDENCE;
  if (state === 'not_checked') return NOT_SEEN_YET;
  return undefined;
}

/** Evidence shown for one criterion across all pages of a portal. */
export const PORTAL_EVIDENCE_CAP = 10;

export interface CriterionResult {
  criterion: Criterion;
  state: State;
  /** Who decided the state: the automatic checks, or the inspector. */
  source: 'automatic' | 'inspector';
  /** What the checks alone concluded, kept when the inspector overrides it. */
  automaticState: State;
  evidence: Evidence[];
  message?: Localized;
  attestation?: Attestation;
}

// Which page's finding speaks for the portal. `any`: the portal offers the
// function if any page shows it. `every`: one failing page fails the portal.
const PRECEDENCE: Record<Combine, readonly State[]> = {
  any: ['met', 'needs_review', 'error', 'not_met', 'not_checked', 'not_applicable'],
  every: ['not_met', 'error', 'needs_review', 'met', 'not_checked', 'not_applicable'],
};

/**
 * Merge the findings of every audited page with the inspector's attestations.
 * Pure and independent of page order: evidence is ordered by page URL.
 */
export function mergeFindings(
  criteria: readonly Criterion[],
  pages: readonly PageAudit[],
  attestations: Readonly<Record<string, Attestation>> = {},
): CriterionResult[] {
  const ordered = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return criteria.map((criterion) => {
    const order = PRECEDENCE[criterion.combine ?? 'any'];
    let automaticState: State = 'not_checked';
    let message: Localized | undefined;
    const findings = ordered.map((p) => p.findings[criterion.id]).filter((f) => f !== undefined);
    if (findings.length > 0) {
      automaticState = findings.reduce<State>(
        (best, f) => (order.indexOf(f.state) < order.indexOf(best) ? f.state : best),
        findings[0]!.state,
      );
    }
    const evidence: Evidence[] = [];
    for (const f of findings) {
      if (f.state !== automaticState) continue;
      message ??= f.message;
      for (const e of f.evidence) if (evidence.length < PORTAL_EVIDENCE_CAP) evidence.push(e);
    }
    message ??= defaultMessage(criterion.method, automaticState, findings.length);
    const attestation = attestations[criterion.id];
    const base = { criterion, automaticState, evidence };
    if (attestation) {
      return { ...base, state: attestation.state, source: 'inspector', attestation, ...(message ? { message } : {}) };
    }
    return { ...base, state: automaticState, source: 'automatic', ...(message ? { message } : {}) };
  });
}
