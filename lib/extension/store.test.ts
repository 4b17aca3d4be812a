import { describe, expect, it } from 'vitest';
import { newPortalAudit } from '../audit/portal';
import { DEFAULT_PROFILE } from '../criteria';
import { AuditStoreSchema, autoAuditPortalFor, portalKeyOf, type AuditStore } from './store';

const portal = (origin: string, autoAudit: boolean) => ({ current: newPortalAudit(origin, DEFAULT_PROFILE), history: [], autoAudit });

const store: AuditStore = {
  portals: {
    'https://dichvucong.minhhoa.gov.vn': portal('https://dichvucong.minhhoa.gov.vn', true),
    'https://dichvucong.khac.gov.vn': portal('https://dichvucong.khac.gov.vn', false),
  },
  originLinks: { 'https://motcua.minhhoa.gov.vn': 'https://dichvucong.minhhoa.gov.vn' },
  lastPortal: null,
};

describe('audit while browsing', () => {
  it('adds pages only of portals whose inspector opted in, by any linked origin', () => {
    expect(autoAuditPortalFor(store, 'https://dichvucong.minhhoa.gov.vn/portaldvc/tra-cuu')).toBe('https://dichvucong.minhhoa.gov.vn');
    expect(autoAuditPortalFor(store, 'https://motcua.minhhoa.gov.vn/ho-so')).toBe('https://dichvucong.minhhoa.gov.vn');
    expect(autoAuditPortalFor(store, 'https://dichvucong.khac.gov.vn/')).toBeNull();
    expect(autoAuditPortalFor(store, 'https://example.com/')).toBeNull();
    expect(autoAuditPortalFor(store, 'about:blank')).toBeNull();
    expect(autoAuditPortalFor(store, 'not a url')).toBeNull();
  });

  it('resolves linked origins to their portal', () => {
    expect(portalKeyOf(store, 'https://motcua.minhhoa.gov.vn')).toBe('https://dichvucong.minhhoa.gov.vn');
    expect(portalKeyOf(store, 'https://other.gov.vn')).toBe('https://other.gov.vn');
  });

  it('reads stored data of the first version with defaults for later fields', () => {
    const parsed = AuditStoreSchema.parse({ portals: { 'https://a.gov.vn': { current: newPortalAudit('https://a.gov.vn', DEFAULT_PROFILE), history: [] } } });
    expect(parsed.portals['https://a.gov.vn']!.autoAudit).toBe(false);
    expect(parsed.originLinks).toEqual({});
    expect(AuditStoreSchema.safeParse({ portals: { x: { current: {}, history: [] } } }).success).toBe(false);
  });
});
