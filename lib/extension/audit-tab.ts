import { browser } from 'wxt/browser';
import { criteriaToEvaluate } from '../audit/judge';
import { auditPage } from '../audit/evaluate';
import { newPortalAudit, withPage } from '../audit/portal';
import { DEFAULT_PROFILE, profileById } from '../criteria';
import type { Failure } from '../messaging/protocol';
import { PageSnapshotSchema } from '../snapshot/schema';
import * as z from 'zod/mini';
import { classifyInjectionError, classifyUrl } from './page-access';
import { portalEntry, portalKeyOf, updateAuditStore } from './store';

/**
 * What the injected script hands back: the snapshot as JSON text (one string
 * crosses from the page far faster than a structured clone of thousands of
 * objects, which would block the page), or why there is none.
 */
const InjectionResultSchema = z.union([
  z.object({ ok: z.literal(true), json: z.string().check(z.maxLength(4_000_000)) }),
  z.object({ ok: z.literal(false), reason: z.literal('not-html'), contentType: z.string().check(z.maxLength(200)) }),
]);

/**
 * Audit the page in a tab: inject the snapshot script (activeTab grant, no
 * host permission), validate what comes back, judge it, and add the page to
 * its portal's current audit. Answers with the portal's key.
 */
export async function auditTab(tabId: number): Promise<{ ok: true; portal: string } | Failure> {
  let tab: { url?: string } | undefined;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, code: 'no-tab', detail: `tab ${tabId}` };
  }
  const blocked = classifyUrl(tab.url);
  if (blocked) return { ok: false, code: blocked, detail: tab.url ?? '' };

  let injected: unknown;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/snapshot.js'] });
    injected = first?.result;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, code: classifyInjectionError(message, tab.url), detail: message.slice(0, 2000) };
  }

  const result = InjectionResultSchema.safeParse(injected);
  if (!result.success) return { ok: false, code: 'invalid-snapshot', detail: 'no result from the page' };
  if (!result.data.ok) return { ok: false, code: 'not-html', detail: result.data.contentType };
  let data: unknown;
  try {
    data = JSON.parse(result.data.json);
  } catch {
    return { ok: false, code: 'invalid-snapshot', detail: 'the page returned unreadable data' };
  }
  const snapshot = PageSnapshotSchema.safeParse(data);
  if (!snapshot.success) {
    // A sentence naming the field, not the validator's wording.
    const first = snapshot.error.issues[0];
    return { ok: false, code: 'invalid-snapshot', detail: `the page gave data out of its limits at ${first?.path.map(String).join('.') || 'the top'}` };
  }

  return updateAuditStore((store) => {
    const key = portalKeyOf(store, snapshot.data.origin);
    const entry = portalEntry(store, key) ?? { current: newPortalAudit(key, DEFAULT_PROFILE), history: [], autoAudit: false };
    // Evaluated for every checklist's criteria, so any checklist can judge the audit.
    // Read in the inspector's browser, with the page's scripts run.
    const page = { ...auditPage(snapshot.data, criteriaToEvaluate(profileById(entry.current.checklist.id))), rendering: 'browser' as const };
    const current = withPage(entry.current, page);
    return {
      store: { ...store, portals: { ...store.portals, [key]: { ...entry, current } }, lastPortal: key },
      result: { ok: true as const, portal: key },
    };
  });
}
