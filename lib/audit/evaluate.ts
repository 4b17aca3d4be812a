import type { PageSnapshot } from '../snapshot/schema';
import type { CheckResult, Criterion, Method, State } from '../criteria/types';
import { EVIDENCE_CAP } from '../criteria/types';
import type { PageAudit, PageFinding } from './model';

/** The state a check implies when it does not set one itself. */
function derivedState(method: Method, found: boolean): Exclude<State, 'error'> {
  switch (method) {
    case 'auto':
      return found ? 'met' : 'not_met';
    case 'auto*':
      return found ? 'met' : 'not_checked';
    case 'assisted':
      return found ? 'needs_review' : 'not_checked';
    case 'manual':
      return 'not_checked';
  }
}

/** Judge one page by one criterion; a check that throws only affects itself. */
export function evaluateCriterion(criterion: Criterion, page: PageSnapshot): PageFinding {
  if (!criterion.check) return { state: 'not_checked', evidence: [] };
  let result: CheckResult;
  try {
    result = criterion.check(page);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      state: 'error',
      evidence: [],
      message: { vi: `Lỗi khi kiểm tra: ${detail}`, en: `The check failed: ${detail}` },
    };
  }
  const evidence = result.evidence.slice(0, EVIDENCE_CAP);
  const found = evidence.length > 0;
  const state = result.state ?? derivedState(criterion.method, found);
  // Only a check's own message is stored; the usual ones are derived when shown.
  return result.message ? { state, evidence, message: result.message } : { state, evidence };
}

/** Judge one page by every criterion. */
export function auditPage(page: PageSnapshot, criteria: readonly Criterion[], now = new Date()): PageAudit {
  const findings: Record<string, PageFinding> = {};
  for (const c of criteria) findings[c.id] = evaluateCriterion(c, page);
  return {
    url: page.url,
    title: page.title,
    auditedAt: now.toISOString(),
    truncated: page.stats.truncated,
    findings,
  };
}
