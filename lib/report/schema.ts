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
 */
export const REPORT_SCHEMA_VERSION = 1;

const FractionSchema = z.object({
  met: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  percent: z.number().min(0).max(100),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('DVC Inspector'), version: z.string().max(50) }),
  checklist: z.object({
    id: z.string().max(100),
    version: z.number().int().positive(),
    total: z.number().int().positive(),
  }),
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
  criteria: z.array(
    z.object({
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
    }),
  ),
});

export type Report = z.infer<typeof ReportSchema>;
