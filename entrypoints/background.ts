import { auditTab } from '@/lib/extension/audit-tab';
import { readAuditStore, portalOf } from '@/lib/extension/store';
import { RequestSchema, type Response } from '@/lib/messaging/protocol';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = RequestSchema.safeParse(message);
    if (!request.success) return Promise.resolve<Response>({ ok: false, code: 'unknown', detail: 'unrecognised request' });
    return handle(request.data).catch(
      (err: unknown): Response => ({ ok: false, code: 'unknown', detail: err instanceof Error ? err.message : String(err) }),
    );
  });
});

async function handle(request: ReturnType<typeof RequestSchema.parse>): Promise<Response> {
  switch (request.type) {
    case 'audit-tab':
      return auditTab(request.tabId);
    case 'get-audit':
      return { ok: true, audit: portalOf(await readAuditStore(), request.origin) };
  }
}
