import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { auditPage } from '../lib/audit/evaluate';
import { DEFAULT_PROFILE } from '../lib/criteria';
import { STATES } from '../lib/criteria/types';
import { snapshotFromHtml } from '../lib/snapshot/from-html';

/** A labels file: the pages of a corpus and, per criterion, the states an inspector accepts. */
export const LabelsSchema = z.object({
  note: z.optional(z.string()),
  pages: z.array(
    z.object({
      file: z.string(),
      url: z.string(),
      source: z.optional(z.string()),
      platform: z.optional(z.string()),
      expect: z.record(z.string(), z.array(z.enum(STATES)).check(z.minLength(1))),
      why: z.optional(z.record(z.string(), z.string())),
    }),
  ),
});
export type Labels = z.infer<typeof LabelsSchema>;

export function loadLabels(path: string): Labels {
  return LabelsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface Miss {
  file: string;
  id: string;
  got: string;
  accepted: string[];
  why?: string;
  message?: string;
}

export interface CorpusResult {
  name: string;
  pages: number;
  agreed: number;
  total: number;
  perCriterion: Record<string, { agreed: number; total: number }>;
  misses: Miss[];
  /** Pages whose label names a platform: how many the tool names the same (or names none where the label says there is none to name). */
  platforms: { agreed: number; total: number; misses: Array<{ file: string; labelled: string; named: string }> };
}

/** Labels for pages without a recognisable platform. */
const NO_PLATFORM = new Set(['static', 'react', 'none']);

/** Judge every labelled page as one audited page and count agreement with the labels. */
export async function evaluateLabels(name: string, labels: Labels, baseDir: string): Promise<CorpusResult> {
  const r: CorpusResult = { name, pages: labels.pages.length, agreed: 0, total: 0, perCriterion: {}, misses: [], platforms: { agreed: 0, total: 0, misses: [] } };
  for (const page of labels.pages) {
    const html = readFileSync(join(baseDir, page.file), 'utf8');
    const snapshot = await snapshotFromHtml(html, page.url);
    const audit = auditPage(snapshot, DEFAULT_PROFILE);
    if (page.platform) {
      const named = audit.platforms?.find((p) => p.category === 'platform')?.id ?? 'none';
      const ok = named === page.platform || (NO_PLATFORM.has(page.platform) && named === 'none');
      r.platforms.total++;
      if (ok) r.platforms.agreed++;
      else r.platforms.misses.push({ file: page.file, labelled: page.platform, named });
    }
    for (const [id, accepted] of Object.entries(page.expect)) {
      const finding = audit.findings[id];
      const got = finding?.state ?? 'missing';
      const ok = (accepted as string[]).includes(got);
      const c = (r.perCriterion[id] ??= { agreed: 0, total: 0 });
      c.total++;
      r.total++;
      if (ok) {
        c.agreed++;
        r.agreed++;
      } else
        r.misses.push({
          file: page.file,
          id,
          got,
          accepted,
          ...(page.why?.[id] ? { why: page.why[id] } : {}),
          ...(finding?.message ? { message: finding.message.en } : {}),
        });
    }
  }
  return r;
}
