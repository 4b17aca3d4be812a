import '@/lib/zod-setup';
import { handleRequest } from '@/lib/extension/handlers';
import { mayAuditWhileBrowsing } from '@/lib/extension/permissions';
import { autoAuditPortalFor, readAuditStore, readSettings } from '@/lib/extension/store';
import { auditTab } from '@/lib/extension/audit-tab';
import { failureFromError } from '@/lib/extension/errors';
import { RequestSchema, responseSchemaOf, type Failure } from '@/lib/messaging/protocol';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = RequestSchema.safeParse(message);
    if (!request.success) return Promise.resolve<Failure>({ ok: false, code: 'invalid', detail: 'unrecognised request' });
    const answer = responseSchemaOf(request.data.type);
    // The language of notes and the checklist audits are shown against: the inspector's settings, read per request.
    return readSettings()
      .then(({ locale, profile }) => handleRequest(request.data, { toolVersion: browser.runtime.getManifest().version, locale, profile }))
      .then((r) => answer.parse(r))
      // One short line for the inspector, never a validator's dump.
      .catch((err: unknown): Failure => ({ ok: false, ...failureFromError(err) }));
  });

  // Audit while browsing: only for portals the inspector opted in, and only
  // where the browser granted access to the portal's own hosts. State is
  // read from storage each time, so a restarted background worker carries on.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void (async () => {
      if (!autoAuditPortalFor(await readAuditStore(), url)) return;
      if (!(await mayAuditWhileBrowsing(url))) return;
      await auditTab(tabId);
    })();
  });
});
