import { attest, carriedOver, withdraw } from '../audit/attest';
import { mergeFindings } from '../audit/merge';
import type { PortalAudit, ScreenshotRef } from '../audit/model';
import { newPortalAudit, withOrigin, withoutPage } from '../audit/portal';
import { judge } from '../audit/judge';
import { bothLocales, formatFraction, formatLevel, formatPoints } from '../audit/score';
import { anyCriterionById, criterionById, profileById, requireProfile, type Profile } from '../criteria';
import type { Locale } from '../i18n/strings';
import type { Failure, HistoryEntry, RequestOf, RequestType, ResponseInOf } from '../messaging/protocol';
import { buildReport } from '../report/build';
import { auditFromReport, parseReportText } from '../report/import';
import { auditTab } from './audit-tab';
import { highlightInTab } from './highlight';
import { accessPlan, mayAuditWhileBrowsing } from './permissions';
import { pruneScreenshots, saveScreenshot, screenshotData } from './screenshots';
import { portalKeyOf, readAuditStore, updateAuditStore, updatePortal, type AuditStore, type PortalEntry } from './store';

/**
 * The background's request handling: one handler per request type, each
 * answering with that request's own response type. Every change to a
 * portal goes through `updatePortal` (find it, change it, store it), and
 * every change to an audit names the audit the page showed: a change for
 * another audit is refused as stale, never applied to whatever is current.
 */

/**
 * History kept per portal; older audits beyond it are dropped, oldest first.
 * A 50-page audit takes about 0.5 MB, so ten of them stay well inside the
 * browser's 10 MB storage quota.
 */
export const HISTORY_CAP = 10;

export interface HandlerContext {
  toolVersion: string;
  /** Language of the report's free-text note column. */
  locale: Locale;
  /**
   * The checklist audits are shown against (the inspector's choice): any
   * audit is judged by it, whichever checklist it was started with. Absent
   * or unknown: the audit's own.
   */
  profile?: string;
}

type Handler<K extends RequestType> = (request: RequestOf<K>, ctx: HandlerContext) => Promise<ResponseInOf<K>>;

const failure = (code: Failure['code'], detail: string, message?: Failure['message']): Failure => ({ ok: false, code, detail, ...(message ? { message } : {}) });
const notFound = (what: string) => failure('not-found', what);
const stale = (portal: string) =>
  failure('stale', portal, {
    vi: 'Cuộc kiểm tra đang xem không còn là cuộc kiểm tra hiện tại của cổng này (đã bắt đầu lại, tiếp tục hay nhập ở nơi khác). Không có gì bị thay đổi; bảng đã được tải lại.',
    en: 'The audit shown is no longer this portal’s current audit (it was started over, continued or imported elsewhere). Nothing was changed; the view has been reloaded.',
  });

/** The checklist an audit was started with (an unknown one fails with a clear error). */
const profileOf = (audit: PortalAudit): Profile => requireProfile(audit.checklist.id);

/** The checklist an audit is shown against: the inspector's choice, else its own. */
const shownAs = (audit: PortalAudit, ctx?: Pick<HandlerContext, 'profile'>): Profile => (ctx?.profile ? profileById(ctx.profile) : undefined) ?? profileOf(audit);

/** A criterion an attestation may be about: of the audit's checklist or of any other (the same findings judge both). */
const criterionOf = (audit: PortalAudit, id: string) => criterionById(profileOf(audit), id) ?? anyCriterionById(id);

/** An audit as lists show it: dates, pages, score (points and level for a checklist scored by points). */
export function historyEntry(audit: PortalAudit, ctx?: Pick<HandlerContext, 'profile'>): HistoryEntry {
  const { score: s, points: p } = judge(audit, shownAs(audit, ctx));
  const formatted = p
    ? bothLocales((l) => `${formatPoints(p, l)} · ${formatLevel(p, l)}`)
    : { vi: formatFraction(s, 'vi'), en: formatFraction(s, 'en') };
  return {
    id: audit.id,
    createdAt: audit.createdAt,
    lastAuditedAt: audit.pages.map((p) => p.auditedAt).sort().at(-1) ?? audit.createdAt,
    pages: audit.pages.map((p) => p.url),
    score: { met: s.met, total: s.total, formatted },
    attestations: Object.keys(audit.attestations).length,
  };
}

/** The answer about a portal: one of its audits (the current one by default) as a report, and its history. */
async function auditResponse(entry: PortalEntry | undefined, ctx: HandlerContext, options: { audit?: PortalAudit; images?: boolean } = {}): Promise<ResponseInOf<'get-audit'>> {
  const audit = options.audit ?? entry?.current ?? null;
  if (!audit) return { ok: true, audit: null, report: null, history: [], autoAudit: false };
  const images = new Map<string, string>();
  if (options.images)
    for (const a of Object.values(audit.attestations))
      if (a.screenshot) {
        const data = await screenshotData(a.screenshot.id);
        if (data) images.set(a.screenshot.id, data);
      }
  const report = buildReport(audit, { profile: shownAs(audit, ctx), toolVersion: ctx.toolVersion, locale: ctx.locale, screenshot: (id) => images.get(id) });
  return { ok: true, audit, report, history: (entry?.history ?? []).map((a) => historyEntry(a, ctx)), autoAudit: entry?.autoAudit ?? false };
}

/**
 * Change the current audit of a portal, if it is still the one the page
 * showed (`auditId`): the shared path of attest, withdraw, remove-page…
 */
async function changeCurrent(
  portal: string,
  auditId: string,
  ctx: HandlerContext,
  change: (audit: PortalAudit, entry: PortalEntry) => PortalAudit | Failure,
): Promise<ResponseInOf<'get-audit'> | Failure> {
  const changed = await updatePortal<PortalEntry | Failure>(
    portal,
    (entry) => {
      if (entry.current.id !== auditId) return { result: stale(portal) };
      const next = change(entry.current, entry);
      if ('ok' in next) return { result: next };
      const updated = { ...entry, current: next };
      return { entry: updated, result: updated };
    },
    () => notFound(portal),
  );
  return 'ok' in changed ? changed : auditResponse(changed, ctx);
}

async function withPruning<T>(result: Promise<T>): Promise<T> {
  const r = await result;
  await pruneScreenshots(await readAuditStore());
  return r;
}

const HANDLERS: { [K in RequestType]: Handler<K> } = {
  'audit-tab': async (r, ctx) => {
    const result = await auditTab(r.tabId);
    if (!result.ok) return result;
    return auditResponse((await readAuditStore()).portals[result.portal], ctx);
  },

  'get-audit': async (r, ctx) => {
    const store = await readAuditStore();
    const key = r.origin ? portalKeyOf(store, r.origin) : store.lastPortal;
    return auditResponse(key ? store.portals[key] : undefined, ctx);
  },

  'list-portals': async (_r, ctx) => {
    const store = await readAuditStore();
    return {
      ok: true,
      portals: Object.entries(store.portals).map(([key, e]) => {
        const h = historyEntry(e.current, ctx);
        return {
          key,
          origins: e.current.origins,
          pages: e.current.pages.length,
          createdAt: e.current.createdAt,
          lastAuditedAt: h.lastAuditedAt,
          score: h.score,
          autoAudit: e.autoAudit,
          history: e.history.length,
        };
      }),
    };
  },

  attest: async (r, ctx) => {
    const store = await readAuditStore();
    const entry = store.portals[portalKeyOf(store, r.portal)];
    if (!entry) return notFound(r.portal);
    if (entry.current.id !== r.auditId) return stale(r.portal);
    const criterion = criterionOf(entry.current, r.criterionId);
    if (!criterion) return failure('invalid', `unknown criterion ${r.criterionId}`);
    // The rules first, so a refused attestation stores no screenshot.
    const automatic = mergeFindings([criterion], entry.current.pages)[0]!.automaticState;
    const check = attest(entry.current, criterion, automatic, { state: r.state, note: r.note });
    if (!check.ok) return failure('refused', check.code, check.reason);
    let screenshot: ScreenshotRef | undefined;
    if (r.screenshot) {
      const saved = await saveScreenshot(r.screenshot, r.auditId);
      if (!saved.ok) return failure('screenshot-budget', saved.reason);
      screenshot = saved.ref;
    }
    return withPruning(
      changeCurrent(r.portal, r.auditId, ctx, (audit) => {
        const current = mergeFindings([criterion], audit.pages)[0]!.automaticState;
        const input = { state: r.state, note: r.note, ...(r.author ? { author: r.author } : {}), ...(screenshot ? { screenshot } : {}) };
        const result = attest(audit, criterion, current, input);
        return result.ok ? result.audit : failure('refused', result.code, result.reason);
      }),
    );
  },

  withdraw: (r, ctx) => withPruning(changeCurrent(r.portal, r.auditId, ctx, (audit) => withdraw(audit, r.criterionId))),

  'remove-page': (r, ctx) => changeCurrent(r.portal, r.auditId, ctx, (audit) => withoutPage(audit, r.url)),

  'link-origin': async (r, ctx) => {
    let origin: string;
    try {
      origin = new URL(r.origin).origin;
    } catch {
      origin = 'null';
    }
    if (origin === 'null')
      return failure('invalid', r.origin, { vi: `Không phải địa chỉ trang web: ${r.origin}`, en: `Not a web address: ${r.origin}` });
    const changed = await updatePortal<PortalEntry | Failure>(
      r.portal,
      (entry, key, store) => {
        if (entry.current.id !== r.auditId) return { result: stale(r.portal) };
        if (store.portals[origin] && origin !== key)
          return { result: failure('invalid', origin, { vi: `${origin} đã có cuộc kiểm tra riêng.`, en: `${origin} has an audit of its own.` }) };
        const updated = { ...entry, current: withOrigin(entry.current, origin) };
        return {
          entry: updated,
          result: updated,
          store: origin === key ? store : { ...store, originLinks: { ...store.originLinks, [origin]: key } },
        };
      },
      () => notFound(r.portal),
    );
    return 'ok' in changed ? changed : auditResponse(changed, ctx);
  },

  'new-audit': async (r, ctx) => {
    const changed = await updatePortal<PortalEntry | Failure>(
      r.portal,
      (entry, key) => {
        if (entry.current.id !== r.auditId) return { result: stale(r.portal) };
        const profile = profileOf(entry.current);
        const fresh: PortalAudit = {
          ...newPortalAudit(key, profile),
          origins: entry.current.origins,
          attestations: r.carryOver ? carriedOver(entry.current, (id) => (criterionById(profile, id) ?? anyCriterionById(id))?.method) : {},
        };
        const updated = { ...entry, current: fresh, history: [entry.current, ...entry.history].slice(0, HISTORY_CAP) };
        return { entry: updated, result: updated };
      },
      () => notFound(r.portal),
    );
    if ('ok' in changed) return changed;
    await pruneScreenshots(await readAuditStore());
    return auditResponse(changed, ctx);
  },

  'set-auto-audit': async (r, ctx) => {
    const store = await readAuditStore();
    const entry = store.portals[portalKeyOf(store, r.portal)];
    if (!entry) return notFound(r.portal);
    if (r.enabled) {
      // Only with the access the browser granted for the portal's own hosts.
      const plan = accessPlan(entry.current.origins);
      if (plan.patterns.length === 0)
        return failure('permission', r.portal, {
          vi: 'Chỉ tự động kiểm tra được các cổng có địa chỉ .gov.vn.',
          en: 'Auditing while browsing is only available for portals under .gov.vn.',
        });
      const granted = await Promise.all(entry.current.origins.map((o) => mayAuditWhileBrowsing(o)));
      if (!granted.some(Boolean))
        return failure('permission', r.portal, {
          vi: 'Trình duyệt chưa cấp quyền đọc các trang của cổng này.',
          en: 'The browser has not granted access to this portal’s pages.',
        });
    }
    const changed = await updatePortal<PortalEntry | Failure>(r.portal, (e) => {
      const updated = { ...e, autoAudit: r.enabled };
      return { entry: updated, result: updated };
    }, () => notFound(r.portal));
    return 'ok' in changed ? changed : auditResponse(changed, ctx);
  },

  highlight: (r) => highlightInTab(r.tabId, { action: 'show', items: r.items, scroll: r.scroll }, r.pageUrl),

  'clear-highlight': (r) => highlightInTab(r.tabId, { action: 'clear' }, null),

  'get-report': async (r, ctx) => {
    const store = await readAuditStore();
    const entry = store.portals[portalKeyOf(store, r.portal)];
    if (!entry) return notFound(r.portal);
    const audit = r.auditId === null ? entry.current : [entry.current, ...entry.history].find((a) => a.id === r.auditId);
    if (!audit) return notFound(r.auditId ?? '');
    return auditResponse(entry, ctx, { audit, images: r.images ?? false });
  },

  'import-report': async (r, ctx) => {
    const parsed = parseReportText(r.text);
    if (!parsed.ok) return failure('invalid-report', `${parsed.error.en}${parsed.path ? ` (${parsed.path})` : ''}`.slice(0, 2000), parsed.error);
    let imported = auditFromReport(parsed.report);
    // The screenshots the report carries are kept like the inspector's own, within the budget.
    const attestations = { ...imported.attestations };
    for (const c of parsed.report.criteria) {
      const shot = c.attestation?.screenshot;
      const a = attestations[c.id];
      if (!shot || !a) continue;
      const saved = shot.dataUrl ? await saveScreenshot({ ...shot, dataUrl: shot.dataUrl }, imported.id, new Date(Date.parse(shot.capturedAt) || Date.now())) : null;
      const { screenshot: _ref, ...rest } = a;
      attestations[c.id] = saved?.ok ? { ...rest, screenshot: { ...saved.ref, capturedAt: shot.capturedAt } } : rest;
    }
    imported = { ...imported, attestations };
    const result = await updateAuditStore<{ entry: PortalEntry; key: string; asCurrent: boolean } | Failure>((store: AuditStore) => {
      const key = portalKeyOf(store, imported.origins[0]!);
      const entry = store.portals[key];
      if (!entry) {
        // A portal seen for the first time: the imported audit is its current one.
        const created = { current: imported, history: [], autoAudit: false };
        return { store: { ...store, portals: { ...store.portals, [key]: created }, lastPortal: key }, result: { entry: created, key, asCurrent: true } };
      }
      if (entry.current.id === imported.id || entry.history.some((a) => a.id === imported.id))
        return {
          store,
          result: failure('invalid-report', `already stored: ${imported.id}`, {
            vi: `Cuộc kiểm tra này đã có trong lịch sử của cổng (${imported.id}).`,
            en: `This audit is already stored for the portal (${imported.id}).`,
          }),
        };
      const updated = { ...entry, history: [imported, ...entry.history].slice(0, HISTORY_CAP) };
      return { store: { ...store, portals: { ...store.portals, [key]: updated }, lastPortal: key }, result: { entry: updated, key, asCurrent: false } };
    });
    await pruneScreenshots(await readAuditStore());
    if ('ok' in result) return result;
    const response = await auditResponse(result.entry, ctx);
    if (!response.ok) return response;
    return { ...response, imported: { portal: result.key, auditId: imported.id, asCurrent: result.asCurrent } };
  },

  'restore-audit': async (r, ctx) => {
    const changed = await updatePortal<PortalEntry | Failure>(
      r.portal,
      (entry) => {
        if (entry.current.id !== r.currentAuditId) return { result: stale(r.portal) };
        const chosen = entry.history.find((a) => a.id === r.auditId);
        if (!chosen) return { result: notFound(r.auditId) };
        const history = [entry.current, ...entry.history.filter((a) => a.id !== chosen.id)].slice(0, HISTORY_CAP);
        const updated = { ...entry, current: chosen, history };
        return { entry: updated, result: updated };
      },
      () => notFound(r.portal),
    );
    return 'ok' in changed ? changed : auditResponse(changed, ctx);
  },

  'delete-audit': async (r, ctx) => {
    const changed = await updatePortal<PortalEntry | Failure>(
      r.portal,
      (entry) => {
        if (!entry.history.some((a) => a.id === r.auditId)) return { result: notFound(r.auditId) };
        const updated = { ...entry, history: entry.history.filter((a) => a.id !== r.auditId) };
        return { entry: updated, result: updated };
      },
      () => notFound(r.portal),
    );
    if ('ok' in changed) return changed;
    await pruneScreenshots(await readAuditStore());
    return auditResponse(changed, ctx);
  },

  'get-screenshot': async (r) => {
    const dataUrl = await screenshotData(r.id);
    return dataUrl ? { ok: true, dataUrl } : notFound(r.id);
  },
};

/** Answer a (validated) request with its handler. */
export function handleRequest<K extends RequestType>(request: RequestOf<K>, ctx: HandlerContext): Promise<ResponseInOf<K>> {
  return (HANDLERS[request.type as K] as Handler<K>)(request, ctx);
}
