import { describe, expect, it } from 'vitest';
import { AuditStoreSchema } from '../extension/store';
import { DEFAULT_PROFILE } from '../criteria';
import { snapshotFromHtml } from '../snapshot/from-html';
import { auditPage } from './evaluate';
import { PortalAuditSchema } from './model';
import { newPortalAudit, withPage } from './portal';

/** An origin of exactly `n` characters (https://…gov.vn), made of labels of at most 63 characters. */
function originOf(n: number): string {
  const room = n - 'https://'.length - '.gov.vn'.length;
  const labels: string[] = [];
  let used = 0;
  while (used < room) {
    const sep = labels.length ? 1 : 0;
    const take = Math.min(63, room - used - sep);
    if (take <= 0) {
      labels[labels.length - 1] += 'a'.repeat(room - used);
      break;
    }
    labels.push('d'.repeat(take));
    used += take + sep;
  }
  return `https://${labels.join('.')}.gov.vn`;
}

describe('audit identifiers do not grow with the address', () => {
  it('builds an origin of the asked length (helper check)', () => {
    for (const n of [40, 75, 76, 100, 253, 400]) expect(originOf(n)).toHaveLength(n);
  });

  it('gives every audit an id of the same length, whatever the origin (75, 76, 100, 253, 399, 400 characters)', () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    const lengths = new Set<number>();
    for (const n of [20, 75, 76, 100, 253, 399, 400]) {
      const audit = newPortalAudit(originOf(n), DEFAULT_PROFILE, now);
      expect(PortalAuditSchema.safeParse(audit).success, `origin of ${n} characters`).toBe(true);
      lengths.add(audit.id.length);
    }
    expect(lengths.size).toBe(1);
    expect([...lengths][0]).toBeLessThanOrEqual(40);
  });

  it('gives different portals and different moments different ids', () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    const later = new Date('2026-01-02T03:04:05.679Z');
    const a = newPortalAudit('https://dichvucong.a.gov.vn', DEFAULT_PROFILE, now).id;
    expect(newPortalAudit('https://dichvucong.b.gov.vn', DEFAULT_PROFILE, now).id).not.toBe(a);
    expect(newPortalAudit('https://dichvucong.a.gov.vn', DEFAULT_PROFILE, later).id).not.toBe(a);
  });

  it('audits and stores a page at a 76-, 253- and 5,000-character host: the audit does not fail', async () => {
    for (const n of [76, 253, 400, 5000]) {
      const url = `${originOf(Math.min(n, 400)).replace('.gov.vn', n > 400 ? `${'.x'.repeat((n - 400) / 2)}.gov.vn` : '.gov.vn')}/portaldvc/home`;
      const snapshot = await snapshotFromHtml('<title>Cổng</title><a href="/dang-nhap">Đăng nhập</a>', url);
      const audit = withPage(newPortalAudit(snapshot.origin, DEFAULT_PROFILE), auditPage(snapshot, DEFAULT_PROFILE.criteria));
      const store = { portals: { [snapshot.origin]: { current: audit, history: [], autoAudit: false } }, originLinks: {}, lastPortal: snapshot.origin };
      const parsed = AuditStoreSchema.safeParse(store);
      expect(parsed.success, `host for an origin of ${n} characters: ${parsed.error?.issues[0]?.path.join('.')}`).toBe(true);
    }
  });
});
