import { describe, expect, it } from 'vitest';
import { HELP } from './help';
import { DEFAULT_PROFILE } from './index';

describe('help on every criterion', () => {
  it('has no entry for a criterion that is not in the profile', () => {
    const ids = new Set(DEFAULT_PROFILE.criteria.map((c) => c.id));
    expect(Object.keys(HELP).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of DEFAULT_PROFILE.criteria) {
    it(`${c.id}: why it matters and how to fix it, in Vietnamese and English${c.method === 'assisted' || c.method === 'manual' ? ', with verification steps' : ''}`, () => {
      const h = HELP[c.id];
      expect(h).toBeDefined();
      for (const text of [h!.why, h!.fix]) {
        expect(text.vi.length).toBeGreaterThan(30);
        expect(text.en.length).toBeGreaterThan(30);
        expect(text.vi).not.toBe(text.en);
      }
      if (c.method === 'assisted' || c.method === 'manual') {
        expect(h!.steps?.vi.length).toBeGreaterThanOrEqual(2);
        expect(h!.steps?.en.length).toBe(h!.steps?.vi.length);
      }
    });
  }
});
