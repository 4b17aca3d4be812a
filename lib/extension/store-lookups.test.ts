import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { newPortalAudit } from '../audit/portal';
import { DEFAULT_PROFILE } from '../criteria';
import { failureFromError } from './errors';
import { AuditStoreSchema, autoAuditPortalFor, portalKeyOf, portalOf, type AuditStore } from './store';

const store: AuditStore = {
  portals: { 'https://dichvucong.a.gov.vn': { current: newPortalAudit('https://dichvucong.a.gov.vn', DEFAULT_PROFILE), history: [], autoAudit: true } },
  originLinks: { 'https://motcua.a.gov.vn': 'https://dichvucong.a.gov.vn' },
  lastPortal: null,
};

describe('lookups by names that come from outside (origins, keys)', () => {
  it('never finds what an object inherits: constructor, __proto__, toString are just unknown names', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(portalKeyOf(store, name)).toBe(name);
      expect(portalOf(store, name)).toBeNull();
    }
  });

  it('reads stored records without a prototype, so a lookup elsewhere cannot reach Object.prototype', () => {
    const parsed = AuditStoreSchema.parse(store);
    expect((parsed.portals as Record<string, unknown>)['constructor']).toBeUndefined();
    expect((parsed.originLinks as Record<string, unknown>)['toString']).toBeUndefined();
    expect(parsed.portals['https://dichvucong.a.gov.vn']).toBeDefined();
    expect(portalKeyOf(parsed, 'https://motcua.a.gov.vn')).toBe('https://dichvucong.a.gov.vn');
  });

  it('does not audit automatically a page whose origin names an inherited property', () => {
    expect(autoAuditPortalFor(store, 'https://dichvucong.a.gov.vn/x')).toBe('https://dichvucong.a.gov.vn');
  });
});

describe('no raw schema error reaches a screen', () => {
  it('turns a schema failure into one short line naming the field, without the validator dump', () => {
    const err = (() => {
      try {
        z.object({ id: z.string().check(z.maxLength(3)) }).parse({ id: 'too long' });
      } catch (e) {
        return e;
      }
    })();
    const f = failureFromError(err);
    expect(f.code).toBe('unknown');
    expect(f.detail).not.toMatch(/[[\]{}"\n]/);
    expect(f.detail).toContain('id');
    expect(f.detail.length).toBeLessThan(200);
  });

  it('keeps a storage-full error recognisable and other errors to one line', () => {
    expect(failureFromError(new Error('QUOTA_BYTES quota exceeded')).code).toBe('storage-full');
    expect(failureFromError(new Error('first\nsecond')).detail).toBe('first');
    expect(failureFromError('x'.repeat(5000)).detail.length).toBeLessThanOrEqual(300);
  });
});
