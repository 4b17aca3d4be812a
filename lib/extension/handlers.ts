import { attest, withdraw } from '../audit/attest';
import { mergeFindings } from '../audit/merge';
import type { PortalAudit } from '../audit/model';
import { newPortalAudit, withOrigin, withoutPage } from '../audit/portal';
import { criterionById, DEFAULT_PROFILE, profileById } from '../criteria';
import type { Request, ResponseIn } from '../messaging/protocol';
import { auditTab } from './audit-tab';
import { highlightInTab } from './highlight';
import { auditFromReport, parseReportText } from '../report/import';
import { portalKeyOf, readAuditStore, readLocale, updateAuditStore, type AuditStore } from './store';

/**
 * History kept per portal; older audits beyond it are dropped, oldest first.
 * A 50-page audit takes about 0.5 MB, so ten of them stay well inside the
 * browser's 10 MB storage quota.
 */
export const HISTORY_CAP = 10;

type Change = { store: AuditStore; result: ResponseIn };

function notFound(portal: string): Change['result'] {
  return { ok: false, code: 'not-found', detail: `no audit of ${portal}` };
}

/** Apply a change to the current audit of one portal and answer with the result. */
function changeAudit(portal: string, change: (audit: PortalAudit) => PortalAudit | ResponseIn): Promise<ResponseIn> {
  return updateAuditStore<ResponseIn>((store): Change => {
    const entry = store.portals[portalKeyOf(store, portal)];
    if (!entry) return { store, result: notFound(portal) };
    const next = change(entry.current);
    if ('ok' in next) return { store, result: next };
    const key = portalKeyOf(store, portal);
    return {
      store: { ...store, portals: { ...store.portals, [key]: { ...entry, current: next } }, lastPortal: key },
      result: { ok: true, audit: next, history: entry.history, autoAudit: entry.autoAudit },
    };
  });
}

export async function handleRequest(request: Request): Promise<ResponseIn> {
  switch (request.type) {
    case 'audit-tab':
      return auditTab(request.tabId);

    case 'get-audit': {
      const store = await readAuditStore();
      const key = request.origin ? portalKeyOf(store, request.origin) : store.lastPortal;
      const entry = key ? store.portals[key] : undefined;
      return { ok: true, audit: entry?.current ?? null, history: entry?.history ?? [], autoAudit: entry?.autoAudit ?? false };
    }

    case 'list-portals': {
      const store = await readAuditStore();
      return {
        ok: true,
        portals: Object.entries(store.portals).map(([key, e]) => ({
          key,
          origins: e.current.origins,
          pages: e.current.pages.length,
          createdAt: e.current.createdAt,
          autoAudit: e.autoAudit,
          history: e.history.length,
        })),
      };
    }

    case 'attest': {
      const locale = await readLocale();
      return changeAudit(request.portal, (audit) => {
        // The criterion of the audit's own checklist.
        const profile = profileById(audit.checklist.id);
        const criterion = profile && criterionById(profile, request.criterionId);
        if (!criterion) return { ok: false, code: 'invalid', detail: `unknown criterion ${request.criterionId} in ${audit.checklist.id}` };
        const automatic = mergeFindings([criterion], audit.pages)[0]!.automaticState;
        const input = { state: request.state, note: request.note, ...(request.author ? { author: request.author } : {}) };
        const result = attest(audit, criterion, automatic, input);
        return result.ok ? result.audit : { ok: false, code: 'invalid', detail: result.reason[locale] };
      });
    }

    case 'withdraw':
      return changeAudit(request.portal, (audit) => withdraw(audit, request.criterionId));

    case 'remove-page':
      return changeAudit(request.portal, (audit) => withoutPage(audit, request.url));

    case 'link-origin': {
      let origin: string;
      try {
        origin = new URL(request.origin).origin;
      } catch {
        return { ok: false, code: 'invalid', detail: `not an address: ${request.origin}` };
      }
      if (origin === 'null') return { ok: false, code: 'invalid', detail: `not an address: ${request.origin}` };
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, request.portal);
        const entry = store.portals[key];
        if (!entry) return { store, result: notFound(request.portal) };
        if (store.portals[origin] && origin !== key)
          return { store, result: { ok: false, code: 'invalid', detail: `${origin} has an audit of its own` } };
        const current = withOrigin(entry.current, origin);
        return {
          store: {
            ...store,
            portals: { ...store.portals, [key]: { ...entry, current } },
            originLinks: origin === key ? store.originLinks : { ...store.originLinks, [origin]: key },
          },
          result: { ok: true, audit: current, history: entry.history, autoAudit: entry.autoAudit },
        };
      });
    }

    case 'new-audit':
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, request.portal);
        const entry = store.portals[key];
        if (!entry) return { store, result: notFound(request.portal) };
        const fresh = { ...newPortalAudit(key, DEFAULT_PROFILE), origins: entry.current.origins };
        const history = [entry.current, ...entry.history].slice(0, HISTORY_CAP);
        return {
          store: { ...store, portals: { ...store.portals, [key]: { ...entry, current: fresh, history } }, lastPortal: key },
          result: { ok: true, audit: fresh, history, autoAudit: entry.autoAudit },
        };
      });

    case 'highlight':
      return highlightInTab(request.tabId, { action: 'show', items: request.items, scroll: request.scroll }, request.pageUrl);

    case 'clear-highlight':
      return highlightInTab(request.tabId, { action: 'clear' }, null);

    case 'get-report': {
      const store = await readAuditStore();
      const entry = store.portals[portalKeyOf(store, request.portal)];
      if (!entry) return notFound(request.portal);
      const audit = request.auditId === null ? entry.current : [entry.current, ...entry.history].find((a) => a.id === request.auditId);
      if (!audit) return { ok: false, code: 'not-found', detail: request.auditId ?? '' };
      return { ok: true, audit, history: entry.history, autoAudit: entry.autoAudit };
    }

    case 'import-report': {
      const parsed = parseReportText(request.text);
      if (!parsed.ok) {
        const where = parsed.path ? ` (${parsed.path})` : '';
        return { ok: false, code: 'invalid-report', detail: `${parsed.error.vi}${where} / ${parsed.error.en}`.slice(0, 2000) };
      }
      const imported = auditFromReport(parsed.report);
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, imported.origins[0]!);
        const entry = store.portals[key];
        if (!entry)
          // A portal seen for the first time: the imported audit is its current one.
          return {
            store: { ...store, portals: { ...store.portals, [key]: { current: imported, history: [], autoAudit: false } }, lastPortal: key },
            result: { ok: true, audit: imported, history: [], autoAudit: false },
          };
        if (entry.current.id === imported.id || entry.history.some((a) => a.id === imported.id))
          return { store, result: { ok: false, code: 'invalid-report', detail: `Cuộc kiểm tra này đã có trong lịch sử / This audit is already stored (${imported.id})` } };
        const history = [imported, ...entry.history].slice(0, HISTORY_CAP);
        return {
          store: { ...store, portals: { ...store.portals, [key]: { ...entry, history } }, lastPortal: key },
          result: { ok: true, audit: entry.current, history, autoAudit: entry.autoAudit },
        };
      });
    }

    case 'restore-audit':
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, request.portal);
        const entry = store.portals[key];
        const chosen = entry?.history.find((a) => a.id === request.auditId);
        if (!entry || !chosen) return { store, result: notFound(request.auditId) };
        const history = [entry.current, ...entry.history.filter((a) => a.id !== chosen.id)].slice(0, HISTORY_CAP);
        return {
          store: { ...store, portals: { ...store.portals, [key]: { ...entry, current: chosen, history } }, lastPortal: key },
          result: { ok: true, audit: chosen, history, autoAudit: entry.autoAudit },
        };
      });

    case 'delete-audit':
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, request.portal);
        const entry = store.portals[key];
        if (!entry?.history.some((a) => a.id === request.auditId)) return { store, result: notFound(request.auditId) };
        const history = entry.history.filter((a) => a.id !== request.auditId);
        return {
          store: { ...store, portals: { ...store.portals, [key]: { ...entry, history } } },
          result: { ok: true, audit: entry.current, history, autoAudit: entry.autoAudit },
        };
      });

    case 'set-auto-audit':
      return updateAuditStore<ResponseIn>((store): Change => {
        const key = portalKeyOf(store, request.portal);
        const entry = store.portals[key];
        if (!entry) return { store, result: notFound(request.portal) };
        return {
          store: { ...store, portals: { ...store.portals, [key]: { ...entry, autoAudit: request.enabled } } },
          result: { ok: true, audit: entry.current, history: entry.history, autoAudit: request.enabled },
        };
      });
  }
}
