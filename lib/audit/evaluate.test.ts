import { describe, expect, it } from 'vitest';
import type { Criterion } from '../criteria/types';
import { snapshotFromHtml } from '../snapshot/from-html';
import { auditPage, evaluateCriterion } from './evaluate';
import { mergeFindings } from './merge';

const base: Criterion = {
  id: 'XX-01',
  group: 'TK',
  title: { vi: 'x', en: 'x' },
  basis: 'x',
  method: 'auto',
  howToVerify: { vi: 'x', en: 'x' },
};
const found = () => ({ evidence: [{ pageUrl: 'u', selector: 'a', text: 't' }] });
const none = () => ({ evidence: [] });

describe('judging a page', async () => {
  const page = await snapshotFromHtml('<html><body><a href="/x">x</a></body></html>', 'https://dvc.example.gov.vn/');

  it.each([
    ['auto', found, 'met'],
    ['auto', none, 'not_met'],
    ['auto*', found, 'met'],
    ['auto*', none, 'not_checked'],
    ['assisted', found, 'needs_review'],
    ['assisted', none, 'not_checked'],
  ] as const)('%s with %s evidence gives %s', (method, check, state) => {
    expect(evaluateCriterion({ ...base, method, check }, page).state).toBe(state);
  });

  it('says why an auto* criterion is not seen yet, rather than failing it', () => {
    const c: Criterion = { ...base, method: 'auto*', check: none };
    const [merged] = mergeFindings([c], [auditPage(page, [c])]);
    expect(merged!.state).toBe('not_checked');
    expect(merged!.message?.en).toMatch(/not seen/i);
  });

  it("keeps a check's own message with the page, and no usual one", () => {
    const own = { vi: 'thiếu', en: 'missing' };
    expect(evaluateCriterion({ ...base, check: () => ({ evidence: [], message: own }) }, page).message).toEqual(own);
    expect(evaluateCriterion({ ...base, check: none }, page).message).toBeUndefined();
  });

  it('leaves manual criteria for the inspector', () => {
    expect(evaluateCriterion({ ...base, method: 'manual' }, page)).toMatchObject({ state: 'not_checked' });
  });

  it('gives error for a check that throws, and only for that criterion', () => {
    const crashing: Criterion = {
      ...base,
      id: 'XX-02',
      check: () => {
        throw new Error('boom');
      },
    };
    const audit = auditPage(page, [{ ...base, check: found }, crashing]);
    expect(audit.findings['XX-02']).toMatchObject({ state: 'error' });
    expect(audit.findings['XX-02']!.message?.en).toContain('boom');
    expect(audit.findings['XX-01']!.state).toBe('met');
  });

  it('caps evidence per criterion', () => {
    const many = () => ({ evidence: Array.from({ length: 50 }, (_, i) => ({ pageUrl: 'u', selector: `a${i}`, text: 't' })) });
    expect(evaluateCriterion({ ...base, check: many }, page).evidence.length).toBeLessThanOrEqual(5);
  });
});
