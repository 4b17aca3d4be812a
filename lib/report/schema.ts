import { z } from 'zod';
import {
  AttestationSchema,
  EvidenceSchema,
  LocalizedSchema,
  PageFindingSchema,
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
export const REPORT_SCHEMA_VERSION = 2;

const FractionSchema = z.object({
  met: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  percent: z.number().min(0).max(100),
});

const ChecklistV1Schema = z.object({
  id: z.string().max(100),
  version: z.number().int().positive(),
  total: z.number().int().positive(),
});

const CriterionV1Schema = z.object({
  id: z.string().max(20),
  group: z.string().max(20),
  method: z.enum(['auto', 'auto*', 'assisted', 'manual']),
  title: LocalizedSchema,
  basis: z.string().max(1000),
  state: StateSchema,
  /** Who decided the state: the automatic checks or the inspector. */
  source: z.enum(['automatic', 'inspector']),
  automaticState: StateSchema,
  evidence: z.array(EvidenceSchema),
  /** Why the state is what it is (automatic message or the inspector's note). */
  note: z.string().max(4000).nullable(),
  message: LocalizedSchema.nullable(),
  attestation: AttestationSchema.nullable(),
});

/** Schema version 1 (DVC Inspector 0.1), kept to read old reports. */
export const ReportV1Schema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('DVC Inspector'), version: z.string().max(50) }),
  checklist: ChecklistV1Schema,
  generatedAt: z.string(),
  auditId: z.string().max(100),
  portal: z.object({
    origin: z.string().max(400),
    origins: z.array(z.string().max(400)).min(1),
  }),
  pages: z.array(
    z.object({
      url: z.string().max(4000),
      title: z.string().max(400),
      auditedAt: z.string(),
      truncated: z.array(z.string()),
      findings: z.record(z.string(), PageFindingSchema),
    }),
  ),
  score: FractionSchema.extend({
    /** As the ministry writes it: "17/83 (20,48%)". */
    formatted: LocalizedSchema,
    counts: z.record(StateSchema, z.number().int().nonnegative()),
  }),
  groups: z.array(
    FractionSchema.extend({
      id: z.string().max(20),
      title: LocalizedSchema,
    }),
  ),
  criteria: z.array(CriterionV1Schema),
});

/**
 * Schema version 2: a report reads on its own, without the tool — the
 * checklist's title and, for every criterion, how an inspector verifies it.
 */
export const ReportV2Schema = ReportV1Schema.extend({
  schemaVersion: z.literal(2),
  checklist: ChecklistV1Schema.extend({ title: LocalizedSchema }),
  criteria: z.array(CriterionV1Schema.extend({ howToVerify: LocalizedSchema })),
});

/** The current version: what `buildReport` makes and every reader gets. */
export const ReportSchema = ReportV2Schema;

export type ReportV1 = z.infer<typeof ReportV1Schema>;
export type ReportV2 = z.infer<typeof ReportV2Schema>;
export type Report = z.infer<typeof ReportSchema>;
export type ReportCriterion = Report['criteria'][number];

/** The schema of every version this tool reads, by `schemaVersion`. */
export const REPORT_SCHEMAS: Readonly<Record<number, z.ZodType>> = {
  1: ReportV1Schema,
  2: ReportV2Schema,
};
