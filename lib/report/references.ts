import { helpFor } from '../criteria/help';
import { formatCitation, MARKERS, parseBasis, type Marker } from '../criteria/sources';
import type { CriterionHelpData, Reference } from './schema';

/**
 * What a report says about a criterion's legal basis and about fixing it,
 * made from the terse basis of the catalogue and the help data, so that the
 * report reads on its own, in the tool, printed or in another tool.
 */
export function referencesOf(basis: string, basisOf: (criterionId: string) => string | undefined): Reference[] {
  return parseBasis(basis, basisOf).map((c) => ({
    text: { vi: formatCitation(c, 'vi'), en: formatCitation(c, 'en') },
    links: c.documents.map((d) => ({ label: d.number || d.kind.vi, url: d.url })),
    markers: c.markers,
  }));
}

/** Help of a criterion of `checklistId`, as the report carries it (help is written for the 83-criteria profile). */
export function helpOf(checklistId: string, criterionId: string): CriterionHelpData | null {
  if (checklistId !== 'vn-dvc-2023') return null;
  const h = helpFor(criterionId);
  if (!h) return null;
  return { why: h.why, fix: h.fix, steps: { vi: [...(h.steps?.vi ?? [])], en: [...(h.steps?.en ?? [])] } };
}

/** The markers' legend, as the report carries it. */
export function basisMarkers(): Array<{ id: Marker; tag: string; label: { vi: string; en: string } }> {
  return (Object.keys(MARKERS) as Marker[]).map((id) => ({ id, tag: MARKERS[id].tag, label: MARKERS[id].label }));
}

export const TIME_ZONE = { name: 'Asia/Ho_Chi_Minh', utcOffset: '+07:00' } as const;
