import '@/lib/zod-setup';
import { handleRequest } from '@/lib/extension/handlers';
import { autoAuditPortalFor, readAuditStore, readLocale } from '@/lib/extension/store';
import { auditTab } from '@/lib/extension/audit-tab';
import { failureFromError } from '@/lib/extension/errors';
import { RequestSchema, ResponseSchema, type Response, type ResponseIn } from '@/lib/messaging/protocol';
import { requireProfile } from '@/lib/criteria';
import { buildReport } from '@/lib/report/build';

/** Pages get the audit already merged and scored: they carry no criteria code. */
async function withReportAsync(r: ResponseIn): Promise<ResponseIn> {
  if (!r.ok || !r.audit) return r;
  const locale = await readLocale();
  // Scored against the audit's own checklist (an unknown one fails with a clear error).
  return { ...r, report: buildReport(r.audit, { profile: requireProfile(r.audit.checklist.id), toolVersion: browser.runtime.getManifest().version, locale }) };
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = RequestSchema.safeParse(message);
    if (!request.success) return Promise.resolve<Response>({ ok: false, code: 'invalid', detail: 'unrecognised request' });
    return handleRequest(request.data)
      .then(withReportAsync)
      .then((r) => ResponseSchema.parse(r))
      // One short line for the inspector, never a validator's dump.
      .catch((err: unknown): Response => ({ ok: false, ...failureFromError(err) }));
  });

  // Audit while browsing: only for portals the inspector opted in, and only
  // where they granted the optional host permission. State is read from
  // storage each time, so a restarted background worker carries on.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void (async () => {
      if (!autoAuditPortalFor(await readAuditStore(), url)) return;
      if (!(await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }))) return;
      await auditTab(tabId);
    })();
  });
});
