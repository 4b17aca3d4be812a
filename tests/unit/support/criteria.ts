import { evaluateCriterion } from '../../../lib/audit/evaluate';
import { criterionById, DEFAULT_PROFILE } from '../../../lib/criteria';
import type { Criterion } from '../../../lib/criteria/types';
import { snapshotFromHtml } from '../../../lib/snapshot/from-html';

/** A provincial portal's home page, the address most criteria tests use. */
export const HOME = 'https://dichvucong.example.gov.vn/portaldvc/home';

export function criterion(id: string): Criterion {
  const c = criterionById(DEFAULT_PROFILE, id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

/** A portal page around `body`, as the real snapshot builder reads it. */
export function portalHtml(body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
}

/** Judge one criterion on a portal page made of `body` (and `head`). */
export async function judge(id: string, body: string, url = HOME, head = '') {
  return evaluateCriterion(criterion(id), await snapshotFromHtml(portalHtml(body, head), url));
}
