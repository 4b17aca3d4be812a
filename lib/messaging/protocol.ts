import * as z from 'zod/mini';
import { PortalAuditSchema } from '../audit/model';
import { ReportSchema } from '../report/schema';

/**
 * The one channel between the extension's pages (popup, workspace) and its
 * background. Requests and responses are validated on both sides: a stale
 * page talking to a newer background gets a clear error, never undefined.
 * Every change to an audit goes through the background, which stores it
 * before answering, so closing a page mid-action loses nothing.
 */
const key = z.string().check(z.maxLength(400));
const criterionId = z.string().check(z.maxLength(20));

export const RequestSchema = z.discriminatedUnion('type', [
  /** Audit the page shown in `tabId` and add it to its portal's audit. */
  z.object({ type: z.literal('audit-tab'), tabId: z.int().check(z.nonnegative()) }),
  /** The current audit of a portal (by any of its origins), or of the one audited last. */
  z.object({ type: z.literal('get-audit'), origin: z.nullable(key) }),
  z.object({ type: z.literal('list-portals') }),
  z.object({
    type: z.literal('attest'),
    portal: key,
    criterionId,
    state: z.enum(['met', 'not_met', 'not_applicable']),
    note: z.string().check(z.maxLength(4000)),
    author: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.object({ type: z.literal('withdraw'), portal: key, criterionId }),
  z.object({ type: z.literal('remove-page'), portal: key, url: z.string().check(z.maxLength(4000)) }),
  z.object({ type: z.literal('link-origin'), portal: key, origin: key }),
  /** Start over: the current audit goes to the portal's history. */
  z.object({ type: z.literal('new-audit'), portal: key }),
  z.object({ type: z.literal('set-auto-audit'), portal: key, enabled: z.boolean() }),
  /** Outline evidence on the page in a tab (pageUrl: the page the evidence is from). */
  z.object({
    type: z.literal('highlight'),
    tabId: z.int().check(z.nonnegative()),
    pageUrl: z.nullable(z.string().check(z.maxLength(4000))),
    scroll: z.boolean(),
    items: z
      .array(z.object({ selector: z.string().check(z.maxLength(600)), label: z.string().check(z.maxLength(100)) }))
      .check(z.maxLength(500)),
  }),
  z.object({ type: z.literal('clear-highlight'), tabId: z.int().check(z.nonnegative()) }),
  /** One audit of a portal (the current one when auditId is null), as a report. */
  z.object({ type: z.literal('get-report'), portal: key, auditId: z.nullable(z.string().check(z.maxLength(100))) }),
  /** Import an exported JSON report: it joins its portal's history; nothing else changes. */
  z.object({ type: z.literal('import-report'), text: z.string().check(z.maxLength(25 * 1024 * 1024)) }),
  /** Continue an audit from the history: it becomes current, the current one goes to history. */
  z.object({ type: z.literal('restore-audit'), portal: key, auditId: z.string().check(z.maxLength(100)) }),
  /** Delete an audit from the portal's history (the current one is never deleted this way). */
  z.object({ type: z.literal('delete-audit'), portal: key, auditId: z.string().check(z.maxLength(100)) }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Why a request failed; the UI turns the code into a sentence. */
export const FailureCodeSchema = z.enum([
  'restricted',
  'not-html',
  'no-tab',
  'permission',
  'file',
  'invalid-snapshot',
  'not-found',
  'invalid',
  /** The evidence is from another page than the one the tab shows. */
  'other-page',
  /** An imported file is not a valid report; detail says what is wrong. */
  'invalid-report',
  /** Extension storage is full: nothing was changed. */
  'storage-full',
  'unknown',
]);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

export const PortalSummarySchema = z.object({
  key,
  origins: z.array(key),
  pages: z.int().check(z.nonnegative()),
  createdAt: z.string(),
  autoAudit: z.boolean(),
  history: z.int().check(z.nonnegative()),
});
export type PortalSummary = z.infer<typeof PortalSummarySchema>;

export const ResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    audit: z._default(z.nullable(PortalAuditSchema), null),
    /** The audit as the UI shows it: scored, merged, with titles (made by the background). */
    report: z._default(z.nullable(ReportSchema), null),
    /** Earlier audits of the same portal, newest first. */
    history: z._default(z.array(PortalAuditSchema), []),
    autoAudit: z._default(z.boolean(), false),
    portals: z._default(z.array(PortalSummarySchema), []),
    /** After a highlight: how many elements are outlined, which are gone from the page. */
    highlight: z._default(z.nullable(z.object({ shown: z.int().check(z.nonnegative()), missing: z.array(z.string()) })), null),
  }),
  z.object({ ok: z.literal(false), code: FailureCodeSchema, detail: z.string().check(z.maxLength(2000)) }),
]);
export type Response = z.infer<typeof ResponseSchema>;
export type ResponseIn = z.input<typeof ResponseSchema>;
