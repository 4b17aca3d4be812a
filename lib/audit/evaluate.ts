import type { Checks } from '../criteria/check';
import { CHECKS } from '../criteria/checks';
import { localize } from '../criteria/messages/format';
import type { CheckResult, Criterion, MessageRef, Method, Profile, State, Strength } from '../criteria/types';
import { EVIDENCE_CAP } from '../criteria/types';
import { PageView, viewOf } from '../criteria/views';
import type { PageSnapshot } from '../snapshot/schema';
import type { PageAudit, PageFinding, PageWarning } from './model';

/**
 * The engine: runs a criterion's check on a page and turns what it found into
 * a state. Evidence with its strength decides (strong: met; weak: needs
 * review; none: not met, for automatic criteria); the page decides what can
 * be concluded at all (an application shell leaves content criteria not
 * checked; a criterion only certain pages show waits for one of them).
 */

/** The state a check implies when it does not set one itself. */
function derivedState(method: Method, found: boolean, strength: Strength): Exclude<State, 'error'> {
  switch (method) {
    case 'auto':
      return found ? (strength === 'weak' ? 'needs_review' : 'met') : 'not_met';
    case 'auto*':
      return found ? (strength === 'weak' ? 'needs_review' : 'met') : 'not_checked';
    case 'assisted':
      return found ? 'needs_review' : 'not_checked';
    case 'manual':
      return 'not_checked';
  }
}

function finding(state: State, evidence: PageFinding['evidence'], message?: MessageRef): PageFinding {
  // Only a check's own message is stored; the usual ones are derived when shown.
  return message ? { state, evidence, message: localize(message) } : { state, evidence };
}

/** Judge one page by one criterion; a check that throws only affects itself. */
export function evaluateCriterion(criterion: Criterion, page: PageSnapshot | PageView, checks: Checks = CHECKS): PageFinding {
  if (criterion.method === 'manual') return { state: 'not_checked', evidence: [] };
  const key = criterion.check ?? criterion.id;
  const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
  if (!check) return { state: 'not_checked', evidence: [] };
  const view = page instanceof PageView ? page : viewOf(page);
  let result: CheckResult;
  try {
    result = check(view, criterion.options ?? {});
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return finding('error', [], { id: 'engine.error', data: { detail: detail.slice(0, 500) } });
  }
  const evidence = result.evidence.slice(0, EVIDENCE_CAP);
  const strength = result.strength ?? 'strong';
  let state: State = result.state ?? derivedState(criterion.method, evidence.length > 0, strength);
  let message = result.message ?? (strength === 'weak' && state === 'needs_review' ? { id: 'weak.default' } : undefined);
  const positive = state === 'met' || state === 'needs_review';

  const shell = view.appShell;
  if (shell && !criterion.judgedOnShell && !positive) {
    // What the markup showed stays; what it cannot show is not a failure.
    state = 'not_checked';
    message = { id: 'page.appShell', data: { bundles: shell.bundles.map((b) => b.replace(/^.*\//, '')).slice(0, 3) } };
  } else if (criterion.shownOn && !criterion.shownOn.includes(view.pageType.type) && evidence.length === 0 && (state === 'not_met' || state === 'not_checked')) {
    state = 'not_checked';
    message = {
      id: 'page.openPageType',
      data: { pageTypes: criterion.shownOn.map((t) => localize({ id: `pageType.${t}` })), pageType: localize({ id: `pageType.${view.pageType.type}` }) },
    };
  }
  return finding(state, evidence, message);
}

function criteriaOf(target: Profile | readonly Criterion[]): readonly Criterion[] {
  return Array.isArray(target) ? (target as readonly Criterion[]) : (target as Profile).criteria;
}

/** Judge one page by every criterion of a profile (or of a list of criteria). */
export function auditPage(page: PageSnapshot, target: Profile | readonly Criterion[], now = new Date(), checks: Checks = CHECKS): PageAudit {
  const view = viewOf(page);
  const findings: Record<string, PageFinding> = {};
  for (const c of criteriaOf(target)) findings[c.id] = evaluateCriterion(c, view, checks);
  const warnings: PageWarning[] = view.appShell ? ['app-shell'] : [];
  return {
    url: page.url,
    title: page.title,
    auditedAt: now.toISOString(),
    truncated: page.stats.truncated,
    pageType: view.pageType.type,
    platforms: view.platforms.map(({ id, name, category, confidence }) => ({ id, name, category, confidence })),
    warnings,
    findings,
  };
}
