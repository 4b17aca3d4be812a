import type { Criterion, Localized, Method, State } from '../criteria/types';
import type { Attestation, PortalAudit, ScreenshotRef } from './model';

/**
 * Who may attest what, and what an attestation needs. These are rules of
 * the audit: the background enforces them on every request, and the UI
 * reads the same functions to show only what will be accepted.
 */

export type AttestationVerdict = Attestation['state'];

/** What the inspector may set for a criterion, by its method. */
export function verdictsFor(method: Method): readonly AttestationVerdict[] {
  return method === 'assisted' ? ['met', 'not_met'] : ['met', 'not_met', 'not_applicable'];
}

/**
 * Whether the inspector may attest a criterion at all: assisted and manual
 * criteria always; an automatic one unless the page proved it met (a
 * finding the page shows is not for the inspector to overrule).
 */
export function canAttest(method: Method, automaticState: State): boolean {
  return method === 'assisted' || method === 'manual' || automaticState !== 'met';
}

/**
 * Whether a verdict needs a note: manual criteria (a back-end fact needs
 * its source), "not applicable" (why), and overriding an automatic "not
 * met" (the page showed otherwise). `verdict` null: whether the note will
 * be needed whatever is chosen.
 */
export function noteRequired(method: Method, automaticState: State, verdict: AttestationVerdict | null): boolean {
  if (method === 'manual') return true;
  if (verdict === null) return false;
  return verdict === 'not_applicable' || (automaticState === 'not_met' && verdict !== 'not_met');
}

/** Why an attestation is refused; the UI says it in its own language. */
export type AttestRefusal = 'not-attestable' | 'verdict-not-allowed' | 'note-required' | 'note-required-override';

export const REFUSALS: Record<AttestRefusal, Localized> = {
  'not-attestable': {
    vi: 'Kiểm tra tự động đã thấy tiêu chí này đạt trên trang; người kiểm tra không xác nhận thay.',
    en: 'The automatic checks found this criterion met on the page; it is not for the inspector to attest.',
  },
  'verdict-not-allowed': { vi: 'Lựa chọn này không dùng được cho tiêu chí này.', en: 'That verdict is not available for this criterion.' },
  'note-required': { vi: 'Cần ghi chú (nguồn hoặc lý do) cho xác nhận này.', en: 'This attestation needs a note (its source or reason).' },
  'note-required-override': {
    vi: 'Cần ghi chú khi thay đổi kết quả "Chưa đạt" của kiểm tra tự động.',
    en: 'A note is required to override an automatic "not met".',
  },
};

export type AttestResult = { ok: true; audit: PortalAudit } | { ok: false; code: AttestRefusal; reason: Localized };

export interface AttestInput {
  state: AttestationVerdict;
  note: string;
  author?: string;
  screenshot?: ScreenshotRef;
}

/** Record the inspector's verdict, if the rules above allow it. */
export function attest(audit: PortalAudit, criterion: Criterion, automaticState: State, input: AttestInput, now = new Date()): AttestResult {
  const refuse = (code: AttestRefusal): AttestResult => ({ ok: false, code, reason: REFUSALS[code] });
  if (!canAttest(criterion.method, automaticState)) return refuse('not-attestable');
  if (!verdictsFor(criterion.method).includes(input.state)) return refuse('verdict-not-allowed');
  const note = input.note.trim();
  if (noteRequired(criterion.method, automaticState, input.state) && note === '')
    return refuse(criterion.method !== 'manual' && automaticState === 'not_met' && input.state !== 'not_met' ? 'note-required-override' : 'note-required');
  const attestation: Attestation = {
    state: input.state,
    note: note.slice(0, 4000),
    at: now.toISOString(),
    ...(input.author?.trim() ? { author: input.author.trim().slice(0, 200) } : {}),
    ...(input.screenshot ? { screenshot: input.screenshot } : {}),
  };
  return { ok: true, audit: { ...audit, attestations: { ...audit.attestations, [criterion.id]: attestation } } };
}

/** Withdraw an attestation: the automatic finding speaks again. */
export function withdraw(audit: PortalAudit, criterionId: string): PortalAudit {
  const { [criterionId]: _gone, ...rest } = audit.attestations;
  return { ...audit, attestations: rest };
}

/**
 * The attestations a new audit may carry over from the one it replaces:
 * those of manual criteria — back-end facts, which do not change because
 * a page was read again. Each keeps its verdict, note, author and date,
 * and is marked as carried over from that audit.
 */
export function carriedOver(previous: PortalAudit, methodOf: (criterionId: string) => Method | undefined, now = new Date()): Record<string, Attestation> {
  const out: Record<string, Attestation> = {};
  for (const [id, a] of Object.entries(previous.attestations)) {
    if (methodOf(id) !== 'manual') continue;
    // A screenshot belongs to the audit it was taken in.
    const { screenshot: _shot, ...kept } = a;
    out[id] = { ...kept, carriedOver: a.carriedOver ?? { fromAuditId: previous.id, at: now.toISOString() } };
  }
  return out;
}
