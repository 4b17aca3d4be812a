import { verdictsFor } from '../audit/attest';
import { mergeFindings, PORTAL_EVIDENCE_CAP } from '../audit/merge';
import type { Attestation } from '../audit/model';
import { pageKey } from '../audit/portal';
import { formatFraction, scorePoints } from '../audit/score';
import { ALL_CRITERIA, type Profile } from '../criteria';
import { reportPoints } from './build';
import { EVIDENCE_CAP, type Criterion, type Localized } from '../criteria/types';
import type { Report } from './schema';

/**
 * Whether a report adds up, beyond its shape: what an honest DVC Inspector
 * could have written. A forged report (page findings all set to "met", a
 * state flipped, a score edited, evidence invented) fails here, with the
 * first inconsistency named, in both languages.
 *
 * - every page finding is one a check can give: a criterion without a check
 *   (manual) is never found by a page; an assisted one is never "met" by a
 *   page (only the inspector says so); an automatic "met" shows evidence,
 *   unless the check looks for problems (`combine: every`, e.g. no secret
 *   exposed), whose "met" is an absence;
 * - evidence is capped and is from the page it was found on;
 * - each criterion's state, source, automatic state, evidence and message
 *   are what merging the pages' findings with the attestations gives;
 * - each attestation is one the inspector could make (verdict, note);
 * - the score, its percentages and their formatting follow from "met";
 * - for a checklist scoring by points, the points, groups, coverage and
 *   level are those the criteria give (a points checklist's report must
 *   carry them);
 * - dates are dates; pages appear once.
 *
 * What the checklist itself says (titles, basis, how to verify) is not
 * judged: `withChecklistText` replaces it with the checklist's own.
 */

export interface Inconsistency {
  path: string;
  error: Localized;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date and time as `toISOString` writes them, and one that exists. */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return false;
  // Date.parse rolls 2026-02-30 over to March: the day must survive the round trip.
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const local = new Date(Date.UTC(y, m - 1, d));
  return local.getUTCFullYear() === y && local.getUTCMonth() === m - 1 && local.getUTCDate() === d;
}

/** Control characters and bidi overrides out, length bounded: safe to show anywhere. */
function shown(value: unknown, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const s = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const at = (path: string, en: string, vi: string): Inconsistency => ({ path, error: { en: `${path}: ${en}`, vi: `${path}: ${vi}` } });

/** `pages[0].findings["TK-01"]` */
const findingPath = (page: number, id: string) => `pages[${page}].findings[${JSON.stringify(shown(id, 20))}]`;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The path of the first key named "__proto__" in parsed JSON, or null.
 * JSON.parse makes it an own key; an object built from it by assignment
 * would instead change its prototype, so such a file is refused outright.
 */
export function protoKeyPath(data: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: data, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const next = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path ? `${path}.` : ''}${key}` : `${path}[${JSON.stringify(key)}]`;
      if (key === '__proto__') return next;
      stack.push({ value: (value as Record<string, unknown>)[key], path: next });
    }
  }
  return null;
}

/** Can a page finding of this state have come from this criterion's check? */
function findingProblem(c: Criterion, f: Report['pages'][number]['findings'][string]): { en: string; vi: string } | null {
  // A manual criterion has no check: the engine gives "not checked" without evidence on every page.
  if (c.method === 'manual') {
    if (f.state !== 'not_checked' || f.evidence.length > 0)
      return {
        en: `${c.id} is checked by the inspector only (manual): a page cannot find it ${f.state}`,
        vi: `${c.id} chỉ do người kiểm tra xác nhận (thủ công): trang không thể cho kết quả ${f.state}`,
      };
    return null;
  }
  if (f.state === 'met' && c.method === 'assisted')
    return {
      en: `${c.id} is assisted: a page shows evidence, only the inspector's attestation makes it met`,
      vi: `${c.id} là tiêu chí hỗ trợ: trang chỉ cho bằng chứng, chỉ xác nhận của người kiểm tra mới làm nó đạt`,
    };
  if (f.state === 'met' && f.evidence.length === 0 && (c.combine ?? 'any') !== 'every')
    return {
      en: `${c.id} is met with no evidence: an automatic finding shows where on the page it was seen`,
      vi: `${c.id} đạt mà không có bằng chứng: kết quả tự động phải chỉ ra chỗ thấy trên trang`,
    };
  return null;
}

function attestationProblem(c: Criterion, a: Attestation, automaticState: string): { en: string; vi: string } | null {
  if (!verdictsFor(c.method).includes(a.state))
    return { en: `"${a.state}" is not a verdict an inspector can give ${c.id} (${c.method})`, vi: `"${a.state}" không phải kết luận người kiểm tra có thể đưa ra cho ${c.id} (${c.method})` };
  const needsNote = c.method === 'manual' || a.state === 'not_applicable' || (automaticState === 'not_met' && a.state !== 'not_met');
  if (needsNote && a.note.trim() === '')
    return { en: `the attestation of ${c.id} needs a note (its source or reason)`, vi: `xác nhận của ${c.id} cần ghi chú (nguồn hoặc lý do)` };
  return null;
}

/** The first inconsistency of a (schema-valid, current-version) report against its checklist, or null. */
export function findInconsistency(r: Report, profile: Profile): Inconsistency | null {
  const criteria = new Map(profile.criteria.map((c) => [c.id, c]));
  // Pages are evaluated for the criteria of every built-in checklist, so that any of them can judge the audit.
  const evaluated = new Map<string, Criterion>([...ALL_CRITERIA.map((c) => [c.id, c] as const), ...criteria]);

  if (!isIsoDate(r.generatedAt)) return at('generatedAt', `expected a date and time (ISO 8601), found "${shown(r.generatedAt)}"`, `cần ngày giờ (ISO 8601), nhưng là "${shown(r.generatedAt)}"`);
  if (r.portal.origins[0] !== r.portal.origin) return at('portal.origins[0]', 'expected the portal origin first', 'địa chỉ chính của cổng phải đứng đầu');
  if (new Set(r.portal.origins).size !== r.portal.origins.length) return at('portal.origins', 'an origin appears twice', 'một địa chỉ xuất hiện hai lần');

  const seenPages = new Map<string, number>();
  for (const [i, page] of r.pages.entries()) {
    if (!isIsoDate(page.auditedAt))
      return at(`pages[${i}].auditedAt`, `expected a date and time (ISO 8601), found "${shown(page.auditedAt)}"`, `cần ngày giờ (ISO 8601), nhưng là "${shown(page.auditedAt)}"`);
    const key = pageKey(page.url);
    const before = seenPages.get(key);
    if (before !== undefined) return at(`pages[${i}].url`, `the page appears twice (also pages[${before}])`, `trang xuất hiện hai lần (cả ở pages[${before}])`);
    seenPages.set(key, i);
    if (Object.getPrototypeOf(page.findings) !== Object.prototype && Object.getPrototypeOf(page.findings) !== null)
      return at(`pages[${i}].findings`, 'has a finding named "__proto__", which is not a criterion', 'có kết quả tên "__proto__", không phải một tiêu chí');
    for (const [id, f] of Object.entries(page.findings)) {
      const path = findingPath(i, id);
      const c = evaluated.get(id);
      if (!c) return at(path, `"${shown(id, 20)}" is not a criterion of ${profile.id}`, `"${shown(id, 20)}" không phải tiêu chí của ${profile.id}`);
      if (f.evidence.length > EVIDENCE_CAP)
        return at(`${path}.evidence`, `expected at most ${EVIDENCE_CAP} pieces of evidence per page, found ${f.evidence.length}`, `mỗi trang tối đa ${EVIDENCE_CAP} bằng chứng, nhưng có ${f.evidence.length}`);
      const elsewhere = f.evidence.findIndex((e) => e.pageUrl !== page.url);
      if (elsewhere >= 0)
        return at(`${path}.evidence[${elsewhere}].pageUrl`, `evidence of ${id} said to be from another page than the one it was found on`, `bằng chứng của ${id} ghi là từ trang khác với trang nơi nó được tìm thấy`);
      const problem = findingProblem(c, f);
      if (problem) return at(path, problem.en, problem.vi);
    }
  }

  // Attestations: each one the inspector could make, dated.
  const attestations: Record<string, Attestation> = Object.create(null) as Record<string, Attestation>;
  for (const [i, c] of r.criteria.entries()) {
    if (!c.attestation) continue;
    if (!isIsoDate(c.attestation.at))
      return at(`criteria[${i}].attestation.at`, `expected a date and time (ISO 8601), found "${shown(c.attestation.at)}"`, `cần ngày giờ (ISO 8601), nhưng là "${shown(c.attestation.at)}"`);
    attestations[c.id] = c.attestation;
  }

  // Each criterion is what merging the pages with the attestations gives.
  const pages = r.pages.map((p) => ({ url: p.url, title: p.title, auditedAt: p.auditedAt, truncated: p.truncated, findings: p.findings }));
  const merged = new Map(mergeFindings(profile.criteria, pages, attestations).map((m) => [m.criterion.id, m]));
  for (const [i, c] of r.criteria.entries()) {
    const m = merged.get(c.id)!;
    const def = criteria.get(c.id)!;
    if (c.attestation) {
      const problem = attestationProblem(def, c.attestation, m.automaticState);
      if (problem) return at(`criteria[${i}].attestation`, problem.en, problem.vi);
    }
    if (c.state !== m.state)
      return at(`criteria[${i}].state`, `${c.id} is "${shown(c.state)}" but its pages and attestation give "${m.state}"`, `${c.id} ghi "${shown(c.state)}" nhưng các trang và xác nhận cho "${m.state}"`);
    if (c.source !== m.source) return at(`criteria[${i}].source`, `${c.id}: expected "${m.source}"`, `${c.id}: cần "${m.source}"`);
    if (c.automaticState !== m.automaticState)
      return at(`criteria[${i}].automaticState`, `${c.id} says "${shown(c.automaticState)}" but its pages give "${m.automaticState}"`, `${c.id} ghi "${shown(c.automaticState)}" nhưng các trang cho "${m.automaticState}"`);
    if (c.evidence.length > PORTAL_EVIDENCE_CAP)
      return at(`criteria[${i}].evidence`, `expected at most ${PORTAL_EVIDENCE_CAP} pieces of evidence, found ${c.evidence.length}`, `tối đa ${PORTAL_EVIDENCE_CAP} bằng chứng, nhưng có ${c.evidence.length}`);
    if (!sameJson(c.evidence, m.evidence))
      return at(`criteria[${i}].evidence`, `the evidence of ${c.id} is not that of its pages`, `bằng chứng của ${c.id} không phải của các trang`);
    if (!sameJson(c.message ?? null, m.message ?? null)) return at(`criteria[${i}].message`, `the message of ${c.id} is not that of its pages`, `thông điệp của ${c.id} không phải của các trang`);
    const notes = [c.attestation?.note ?? m.message?.vi ?? null, c.attestation?.note ?? m.message?.en ?? null];
    if (!notes.includes(c.note)) return at(`criteria[${i}].note`, `the note of ${c.id} is not its attestation's or message's`, `ghi chú của ${c.id} không phải của xác nhận hay thông điệp`);
  }

  // The score and its formatting follow from what is met.
  const n = profile.criteria.length;
  const percent = (met: number, total: number) => (total === 0 ? 0 : Math.round((met / total) * 10000) / 100);
  if (r.score.percent !== percent(r.score.met, n))
    return at('score.percent', `expected ${percent(r.score.met, n)} (${r.score.met} of ${n}), found ${r.score.percent}`, `cần là ${percent(r.score.met, n)} (${r.score.met} trên ${n}), nhưng là ${r.score.percent}`);
  for (const locale of ['vi', 'en'] as const) {
    const want = formatFraction({ met: r.score.met, total: n, percent: r.score.percent }, locale);
    if (r.score.formatted[locale] !== want)
      return at(`score.formatted.${locale}`, `expected "${want}", found "${shown(r.score.formatted[locale])}"`, `cần là "${want}", nhưng là "${shown(r.score.formatted[locale])}"`);
  }
  for (const [i, g] of r.groups.entries())
    if (g.percent !== percent(g.met, g.total))
      return at(`groups[${i}].percent`, `expected ${percent(g.met, g.total)}, found ${g.percent}`, `cần là ${percent(g.met, g.total)}, nhưng là ${g.percent}`);

  // Points, groups, coverage and level follow from the criteria.
  const pointsScore = scorePoints([...merged.values()], profile);
  if (!pointsScore) {
    if (r.points) return at('points', `${profile.id} is not scored by points`, `${profile.id} không chấm theo điểm`);
    return null;
  }
  if (!r.points) return at('points', `a report of ${profile.id} states its points`, `báo cáo theo ${profile.id} phải ghi điểm`);
  const want = reportPoints(pointsScore);
  if (r.points.points !== want.points)
    return at('points.points', `expected ${want.points} points (what the criteria give), found ${r.points.points}; the report was altered`, `cần là ${want.points} điểm (theo các tiêu chí), nhưng ghi ${r.points.points}; báo cáo đã bị sửa`);
  if (r.points.level?.id !== want.level?.id)
    return at('points.level', `expected level ${want.level?.id ?? '—'}, found ${shown(r.points.level?.id ?? '—')}`, `cần là mức ${want.level?.id ?? '—'}, nhưng ghi ${shown(r.points.level?.id ?? '—')}`);
  for (const [i, g] of want.groups.entries())
    if (!sameJson(r.points.groups[i], g))
      return at(`points.groups[${i}]`, `expected ${g.id} ${g.formatted.en} (coverage ${g.coverage}%), found something else`, `cần là nhóm ${g.id} ${g.formatted.vi} (độ bao phủ ${g.coverage}%), nhưng ghi khác`);
  if (!sameJson({ ...r.points, groups: [] }, { ...want, groups: [] }))
    return at('points', `its coverage, level or wording is not what the criteria give`, `độ bao phủ, mức hoặc cách ghi không đúng với các tiêu chí`);
  return null;
}

/** The report with what the checklist says taken from the checklist: titles, basis, how to verify, method, group titles. */
export function withChecklistText(r: Report, profile: Profile): Report {
  const criteria = new Map(profile.criteria.map((c) => [c.id, c]));
  const groups = new Map(profile.groups.map((g) => [g.id as string, g]));
  return {
    ...r,
    checklist: {
      ...r.checklist,
      title: profile.title,
      ...(profile.status ? { status: profile.status } : {}),
      ...(profile.source ? { source: profile.source } : {}),
    },
    groups: r.groups.map((g) => ({ ...g, title: groups.get(g.id)?.title ?? g.title })),
    criteria: r.criteria.map((c) => {
      const def = criteria.get(c.id);
      if (!def) return c;
      const { points: _claimed, ...rest } = c;
      return { ...rest, title: def.title, basis: def.basis, howToVerify: def.howToVerify, method: def.method, group: def.group, ...(def.points !== undefined ? { points: def.points } : {}) };
    }),
  };
}
