import * as z from 'zod/mini';
import { PAGE_TYPES, STATES } from '../criteria/types';

/**
 * The audit of a portal as stored and exchanged: the pages audited with
 * their findings, and the inspector's attestations. Everything a UI shows
 * (the merged state of each criterion, the score) is derived from this.
 */

export const StateSchema = z.enum(STATES);
export const LocalizedSchema = z.object({ vi: z.string().check(z.maxLength(2000)), en: z.string().check(z.maxLength(2000)) });

export const EvidenceSchema = z.object({
  pageUrl: z.string().check(z.maxLength(4000)),
  selector: z.string().check(z.maxLength(600)),
  text: z.string().check(z.maxLength(400)),
});

export const PageFindingSchema = z.object({
  state: StateSchema,
  evidence: z.array(EvidenceSchema).check(z.maxLength(20)),
  message: z.optional(LocalizedSchema),
});

export const PageTypeSchema = z.enum(PAGE_TYPES);

/** A platform or integration recognised on the page (lib/criteria/platforms.ts). */
export const PlatformSchema = z.object({
  id: z.string().check(z.maxLength(60)),
  name: z.string().check(z.maxLength(100)),
  category: z.enum(['platform', 'integration', 'identity', 'signing', 'monitoring']),
  confidence: z.int().check(z.minimum(0), z.maximum(100)),
});

/** Why a page's findings are limited: `app-shell` (its content is built by script). */
export const PAGE_WARNINGS = ['app-shell'] as const;
export const PageWarningSchema = z.enum(PAGE_WARNINGS);

/** How a page was read: in a real browser with its scripts run, or from its markup alone. */
export const RenderingSchema = z.enum(['browser', 'static']);
export type Rendering = z.infer<typeof RenderingSchema>;

export const PageAuditSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(400)),
  auditedAt: z.string(),
  /** Lists the page snapshot had to cut (a huge page): findings may be incomplete. */
  truncated: z.array(z.string()),
  /** What kind of page it is (absent in audits stored before page types). */
  pageType: z.optional(PageTypeSchema),
  /** Platforms and integrations recognised on it (absent in older audits). */
  platforms: z.optional(z.array(PlatformSchema).check(z.maxLength(20))),
  /** Why its findings are limited (absent in older audits). */
  warnings: z.optional(z.array(PageWarningSchema).check(z.maxLength(10))),
  findings: z.record(z.string(), PageFindingSchema),
  rendering: z.optional(RenderingSchema),
});

/**
 * A screenshot of the visible tab, kept as evidence of an attestation. The
 * image itself is stored apart (lib/extension/screenshots.ts) and goes into
 * exported reports; the audit keeps this reference.
 */
export const ScreenshotRefSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  /** The page the tab showed when it was taken. */
  pageUrl: z.string().check(z.maxLength(4000)),
  capturedAt: z.string().check(z.maxLength(40)),
  width: z.int().check(z.positive(), z.maximum(4000)),
  height: z.int().check(z.positive(), z.maximum(4000)),
  bytes: z.int().check(z.positive()),
});

export const AttestationSchema = z.object({
  /** met / not_met / not_applicable: the inspector's verdict. */
  state: z.enum(['met', 'not_met', 'not_applicable']),
  note: z.string().check(z.maxLength(4000)),
  author: z.optional(z.string().check(z.maxLength(200))),
  /** When the inspector attested it (kept when it is carried over to a later audit). */
  at: z.string(),
  /** Carried over from an earlier audit of the portal (a back-end fact): which one, and when. */
  carriedOver: z.optional(z.object({ fromAuditId: z.string().check(z.maxLength(100)), at: z.string().check(z.maxLength(40)) })),
  screenshot: z.optional(ScreenshotRefSchema),
});

export const PortalAuditSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  /** Origins of this portal, first is the main one. */
  origins: z.array(z.string().check(z.maxLength(400))).check(z.minLength(1)),
  checklist: z.object({ id: z.string(), version: z.int() }),
  createdAt: z.string(),
  pages: z.array(PageAuditSchema),
  attestations: z.record(z.string(), AttestationSchema),
});

export type PageFinding = z.infer<typeof PageFindingSchema>;
export type PageAudit = z.infer<typeof PageAuditSchema>;
export type PagePlatform = z.infer<typeof PlatformSchema>;
export type PageWarning = z.infer<typeof PageWarningSchema>;
export type Attestation = z.infer<typeof AttestationSchema>;
export type ScreenshotRef = z.infer<typeof ScreenshotRefSchema>;
export type PortalAudit = z.infer<typeof PortalAuditSchema>;
