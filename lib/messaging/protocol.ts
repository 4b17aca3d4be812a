import * as z from 'zod/mini';
import { LocalizedSchema, PortalAuditSchema } from '../audit/model';
import { ImageDataUrlSchema, ReportSchema } from '../report/schema';

/**
 * The one channel between the extension's pages (popup, workspace, report)
 * and its background. Every request type has its own response type;
 * requests and responses are validated on both sides, so a stale page
 * talking to a newer background gets a clear error, never undefined. Every
 * change to an audit goes through the background, which stores it before
 * answering, so closing a page mid-action loses nothing.
 *
 * A change to an audit names the portal and the audit the page shows
 * (`auditId`): the background refuses it (`stale`) when that is no longer
 * the portal's current audit, so nothing is ever changed on an audit other
 * than the one the inspector was looking at.
 */
const key = z.string().check(z.maxLength(400));
const criterionId = z.string().check(z.maxLength(20));
const auditId = z.string().check(z.maxLength(100));
const tabId = z.int().check(z.nonnegative());
const url = z.string().check(z.maxLength(4000));

/** A screenshot the page took of the visible tab, sent with an attestation. */
export const NewScreenshotSchema = z.object({
  dataUrl: ImageDataUrlSchema,
  pageUrl: url,
  width: z.int().check(z.positive(), z.maximum(4000)),
  height: z.int().check(z.positive(), z.maximum(4000)),
});
export type NewScreenshot = z.infer<typeof NewScreenshotSchema>;

export const REQUESTS = {
  /** Audit the page shown in `tabId` and add it to its portal's audit. */
  'audit-tab': z.object({ type: z.literal('audit-tab'), tabId }),
  /** The current audit of a portal (by any of its origins), or of the one audited last. */
  'get-audit': z.object({ type: z.literal('get-audit'), origin: z.nullable(key) }),
  /** Every stored portal, with its score and when it was last audited. */
  'list-portals': z.object({ type: z.literal('list-portals') }),
  attest: z.object({
    type: z.literal('attest'),
    portal: key,
    auditId,
    criterionId,
    state: z.enum(['met', 'not_met', 'not_applicable']),
    note: z.string().check(z.maxLength(4000)),
    author: z.optional(z.string().check(z.maxLength(200))),
    screenshot: z.optional(NewScreenshotSchema),
  }),
  withdraw: z.object({ type: z.literal('withdraw'), portal: key, auditId, criterionId }),
  'remove-page': z.object({ type: z.literal('remove-page'), portal: key, auditId, url }),
  'link-origin': z.object({ type: z.literal('link-origin'), portal: key, auditId, origin: key }),
  /** Start over: the current audit goes to the portal's history; manual attestations may be carried over. */
  'new-audit': z.object({ type: z.literal('new-audit'), portal: key, auditId, carryOver: z.boolean() }),
  /** Audit while browsing, for one portal; enabling needs its access granted first. */
  'set-auto-audit': z.object({ type: z.literal('set-auto-audit'), portal: key, enabled: z.boolean() }),
  /** Outline evidence on the page in a tab (pageUrl: the page the evidence is from). */
  highlight: z.object({
    type: z.literal('highlight'),
    tabId,
    pageUrl: z.nullable(url),
    scroll: z.boolean(),
    items: z.array(z.object({ selector: z.string().check(z.maxLength(600)), label: z.string().check(z.maxLength(100)) })).check(z.maxLength(500)),
  }),
  'clear-highlight': z.object({ type: z.literal('clear-highlight'), tabId }),
  /** One audit of a portal (the current one when auditId is null), as a report; `images`: with its screenshots (exports). */
  'get-report': z.object({ type: z.literal('get-report'), portal: key, auditId: z.nullable(auditId), images: z.optional(z.boolean()) }),
  /** Import an exported JSON report into its portal's history (or as its audit, for a portal seen first). */
  'import-report': z.object({ type: z.literal('import-report'), text: z.string().check(z.maxLength(25 * 1024 * 1024)) }),
  /** Continue an audit from the history: it becomes current, the current one (`currentAuditId`, as shown) goes to history. */
  'restore-audit': z.object({ type: z.literal('restore-audit'), portal: key, auditId, currentAuditId: auditId }),
  /** Delete an audit from the portal's history (the current one is never deleted this way). */
  'delete-audit': z.object({ type: z.literal('delete-audit'), portal: key, auditId }),
  /** The image of an attestation's screenshot. */
  'get-screenshot': z.object({ type: z.literal('get-screenshot'), id: z.string().check(z.maxLength(100)) }),
} as const;

export type RequestType = keyof typeof REQUESTS;
export const RequestSchema = z.discriminatedUnion('type', Object.values(REQUESTS) as unknown as [(typeof REQUESTS)[RequestType], ...(typeof REQUESTS)[RequestType][]]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestOf<K extends RequestType> = z.infer<(typeof REQUESTS)[K]>;

/** Why a request failed; the UI turns the code into a sentence in its language. */
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
  /** An imported file is not a valid report; `message` says what is wrong. */
  'invalid-report',
  /** The audit the page showed is no longer the portal's current one: nothing was changed. */
  'stale',
  /** The attestation rules refuse it; `message` says why. */
  'refused',
  /** Screenshots would exceed what the extension keeps; nothing was stored. */
  'screenshot-budget',
  /** Extension storage is full: nothing was changed. */
  'storage-full',
  'unknown',
]);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

export const FailureSchema = z.object({
  ok: z.literal(false),
  code: FailureCodeSchema,
  detail: z.string().check(z.maxLength(2000)),
  /** A sentence in both languages, when the background has one; the UI shows its own language only. */
  message: z.optional(LocalizedSchema),
});
export type Failure = z.infer<typeof FailureSchema>;

/** An earlier audit of a portal, as lists show it (the audit itself stays in the background). */
export const HistoryEntrySchema = z.object({
  id: auditId,
  createdAt: z.string(),
  /** When its last page was audited (createdAt when it has none). */
  lastAuditedAt: z.string(),
  pages: z.array(url),
  score: z.object({ met: z.int().check(z.nonnegative()), total: z.int().check(z.nonnegative()), formatted: LocalizedSchema }),
  /** How many criteria the inspector attested in it. */
  attestations: z.int().check(z.nonnegative()),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A portal's current audit: the audit, the report made of it, its history. */
export const AuditResponseSchema = z.object({
  ok: z.literal(true),
  audit: z.nullable(PortalAuditSchema),
  /** The audit as the UI shows it: scored, merged, with titles, citations and help (made by the background). */
  report: z.nullable(ReportSchema),
  /** Earlier audits of the same portal, newest first. */
  history: z.array(HistoryEntrySchema),
  autoAudit: z.boolean(),
});
export type AuditResponse = z.infer<typeof AuditResponseSchema>;

export const PortalSummarySchema = z.object({
  key,
  origins: z.array(key),
  pages: z.int().check(z.nonnegative()),
  createdAt: z.string(),
  lastAuditedAt: z.string(),
  score: z.object({ met: z.int().check(z.nonnegative()), total: z.int().check(z.nonnegative()), formatted: LocalizedSchema }),
  autoAudit: z.boolean(),
  history: z.int().check(z.nonnegative()),
});
export type PortalSummary = z.infer<typeof PortalSummarySchema>;

export const HighlightResultSchema = z.object({
  /** Elements outlined on the page. */
  shown: z.int().check(z.nonnegative()),
  /** Elements that are there but have no box to outline (in <head>, hidden): their markup, as text. */
  hidden: z.array(z.object({ selector: z.string().check(z.maxLength(600)), label: z.string().check(z.maxLength(100)), markup: z.string().check(z.maxLength(600)) })).check(z.maxLength(500)),
  /** Selectors whose element is no longer on the page. */
  missing: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(500)),
  /** Labels left out: every place for them would cover another label or the page's text. */
  unlabelled: z.int().check(z.nonnegative()),
});
export type HighlightResult = z.infer<typeof HighlightResultSchema>;

export const RESPONSES = {
  'audit-tab': AuditResponseSchema,
  'get-audit': AuditResponseSchema,
  'list-portals': z.object({ ok: z.literal(true), portals: z.array(PortalSummarySchema) }),
  attest: AuditResponseSchema,
  withdraw: AuditResponseSchema,
  'remove-page': AuditResponseSchema,
  'link-origin': AuditResponseSchema,
  'new-audit': AuditResponseSchema,
  'set-auto-audit': AuditResponseSchema,
  highlight: z.object({ ok: z.literal(true), highlight: HighlightResultSchema }),
  'clear-highlight': z.object({ ok: z.literal(true), highlight: HighlightResultSchema }),
  'get-report': AuditResponseSchema,
  'import-report': z.extend(AuditResponseSchema, {
    /** Where the imported audit went: it is the portal's current audit, or joined its history. */
    imported: z.object({ portal: key, auditId, asCurrent: z.boolean() }),
  }),
  'restore-audit': AuditResponseSchema,
  'delete-audit': AuditResponseSchema,
  'get-screenshot': z.object({ ok: z.literal(true), dataUrl: ImageDataUrlSchema }),
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<K extends RequestType> = z.infer<(typeof RESPONSES)[K]> | Failure;
export type ResponseInOf<K extends RequestType> = z.input<(typeof RESPONSES)[K]> | Failure;

/** The answer to a request of type `type`: its own response, or a failure. */
export function responseSchemaOf<K extends RequestType>(type: K): z.ZodMiniType<ResponseOf<K>> {
  return z.union([RESPONSES[type], FailureSchema]) as unknown as z.ZodMiniType<ResponseOf<K>>;
}
