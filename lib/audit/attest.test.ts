import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../criteria';
import type { Criterion } from '../criteria/types';
import { attest, canAttest, carriedOver, noteRequired, verdictsFor } from './attest';
import { newPortalAudit } from './portal';

const criterion = (id: string, method: Criterion['method']): Criterion => ({
  id,
  group: 'AT',
  title: { vi: id, en: id },
  basis: '',
  method,
  howToVerify: { vi: '', en: '' },
});
const manual = criterion('AT-01', 'manual');
const assisted = criterion('KDL-01', 'assisted');
const auto = criterion('TK-01', 'auto');
const audit = newPortalAudit('https://dvc.example.gov.vn', DEFAULT_PROFILE, new Date('2026-01-01T00:00:00Z'));

describe('who may attest what', () => {
  it('lets the inspector attest assisted and manual criteria, and automatic ones the page did not prove met', () => {
    expect(canAttest('manual', 'not_checked')).toBe(true);
    expect(canAttest('assisted', 'met')).toBe(true);
    expect(canAttest('auto', 'not_met')).toBe(true);
    expect(canAttest('auto', 'met')).toBe(false);
    expect(canAttest('auto*', 'met')).toBe(false);
  });

  it('refuses to overrule a finding the page proved met, whatever the note', () => {
    const r = attest(audit, auto, 'met', { state: 'not_met', note: 'Tôi không đồng ý' });
    expect(r).toMatchObject({ ok: false, code: 'not-attestable' });
  });

  it('marks the note required before a verdict is chosen for manual criteria, after for the others', () => {
    expect(noteRequired('manual', 'not_checked', null)).toBe(true);
    expect(noteRequired('assisted', 'needs_review', null)).toBe(false);
    expect(noteRequired('assisted', 'needs_review', 'met')).toBe(false);
    expect(noteRequired('manual', 'not_checked', 'not_met')).toBe(true);
    expect(noteRequired('auto', 'not_met', 'met')).toBe(true);
    expect(noteRequired('auto', 'not_met', 'not_met')).toBe(false);
    expect(noteRequired('auto', 'not_checked', 'not_applicable')).toBe(true);
  });

  it('refuses with a code and a reason in both languages', () => {
    expect(attest(audit, manual, 'not_checked', { state: 'met', note: ' ' })).toMatchObject({ ok: false, code: 'note-required' });
    expect(attest(audit, auto, 'not_met', { state: 'met', note: '' })).toMatchObject({ ok: false, code: 'note-required-override' });
    const r = attest(audit, assisted, 'needs_review', { state: 'not_applicable', note: 'x' });
    expect(r).toMatchObject({ ok: false, code: 'verdict-not-allowed' });
    if (!r.ok) expect(r.reason.vi).not.toBe(r.reason.en);
    expect(verdictsFor('assisted')).not.toContain('not_applicable');
  });

  it('keeps a screenshot reference with the attestation', () => {
    const shot = { id: 's1', pageUrl: 'https://dvc.example.gov.vn/', capturedAt: '2026-01-01T00:00:00Z', width: 800, height: 500, bytes: 40_000 };
    const r = attest(audit, assisted, 'needs_review', { state: 'met', note: '', screenshot: shot });
    expect(r.ok && r.audit.attestations['KDL-01']!.screenshot).toEqual(shot);
  });
});

describe('carrying attestations over to a new audit', () => {
  const methods: Record<string, Criterion['method']> = { 'AT-01': 'manual', 'KDL-01': 'assisted', 'TK-01': 'auto' };
  const earlier = {
    ...audit,
    attestations: {
      'AT-01': { state: 'met' as const, note: 'QĐ 123', author: 'Thanh tra A', at: '2026-01-02T03:00:00.000Z', screenshot: { id: 's', pageUrl: 'u', capturedAt: 'c', width: 1, height: 1, bytes: 1 } },
      'KDL-01': { state: 'met' as const, note: '', at: '2026-01-02T03:01:00.000Z' },
      'TK-01': { state: 'not_met' as const, note: '', at: '2026-01-02T03:02:00.000Z' },
    },
  };

  it('carries only manual ones, with their date and author, marked with the audit they come from', () => {
    const now = new Date('2026-02-01T00:00:00Z');
    expect(carriedOver(earlier, (id) => methods[id], now)).toEqual({
      'AT-01': { state: 'met', note: 'QĐ 123', author: 'Thanh tra A', at: '2026-01-02T03:00:00.000Z', carriedOver: { fromAuditId: earlier.id, at: now.toISOString() } },
    });
  });

  it('keeps where an attestation was first carried from', () => {
    const once = { ...earlier, id: 'second', attestations: carriedOver(earlier, (id) => methods[id]) };
    expect(carriedOver(once, (id) => methods[id])['AT-01']!.carriedOver!.fromAuditId).toBe(earlier.id);
  });
});
