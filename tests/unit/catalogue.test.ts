import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '../../lib/criteria';
import { CHECKS } from '../../lib/criteria/checks';
import { ADDED_2024_CRITERIA } from '../../lib/criteria/profiles/added-2024';

interface RefRow {
  id: string;
  group: string;
  method: string;
}
const reference = JSON.parse(readFileSync(join(__dirname, '../fixtures/reference-catalogue.json'), 'utf8')) as {
  criteria: RefRow[];
};
const FIXTURES = join(__dirname, '../fixtures/criteria');

describe('catalogue vn-dvc-2023', () => {
  it('has exactly the 83 ids of the reference, once each, in order', () => {
    const ids = profile.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(reference.criteria.map((r) => r.id));
    expect(ids).toHaveLength(83);
  });

  it('keeps each criterion in its reference group with its reference method', () => {
    const got = profile.criteria.map((c) => ({ id: c.id, group: c.group, method: c.method }));
    expect(got).toEqual(reference.criteria.map(({ id, group, method }) => ({ id, group, method })));
  });

  it('has every group, each titled, in the reference order', () => {
    expect(profile.groups.map((g) => g.id)).toEqual(['TK', 'CK', 'TT', 'KS', 'TTTT', 'KDL', 'SH', 'TC', 'HT', 'GD', 'LT', 'AT', 'BC']);
    for (const g of profile.groups) {
      expect(g.title.vi, g.id).not.toMatch(/^\s*$|TODO/);
      expect(g.title.en, g.id).not.toMatch(/^\s*$|TODO/);
      expect(g.criteria.length, g.id).toBeGreaterThan(0);
    }
  });

  it('gives every criterion both titles, a legal basis and how to verify it', () => {
    for (const c of profile.criteria) {
      expect(c.title.vi.trim(), c.id).not.toBe('');
      expect(c.title.en.trim(), c.id).not.toBe('');
      expect(c.basis.trim(), c.id).not.toBe('');
      expect(c.howToVerify.vi.trim(), c.id).not.toBe('');
      expect(c.howToVerify.en.trim(), c.id).not.toBe('');
    }
  });

  it('has a check keyed by id for every criterion that is not manual, and none for manual ones', () => {
    for (const c of profile.criteria) expect(Object.hasOwn(CHECKS, c.check ?? c.id), c.id).toBe(c.method !== 'manual');
    // No check is left without its criterion (of this profile or of the criteria added for the 2024 scale).
    const judged = new Set([...profile.criteria, ...ADDED_2024_CRITERIA].map((c) => c.check ?? c.id));
    expect(Object.keys(CHECKS).filter((k) => !judged.has(k))).toEqual([]);
  });

  it('has a positive and a negative page fixture for every criterion a page can show', () => {
    const missing: string[] = [];
    for (const c of profile.criteria) {
      if (c.method === 'manual') continue;
      for (const kind of ['positive', 'negative'])
        if (!existsSync(join(FIXTURES, `${c.id}.${kind}.html`))) missing.push(`${c.id}.${kind}.html`);
    }
    expect(missing).toEqual([]);
  });
});
