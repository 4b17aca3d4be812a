import type { PageSnapshot } from '../snapshot/schema';
import type { CheckResult, Criterion, Method, State } from '../criteria/types';
import { EVIDENCE_CAP } from '../criteria/types';
import type { PageAudit, PageFinding } from './model';

const NOT_SEEN_YET = {
  vi: 'Chưa thấy trên các trang đã kiểm tra; hãy mở trang liên quan của cổng.',
  en: 'Not seen on the pages audited so far; open the relevant page of the portal.',
};
const NO_EVIDENCE = {
  vi: 'Không tìm thấy dấu hiệu trên trang này.',
  en: 'No sign of it on this page.',
};
const NEEDS_INSPECTOR = {
  vi: 'Cần người kiểm tra xác nhận.',
  en: 'Needs the inspector to confirm.',
};
const MANUAL = {
  vi: 'Thông tin phía máy chủ: người kiểm tra xác nhận kèm ghi chú.',
  en: 'A back-end fact: the inspector attests it with a note.',
};

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

function defaultMessage(method: Method, found: boolean): PageFinding['message'] {
  if (method === 'manual') return MANUAL;
  if (found) return method === 'assisted' ? NEEDS_INSPECTOR : undefined;
  if (method === 'auto') return NO_EVIDENCE;
  return NOT_SEEN_YET;
}

/** Judge one page by one criterion; a check that throws only affects itself. */
export function evaluateCriterion(criterion: Criterion, page: PageSnapshot): PageFinding {
  if (!criterion.check) return { state: 'not_checked', evidence: [], message: MANUAL };
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
  const message = result.message ?? defaultMessage(criterion.method, found);
  return message ? { state, evidence, message } : { state, evidence };
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
