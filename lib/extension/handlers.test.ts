import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageAudit, PortalAudit } from '../audit/model';
import { newPortalAudit } from '../audit/portal';
import { DEFAULT_PROFILE } from '../criteria';
import type { Request, ResponseInOf } from '../messaging/protocol';
import { buildReport } from '../report/build';
import { handleRequest, HISTORY_CAP } from './handlers';
import { SCREENSHOT_BUDGET, screenshotUsage } from './screenshots';
import { auditStoreItem, readAuditStore, readSettings, settingsItem, type AuditStore } from './store';

const A = 'https://dichvucong.minhhoa.gov.vn';
const B = 'https://dichvucong.songlam.gov.vn';
const ctx = { toolVersion: '0.1.0', locale: 'vi' as const };
const JPEG = `data:image/jpeg;base64,/9j/${'A'.repeat(2000)}`;

/** One page where TK-01 (auto) is met and KDL-01 (assisted) needs review. */
function page(origin: string): PageAudit {
  const findings = Object.fromEntries(DEFAULT_PROFILE.criteria.map((c) => [c.id, { state: 'not_checked' as const, evidence: [] }]));
  findings['TK-01'] = { state: 'met', evidence: [{ pageUrl: `${origin}/`, selector: 'a', text: 'VNeID' }] } as never;
  findings['KDL-01'] = { state: 'needs_review', evidence: [{ pageUrl: `${origin}/`, selector: 'a.kho', text: 'Kho' }] } as never;
  findings['TK-02'] = { state: 'not_met', evidence: [] } as never;
  return { url: `${origin}/`, title: 'Trang chủ', auditedAt: '2026-05-04T02:00:00.000Z', truncated: [], findings };
}

function audit(origin: string, at = '2026-05-04T01:00:00.000Z'): PortalAudit {
  return { ...newPortalAudit(origin, DEFAULT_PROFILE, new Date(at)), pages: [page(origin)] };
}

async function seed(portals: Record<string, PortalAudit>): Promise<void> {
  const store: AuditStore = { portals: {}, originLinks: {}, lastPortal: null };
  for (const [key, current] of Object.entries(portals)) store.portals[key] = { current, history: [], autoAudit: false };
  await auditStoreItem.setValue(store);
}

const send = <R extends Request>(r: R) => handleRequest(r as never, ctx) as Promise<ResponseInOf<R['type']>>;
const ok = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('changes name the audit they were made on', () => {
  it('refuses an attestation for an audit other than the portal’s current one, changing nothing', async () => {
    const a = audit(A);
    const b = audit(B);
    await seed({ [A]: a, [B]: b });
    const before = await readAuditStore();
    const r = await send({ type: 'attest', portal: B, auditId: a.id, criterionId: 'AT-01', state: 'met', note: 'QĐ 12' });
    expect(r).toMatchObject({ ok: false, code: 'stale' });
    expect(!r.ok && r.message?.vi).toMatch(/không còn là cuộc kiểm tra hiện tại/);
    expect(await readAuditStore()).toEqual(before);
    for (const stale of [
      { type: 'withdraw', portal: B, auditId: a.id, criterionId: 'AT-01' },
      { type: 'remove-page', portal: B, auditId: a.id, url: `${B}/` },
      { type: 'link-origin', portal: B, auditId: a.id, origin: 'https://motcua.songlam.gov.vn' },
      { type: 'new-audit', portal: B, auditId: a.id, carryOver: false },
    ] as const)
      expect(await send(stale), stale.type).toMatchObject({ ok: false, code: 'stale' });
    expect(await readAuditStore()).toEqual(before);
  });

  it('applies it to the audit shown, and stores it before answering', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    const r = ok(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'AT-01', state: 'met', note: 'QĐ 12', author: 'Thanh tra A' }));
    expect(r.report?.criteria.find((c) => c.id === 'AT-01')).toMatchObject({ state: 'met', source: 'inspector' });
    expect((await readAuditStore()).portals[A]!.current.attestations['AT-01']).toMatchObject({ note: 'QĐ 12', author: 'Thanh tra A' });
  });
});

describe('the attestation rules, enforced by the background', () => {
  it('refuses to overrule what the page proved met, whatever the UI sent', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    const r = await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'TK-01', state: 'not_met', note: 'không đồng ý' });
    expect(r).toMatchObject({ ok: false, code: 'refused', detail: 'not-attestable' });
    expect((await readAuditStore()).portals[A]!.current.attestations).toEqual({});
  });

  it('says why in both languages, for the UI to show in its own', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    const r = await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'AT-01', state: 'met', note: '' });
    expect(r).toMatchObject({ ok: false, code: 'refused', detail: 'note-required' });
    if (r.ok) throw new Error('accepted');
    expect(r.message!.vi).toMatch(/Cần ghi chú/);
    expect(r.message!.en).toMatch(/needs a note/);
    const override = await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'TK-02', state: 'met', note: ' ' });
    expect(override).toMatchObject({ ok: false, code: 'refused', detail: 'note-required-override' });
  });
});

describe('a new audit', () => {
  it('carries over manual attestations with their date and author, when asked, and nothing else', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    ok(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'AT-01', state: 'met', note: 'QĐ 12', author: 'Thanh tra A' }));
    ok(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'KDL-01', state: 'met', note: '' }));
    const original = (await readAuditStore()).portals[A]!.current.attestations['AT-01']!;
    const r = ok(await send({ type: 'new-audit', portal: A, auditId: a.id, carryOver: true }));
    expect(r.audit!.id).not.toBe(a.id);
    expect(r.audit!.pages).toEqual([]);
    expect(Object.keys(r.audit!.attestations)).toEqual(['AT-01']);
    expect(r.audit!.attestations['AT-01']).toEqual({ ...original, carriedOver: { fromAuditId: a.id, at: expect.any(String) } });
    expect(r.history.map((h) => h.id)).toEqual([a.id]);
    expect(r.history[0]).toMatchObject({ pages: [`${A}/`], attestations: 2 });
  });

  it('starts empty when the inspector declines, and keeps at most HISTORY_CAP audits', async () => {
    let current = audit(A);
    await seed({ [A]: current });
    for (let i = 0; i <= HISTORY_CAP; i++) current = ok(await send({ type: 'new-audit', portal: A, auditId: current.id, carryOver: false })).audit!;
    const stored = (await readAuditStore()).portals[A]!;
    expect(stored.current.attestations).toEqual({});
    expect(stored.history).toHaveLength(HISTORY_CAP);
  });
});

describe('importing a report', () => {
  const report = (origin: string) => JSON.stringify(buildReport(audit(origin, '2026-03-01T00:00:00.000Z'), { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' }));

  it('makes a portal seen for the first time its own, and the portal shown next', async () => {
    await seed({ [A]: audit(A) });
    const r = ok(await send({ type: 'import-report', text: report(B) }));
    expect(r.imported).toMatchObject({ portal: B, asCurrent: true });
    expect(r.audit!.origins[0]).toBe(B);
    expect((await readAuditStore()).lastPortal).toBe(B);
  });

  it('adds a known portal’s report to its history, and refuses it twice, in both languages', async () => {
    await seed({ [B]: audit(B) });
    const r = ok(await send({ type: 'import-report', text: report(B) }));
    expect(r.imported.asCurrent).toBe(false);
    expect(r.history).toHaveLength(1);
    const again = await send({ type: 'import-report', text: report(B) });
    expect(again).toMatchObject({ ok: false, code: 'invalid-report' });
    expect(!again.ok && again.message?.vi).toMatch(/đã có/);
  });

  it('refuses a broken file with a message in both languages', async () => {
    const r = await send({ type: 'import-report', text: '{"schemaVersion": 3' });
    expect(r).toMatchObject({ ok: false, code: 'invalid-report' });
    if (r.ok) throw new Error('accepted');
    expect(r.message!.vi).toMatch(/JSON/);
    expect(r.message!.en).not.toBe(r.message!.vi);
  });
});

describe('screenshots with attestations', () => {
  it('keeps the image apart, puts it in exported reports only, and drops it when withdrawn', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    const shot = { dataUrl: JPEG, pageUrl: `${A}/`, width: 800, height: 500 };
    const r = ok(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'KDL-01', state: 'met', note: '', screenshot: shot }));
    const ref = r.report!.criteria.find((c) => c.id === 'KDL-01')!.attestation!.screenshot!;
    expect(ref).toMatchObject({ pageUrl: `${A}/`, width: 800, height: 500, bytes: JPEG.length });
    expect(ref.dataUrl).toBeUndefined();
    const exported = ok(await send({ type: 'get-report', portal: A, auditId: null, images: true }));
    expect(exported.report!.criteria.find((c) => c.id === 'KDL-01')!.attestation!.screenshot!.dataUrl).toBe(JPEG);
    expect(ok(await send({ type: 'get-screenshot', id: ref.id })).dataUrl).toBe(JPEG);
    expect(await screenshotUsage()).toEqual({ count: 1, bytes: JPEG.length });
    ok(await send({ type: 'withdraw', portal: A, auditId: a.id, criterionId: 'KDL-01' }));
    expect(await screenshotUsage()).toEqual({ count: 0, bytes: 0 });
  });

  it('stores nothing for a refused attestation, and refuses images beyond the budget', async () => {
    const a = audit(A);
    await seed({ [A]: a });
    const shot = { dataUrl: JPEG, pageUrl: `${A}/`, width: 800, height: 500 };
    expect(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'AT-01', state: 'met', note: '', screenshot: shot })).toMatchObject({ code: 'refused' });
    expect((await screenshotUsage()).count).toBe(0);
    const big = { ...shot, dataUrl: `data:image/jpeg;base64,${'A'.repeat(SCREENSHOT_BUDGET.maxBytes)}` };
    expect(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: 'KDL-01', state: 'met', note: '', screenshot: big })).toMatchObject({ code: 'screenshot-budget', detail: 'too-large' });
    const manual = DEFAULT_PROFILE.criteria.filter((c) => c.method === 'manual').map((c) => c.id);
    for (const id of manual.slice(0, SCREENSHOT_BUDGET.perAudit)) ok(await send({ type: 'attest', portal: A, auditId: a.id, criterionId: id, state: 'met', note: 'x', screenshot: shot }));
    const more = await send({ type: 'attest', portal: A, auditId: a.id, criterionId: manual[SCREENSHOT_BUDGET.perAudit]!, state: 'met', note: 'x', screenshot: shot });
    expect(more).toMatchObject({ code: 'screenshot-budget', detail: 'audit-full' });
  });
});

describe('auditing while browsing', () => {
  it('is turned on only for a .gov.vn portal whose access the browser granted', async () => {
    await seed({ [A]: audit(A), 'http://127.0.0.1:8080': audit('http://127.0.0.1:8080') });
    const granted = new Set<string>();
    fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins?: string[] }) => (origins ?? []).every((o) => granted.has(o))) as never;
    expect(await send({ type: 'set-auto-audit', portal: 'http://127.0.0.1:8080', enabled: true })).toMatchObject({ ok: false, code: 'permission' });
    expect(await send({ type: 'set-auto-audit', portal: A, enabled: true })).toMatchObject({ ok: false, code: 'permission' });
    granted.add('*://dichvucong.minhhoa.gov.vn/*');
    expect(ok(await send({ type: 'set-auto-audit', portal: A, enabled: true })).autoAudit).toBe(true);
    expect(ok(await send({ type: 'set-auto-audit', portal: A, enabled: false })).autoAudit).toBe(false);
  });
});

describe('the portal switcher’s list', () => {
  it('gives every portal its score and when it was last audited', async () => {
    await seed({ [A]: audit(A), [B]: audit(B) });
    const r = ok(await send({ type: 'list-portals' }));
    expect(r.portals.map((p) => p.key).sort()).toEqual([A, B]);
    expect(r.portals[0]).toMatchObject({ lastAuditedAt: '2026-05-04T02:00:00.000Z', score: { met: 1, total: 83, formatted: { vi: '1/83 (1,20%)' } } });
  });
});

describe('stored data of earlier versions', () => {
  it('reads settings of version 1 (language only): the language is kept, no name yet', async () => {
    await fakeBrowser.storage.local.set({ settings: { locale: 'en' } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ locale: 'en', inspectorName: '', profile: 'vn-dvc-2023' });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('reads an audit store written before attestations could carry a screenshot or come from an earlier audit', async () => {
    const a = audit(A);
    const old = { portals: { [A]: { current: { ...a, attestations: { 'AT-01': { state: 'met', note: 'QĐ 12', at: '2026-01-01T00:00:00.000Z' } } }, history: [] } } };
    await fakeBrowser.storage.local.set({ auditStore: old });
    const store = await readAuditStore();
    expect(store.portals[A]!.current.attestations['AT-01']).toEqual({ state: 'met', note: 'QĐ 12', at: '2026-01-01T00:00:00.000Z' });
    expect(store.portals[A]!.autoAudit).toBe(false);
  });
});
