import * as z from 'zod/mini';
import { LocalizedSchema, RenderingSchema } from '../audit/model';

/**
 * `survey.json`: one survey of many portals against one checklist, what the
 * ministry publishes as its table. Versioned; written and read back (resume,
 * merge, --previous) through this schema. Each portal keeps the ids of the
 * criteria it meets, so pass rates can be recomputed when shards are merged.
 */

export const SURVEY_SCHEMA_VERSION = 1;

const Str = (max: number) => z.string().check(z.maxLength(max));
const Count = z.int().check(z.nonnegative());
const Percent = z.number().check(z.gte(0), z.lte(100));

/**
 * A portal's points under a checklist that scores by points (vn-httt-2024):
 * total, level, and each group with its coverage; the level is provisional
 * while coverage is incomplete or the criteria are estimated.
 */
export const SurveyPointsSchema = z.object({
  points: z.number().check(z.gte(0)),
  maxPoints: z.number().check(z.gte(0)),
  level: z.nullable(Str(20)),
  provisional: z.boolean(),
  estimated: z.boolean(),
  coverage: Percent,
  groups: z.array(z.object({ id: Str(40), points: z.number().check(z.gte(0)), maxPoints: z.number().check(z.gte(0)), coverage: Percent })).check(z.maxLength(100)),
});

export const SurveyStatusSchema = z.enum(['audited', 'unreachable', 'error']);

export const SurveyPortalSchema = z.object({
  name: Str(300),
  url: Str(2000),
  /** The portal's origin: where its pages were audited (after a redirect of its start page), or its address's. */
  origin: Str(2000),
  host: Str(300),
  kind: z.nullable(z.enum(['national', 'province', 'ministry'])),
  code: z.nullable(Str(50)),
  /** Line of the list the portal is on. */
  line: z.int().check(z.positive()),
  status: SurveyStatusSchema,
  /** Why it was not audited (null when audited). */
  reason: z.nullable(Str(2000)),
  pages: Count,
  failedPages: Count,
  /** The crawl covered what it found within its page budget. */
  complete: z.nullable(z.boolean()),
  rendering: z.nullable(RenderingSchema),
  /** The platform recognised on its pages, when its fingerprint is known. */
  platform: z.nullable(Str(100)),
  /** Its own report beside survey.json (JSON and HTML), when audited. */
  report: z.nullable(z.object({ json: Str(400), html: Str(400) })),
  score: z.nullable(z.object({ met: Count, total: Count, percent: Percent })),
  groups: z.array(z.object({ id: Str(40), met: Count, total: Count })).check(z.maxLength(100)),
  criteriaMet: z.array(Str(40)).check(z.maxLength(1000)),
  /** Its place among the portals reached ("xếp thứ N"): by points where the checklist scores by points, else by criteria met; ties share a place. */
  rank: z.optional(z.nullable(z.int().check(z.positive()))),
  /** Points and level, where the checklist scores by points. */
  points: z.optional(z.nullable(SurveyPointsSchema)),
});

const ProblemSchema = z.object({ line: z.int().check(z.positive()), reason: Str(2000) });

export const SurveySchema = z.object({
  schemaVersion: z.literal(SURVEY_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('DVC Inspector'), version: Str(40) }),
  checklist: z.object({
    id: Str(60),
    version: z.int(),
    total: z.int().check(z.positive()),
    title: LocalizedSchema,
    /** How the checklist scores (absent in surveys made before points existed: count). */
    scoring: z.optional(z.enum(['count', 'points'])),
  }),
  generatedAt: z.iso.datetime(),
  /** The list surveyed: how many portals it names and the rows that could not be used. */
  list: z.object({ portals: Count, problems: z.array(ProblemSchema).check(z.maxLength(100_000)) }),
  settings: z.object({ maxPages: z.int().check(z.positive()), maxDepth: Count, rendering: RenderingSchema }),
  /** The slice of the list this survey covers (`--shard i/n`); null for the whole list. */
  shard: z.nullable(z.object({ index: z.int().check(z.positive()), count: z.int().check(z.positive()) })),
  portals: z.array(SurveyPortalSchema).check(z.maxLength(100_000)),
  /** Portals audited (reached). */
  reached: Count,
  /** Mean criteria met over the portals reached, and its share of the checklist; null when none was reached. */
  average: z.nullable(z.object({ met: z.number().check(z.gte(0)), percent: Percent, formatted: LocalizedSchema })),
  /** Mean points over the portals reached, where the checklist scores by points. */
  averagePoints: z.optional(z.nullable(z.object({ points: z.number().check(z.gte(0)), maxPoints: z.number().check(z.gte(0)), formatted: LocalizedSchema }))),
  /** How many portals reached each level (highest first), where the checklist has levels. */
  levels: z.optional(
    z.nullable(z.array(z.object({ id: Str(20), title: LocalizedSchema, minPoints: z.number().check(z.gte(0)), portals: Count })).check(z.maxLength(20))),
  ),
  groups: z.array(
    z.object({
      id: Str(40),
      title: LocalizedSchema,
      total: Count,
      averageMet: z.number().check(z.gte(0)),
      averagePercent: Percent,
      /** Mean points of the group and its maximum, where the checklist scores by points. */
      averagePoints: z.optional(z.number().check(z.gte(0))),
      maxPoints: z.optional(z.number().check(z.gte(0))),
    }),
  ),
  criteria: z.array(
    z.object({ id: Str(40), group: Str(40), title: LocalizedSchema, portalsMet: Count, passRate: Percent }),
  ),
  platforms: z.array(z.object({ name: Str(100), portals: z.int().check(z.positive()) })),
  /** With --previous: what changed since that survey. */
  changes: z.nullable(
    z.object({
      previousGeneratedAt: z.iso.datetime(),
      average: z.nullable(z.object({ previousMet: z.number(), previousPercent: z.number(), deltaMet: z.number(), deltaPercent: z.number() })),
      reached: z.object({ previous: Count, delta: z.int() }),
      portals: z.array(
        z.object({
          host: Str(300),
          name: Str(300),
          previousStatus: z.nullable(SurveyStatusSchema),
          status: z.nullable(SurveyStatusSchema),
          previousMet: z.nullable(Count),
          met: z.nullable(Count),
          delta: z.nullable(z.int()),
          previousPoints: z.optional(z.nullable(z.number())),
          points: z.optional(z.nullable(z.number())),
          pointsDelta: z.optional(z.nullable(z.number())),
        }),
      ),
      groups: z.array(z.object({ id: Str(40), previousPercent: z.number(), averagePercent: z.number(), delta: z.number() })),
    }),
  ),
});

export type Survey = z.infer<typeof SurveySchema>;
export type SurveyPortal = z.infer<typeof SurveyPortalSchema>;
export type SurveyPoints = z.infer<typeof SurveyPointsSchema>;
export type SurveyStatus = z.infer<typeof SurveyStatusSchema>;
