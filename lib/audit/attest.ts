import type { Criterion, Localized, Method, State } from '../criteria/types';
import type { Attestation, PortalAudit } from './model';

export type AttestationVerdict = Attestation['state'];

/** What the inspector may set for a criterion, by its method. */
export function verdictsFor(method: Method): readonly AttestationVerdict[] {
  return method === 'assisted' ? ['met', 'not_met'] : ['met', 'not_met', 'not_applicable'];
}

export type AttestResult = { ok: true; audit: PortalAudit } | { ok: false; reason: Localized };

/**
 * Record the inspector's verdict. A note is required for manual criteria
 * (a back-end fact needs its source), for "not applicable" (why), and to
 * override an automatic "not met" — the page showed otherwise.
 */
export function attest(
  audit: PortalAudit,
  criterion: Criterion,
  automaticState: State,
  input: { state: AttestationVerdict; note: string; author?: string },
  now = new Date(),
): AttestResult {
  const note = input.note.trim();
  if (!verdictsFor(criterion.method).includes(input.state))
    return { ok: false, reason: { vi: 'Lựa chọn không hợp lệ cho tiêu chí này.', en: 'That verdict is not available for this criterion.' } };
  const needsNote =
    criterion.method === 'manual' || input.state === 'not_applicable' || (automaticState === 'not_met' && input.state !== 'not_met');
  if (needsNote && note === '')
    return {
      ok: false,
      reason:
        automaticState === 'not_met' && input.state !== 'not_met'
          ? { vi: 'Cần ghi chú khi thay đổi kết quả "Chưa đạt" của kiểm tra tự động.', en: 'A note is required to override an automatic "not met".' }
          : { vi: 'Cần ghi chú (nguồn hoặc lý do) cho xác nhận này.', en: 'This attestation needs a note (its source or reason).' },
    };
  const attestation: Attestation = {
    state: input.state,
    note: note.slice(0, 4000),
    at: now.toISOString(),
    ...(input.author?.trim() ? { author: input.author.trim().slice(0, 200) } : {}),
  };
  return { ok: true, audit: { ...audit, attestations: { ...audit.attestations, [criterion.id]: attestation } } };
}

/** Withdraw an attestation: the automatic finding speaks again. */
export function withdraw(audit: PortalAudit, criterionId: string): PortalAudit {
  const { [criterionId]: _gone, ...rest } = audit.attestations;
  return { ...audit, attestations: rest };
}
