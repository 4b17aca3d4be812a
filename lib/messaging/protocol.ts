import { z } from 'zod';
import { PortalAuditSchema } from '../audit/model';

/**
 * The one channel between the extension's pages (popup, panel) and its
 * background. Requests and responses are validated on both sides: a stale
 * popup talking to a newer background gets a clear error, never undefined.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /** Audit the page shown in `tabId` and add it to its portal's audit. */
  z.object({ type: z.literal('audit-tab'), tabId: z.number().int().nonnegative() }),
  /** The current audit of the portal at `origin`, if any. */
  z.object({ type: z.literal('get-audit'), origin: z.string().max(400) }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Why a page could not be audited; the UI turns the code into a sentence. */
export const FailureCodeSchema = z.enum(['restricted', 'not-html', 'no-tab', 'permission', 'file', 'invalid-snapshot', 'unknown']);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

export const ResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), audit: PortalAuditSchema.nullable() }),
  z.object({ ok: z.literal(false), code: FailureCodeSchema, detail: z.string().max(2000) }),
]);
export type Response = z.infer<typeof ResponseSchema>;
