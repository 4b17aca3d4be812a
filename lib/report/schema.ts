import * as z from 'zod/mini';
import {
  AttestationSchema,
  RenderingSchema,
  EvidenceSchema,
  LocalizedSchema,
  PageFindingSchema,
  PageTypeSchema,
  PageWarningSchema,
  PlatformSchema,
  ScreenshotRefSchema,
  StateSchema,
} from '../audit/model';

/**
 * The exported report: what auditors file and other tools read. Versioned;
 * every field is validated on export and on import. The derived view
 * (score, groups, criteria) sits beside what is needed to rebuild the audit
 * exactly (each page's findings, the attestations).
 *
 * Older versions stay here as they were, so an old report is validated
 * against its own shape before `migrate.ts` brings it to the current one.
 */
export const REPORT_SCHEMA_VERSION = 3;

const FractionSchema = z.object({
  met: z.int().check(z.nonnegative()),
  total: z.int().check(z.positive()),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});

const ChecklistV1Schema = z.object({
  id: z.string().check(z.maxLength(100)),
  version: z.int().check(z.positive()),
  total: z.int().check(z.positive()),
});

const CriterionV1Schema = z.object({
  id: z.string().check(z.maxLength(20)),
  group: z.string().check(z.maxLength(20)),
  method: z.enum(['auto', 'auto*', 'assisted', 'manual']),
  title: LocalizedSchema,
  basis: z.string().check(z.maxLength(1000)),
  state: StateSchema,
  /** Who decided the state: the automatic checks or the inspector. */
  source: z.enum(['automatic', 'inspector']),
  automaticState: StateSchema,
  evidence: z.array(EvidenceSchema),
  /** Why the state is what it is (automatic message or the inspector's note). */
  note: z.nullable(z.string().check(z.maxLength(4000))),
  message: z.nullable(LocalizedSchema),
  attestation: z.nullable(AttestationSchema),
});

const PageV1Schema = z.object({
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(400)),
  auditedAt: z.string(),
  truncated: z.array(z.string()),
  findings: z.record(z.string(), PageFindingSchema),
});

/** Schema version 1 (DVC Inspector 0.1), kept to read old reports. */
export const ReportV1Schema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('DVC Inspector'), version: z.string().check(z.maxLength(50)) }),
  checklist: ChecklistV1Schema,
  generatedAt: z.string(),
  auditId: z.string().check(z.maxLength(100)),
  portal: z.object({
    origin: z.string().check(z.maxLength(400)),
    origins: z.array(z.string().check(z.maxLength(400))).check(z.minLength(1)),
  }),
  pages: z.array(PageV1Schema),
  score: z.extend(FractionSchema, {
    /** As the ministry writes it: "17/83 (20,48%)". */
    formatted: LocalizedSchema,
    counts: z.record(StateSchema, z.int().check(z.nonnegative())),
  }),
  groups: z.array(
    z.extend(FractionSchema, {
      id: z.string().check(z.maxLength(20)),
      title: LocalizedSchema,
    }),
  ),
  criteria: z.array(CriterionV1Schema),
});

/**
 * Schema version 2: a report reads on its own, without the tool — the
 * checklist's title and, for every criterion, how an inspector verifies it.
 */
export const ReportV2Schema = z.extend(ReportV1Schema, {
  schemaVersion: z.literal(2),
  checklist: z.extend(ChecklistV1Schema, { title: LocalizedSchema }),
  criteria: z.array(z.extend(CriterionV1Schema, { howToVerify: LocalizedSchema })),
});

/** A page the crawl could not audit, and why (its kind is machine-readable, its reason for people). */
const CrawlFailureSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  kind: z.string().check(z.maxLength(40)),
  reason: z.string().check(z.maxLength(2000)),
  status: z.optional(z.int()),
});


/** How far the catalogue's authors checked a basis against the text (see lib/criteria/sources.ts). */
export const BasisMarkerSchema = z.enum(['G', 'P', 'K', 'I', 'mention', 'secondary']);

/** One citation of a criterion's legal basis, as a reader finds it: text, where to look it up, how it was checked. */
export const ReferenceSchema = z.object({
  text: LocalizedSchema,
  links: z.array(z.object({ label: z.string().check(z.maxLength(200)), url: z.string().check(z.maxLength(1000)) })).check(z.maxLength(10)),
  markers: z.array(BasisMarkerSchema).check(z.maxLength(6)),
});

/** Why a criterion matters, how to fix it, how to verify it (assisted and manual criteria). */
export const HelpSchema = z.object({
  why: LocalizedSchema,
  fix: LocalizedSchema,
  steps: z.object({
    vi: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
    en: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
  }),
});

/** At most this many characters of image data per screenshot (about 150 KB as a JPEG). */
export const MAX_SCREENSHOT_DATA_URL = 210_000;

/** An image as a data URL: a base64 JPEG, PNG or WebP, nothing else (no SVG, no markup). */
export const ImageDataUrlSchema = z.string().check(z.maxLength(MAX_SCREENSHOT_DATA_URL), z.regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/));

/**
 * A screenshot of an attestation: the reference and, in exported reports,
 * the image itself (the tool's own views fetch it when shown).
 */
export const ScreenshotSchema = z.extend(ScreenshotRefSchema, { dataUrl: z.optional(ImageDataUrlSchema) });

const CriterionV2Schema = z.extend(CriterionV1Schema, { howToVerify: LocalizedSchema });

const CriterionV3Schema = z.extend(CriterionV2Schema, {
  /** How the pages' findings combine: `any` page showing it meets it; `every` page must (one failing page fails it). */
  combine: z.optional(z.enum(['any', 'every'])),
  references: z.array(ReferenceSchema).check(z.maxLength(20)),
  help: z.nullable(HelpSchema),
  attestation: z.nullable(z.extend(AttestationSchema, { screenshot: z.optional(ScreenshotSchema) })),
});

/**
 * Schema version 3: what each page is and runs on, and why its findings may
 * be limited — its page type (null when the audit predates page types), the
 * platforms and integrations recognised on it, and warnings with their words
 * (an application shell); the portal's platforms in the envelope. How each
 * page was read (`rendering`: in a real browser with its scripts run, or
 * from its markup alone; absent in reports from before it was recorded),
 * and, for a crawl, what it set out to do and the pages it could not audit
 * or was not allowed to.
 * Every criterion's legal basis as citations a reader can find, and help
 * (why it matters, how to fix, how to verify); attestations may carry a
 * screenshot and say they were carried over from an earlier audit; the
 * time zone dates are shown in.
 */
export const ReportV3Schema = z.extend(ReportV2Schema, {
  schemaVersion: z.literal(3),
  portal: z.extend(ReportV2Schema.shape.portal, {
    platforms: z.array(PlatformSchema).check(z.maxLength(20)),
  }),
  pages: z.array(
    z.extend(PageV1Schema, {
      pageType: z.nullable(PageTypeSchema),
      platforms: z.array(PlatformSchema).check(z.maxLength(20)),
      warnings: z.array(z.object({ id: PageWarningSchema, message: LocalizedSchema })).check(z.maxLength(10)),
      rendering: z.optional(RenderingSchema),
    }),
  ),
  crawl: z.optional(
    z.object({
      startUrl: z.string().check(z.maxLength(4000)),
      rendering: RenderingSchema,
      maxPages: z.int().check(z.positive()),
      maxDepth: z.int().check(z.nonnegative()),
      /** Stopped before the end (interrupted, or the page budget ran out with pages still queued). */
      complete: z.boolean(),
      failed: z.array(CrawlFailureSchema).check(z.maxLength(100_000)),
      skipped: z.array(CrawlFailureSchema).check(z.maxLength(100_000)),
    }),
  ),
  /** Dates stay ISO 8601 in UTC; every screen and document shows them in this zone. */
  timeZone: z.object({ name: z.literal('Asia/Ho_Chi_Minh'), utcOffset: z.literal('+07:00') }),
  /** What the markers of the basis mean. */
  basisMarkers: z.array(z.object({ id: BasisMarkerSchema, tag: z.string().check(z.maxLength(20)), label: LocalizedSchema })).check(z.maxLength(10)),
  criteria: z.array(CriterionV3Schema),
});

/** How official a checklist is: its groups (and points), the criteria inside them. */
export const ChecklistStatusSchema = z.object({ groups: z.enum(['official', 'estimated']), criteria: z.enum(['official', 'estimated']) });

/** The document a checklist comes from ("Quyết định 473/QĐ-BTTTT", 2024-04-03). */
export const ChecklistSourceSchema = z.object({
  document: z.string().check(z.maxLength(200)),
  date: z.string().check(z.maxLength(20)),
  title: LocalizedSchema,
});

const points = z.number().check(z.minimum(0), z.maximum(1000));
const percentage = z.number().check(z.minimum(0), z.maximum(100));

/**
 * The score of a checklist that scores by points (vn-httt-2024): the total,
 * each group with its coverage (the share of its criteria with a verdict),
 * and the level, provisional while coverage is incomplete or the criteria
 * are estimated. Derived like the count score: an import recomputes it and
 * refuses a report whose points were altered.
 */
export const PointsScoreSchema = z.object({
  points,
  maxPoints: points,
  /** "72,5/100 điểm", "72.5/100 points". */
  formatted: LocalizedSchema,
  level: z.nullable(z.object({ id: z.string(), title: LocalizedSchema, minPoints: points })),
  /** "Mức độ C (tạm tính, ước tính)". */
  levelFormatted: LocalizedSchema,
  coverage: percentage,
  provisional: z.boolean(),
  estimated: z.boolean(),
  groups: z
    .array(
      z.object({
        id: z.string(),
        points,
        maxPoints: points,
        basis: z.enum(['criteria', 'share']),
        counted: z.int().check(z.nonnegative()),
        met: z.int().check(z.nonnegative()),
        assessed: z.int().check(z.nonnegative()),
        coverage: percentage,
        /** "34/50", "2,5/5". */
        formatted: LocalizedSchema,
      }),
    ),
});

/**
 * Still schema version 3, with optional fields a reader of version 3 may
 * ignore: the checklist's status and source, and the points of a checklist
 * scoring by points. Reports without them (count checklists, older reports)
 * read as before.
 */
export const ReportV3PointsSchema = z.extend(ReportV3Schema, {
  checklist: z.extend(ReportV3Schema.shape.checklist, {
    status: z.optional(ChecklistStatusSchema),
    source: z.optional(ChecklistSourceSchema),
  }),
  points: z.optional(PointsScoreSchema),
  criteria: z.array(
    z.extend(CriterionV3Schema, {
      /** The criterion's own points in a checklist scored by points; 0: shown for information, not counted. */
      points: z.optional(z.number().check(z.minimum(0), z.maximum(1000))),
    }),
  ),
});

/** The current version: what `buildReport` makes and every reader gets. */
export const ReportSchema = ReportV3PointsSchema;

export type ReportV1 = z.infer<typeof ReportV1Schema>;
export type ReportV2 = z.infer<typeof ReportV2Schema>;
export type ReportV3 = z.infer<typeof ReportV3Schema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type CriterionHelpData = z.infer<typeof HelpSchema>;
export type Screenshot = z.infer<typeof ScreenshotSchema>;
export type CrawlSummary = NonNullable<ReportV3['crawl']>;
export type Report = z.infer<typeof ReportSchema>;
export type ReportPoints = z.infer<typeof PointsScoreSchema>;
export type ReportCriterion = Report['criteria'][number];

/** The schema of every version this tool reads, by `schemaVersion`. */
export const REPORT_SCHEMAS: Readonly<Record<number, z.ZodMiniType>> = {
  1: ReportV1Schema,
  2: ReportV2Schema,
  3: ReportV3PointsSchema,
};
