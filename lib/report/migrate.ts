import { profileById } from '../criteria';
import type { Localized } from '../criteria/types';
import { basisMarkers, helpOf, referencesOf, TIME_ZONE } from './references';
import { REPORT_SCHEMAS, REPORT_SCHEMA_VERSION, ReportSchema, type Report, type ReportV1, type ReportV2, type ReportV3 } from './schema';

/** A report that cannot be brought to the current schema version. */
export class MigrationError extends Error {
  constructor(readonly detail: Localized) {
    super(detail.en);
    this.name = 'MigrationError';
  }
}

/**
 * One step per version: `migrations[n]` turns a valid version-n report into
 * a version n+1 report. A later version adds `n+1: (vN1) => vN2` and the
 * chain in `migrateReport` picks it up.
 */
export const migrations = {
  /** v2 adds what makes a report readable without the tool, from the checklist profile. */
  1: (v1: ReportV1): ReportV2 => {
    const profile = profileById(v1.checklist.id);
    if (!profile)
      throw new MigrationError({
        vi: `Không biết bộ tiêu chí "${v1.checklist.id}" nên không chuyển được báo cáo phiên bản 1.`,
        en: `Unknown checklist "${v1.checklist.id}": a version 1 report cannot be upgraded without it.`,
      });
    return {
      ...v1,
      schemaVersion: 2,
      checklist: { ...v1.checklist, title: profile.title },
      criteria: v1.criteria.map((c) => {
        const criterion = profile.criteria.find((pc) => pc.id === c.id);
        if (!criterion)
          throw new MigrationError({
            vi: `Tiêu chí "${c.id}" không có trong bộ ${profile.id}.`,
            en: `Criterion "${c.id}" is not in checklist ${profile.id}.`,
          });
        return { ...c, howToVerify: criterion.howToVerify };
      }),
    };
  },
  /**
   * v3 adds page types, platforms and page warnings (unknown for pages
   * audited before them), how pages were read (a v2 report did not say:
   * left out); the readable legal basis (from each criterion's
   * own basis in the report), the help of the checklist, and the time zone
   * dates are shown in. Attestations stay as they were: none carries a
   * screenshot yet.
   */
  2: (v2: ReportV2): ReportV3 => {
    const basisOf = (id: string) => v2.criteria.find((c) => c.id === id)?.basis;
    const profile = profileById(v2.checklist.id);
    return {
      ...v2,
      schemaVersion: 3,
      portal: { ...v2.portal, platforms: [] },
      pages: v2.pages.map((p) => ({ ...p, pageType: null, platforms: [], warnings: [] })),
      timeZone: TIME_ZONE,
      basisMarkers: basisMarkers(),
      criteria: v2.criteria.map((c) => ({
        ...c,
        combine: profile?.criteria.find((pc) => pc.id === c.id)?.combine ?? 'any',
        references: referencesOf(c.basis, basisOf),
        help: helpOf(v2.checklist.id, c.id),
      })),
    };
  },
} satisfies Record<number, (from: never) => unknown>;

/**
 * Bring a report of schema version `from` to the current version, validating
 * it against each version's schema on the way. Throws a `$ZodError` when the
 * input does not match its own version, `MigrationError` when a step fails.
 */
export function migrateReport(data: unknown, from: number): Report {
  const steps = migrations as Record<number, ((r: unknown) => unknown) | undefined>;
  let current = data;
  for (let v = from; v < REPORT_SCHEMA_VERSION; v++) {
    const schema = REPORT_SCHEMAS[v];
    const step = steps[v];
    if (!schema || !step)
      throw new MigrationError({
        vi: `Không đọc được báo cáo phiên bản ${v}.`,
        en: `Reports of schema version ${v} cannot be read.`,
      });
    current = step(schema.parse(current));
  }
  return ReportSchema.parse(current);
}
