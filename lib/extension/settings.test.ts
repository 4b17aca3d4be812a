import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageAudit } from '../audit/model';
import { newPortalAudit } from '../audit/portal';
import { DEFAULT_PROFILE } from '../criteria';
import type { AuditResponse, Failure } from '../messaging/protocol';
import { handleRequest } from './handlers';
import { auditStoreItem, readSettings, settingsItem, writeSettings } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('changes made at once all land: choosing the language while the name and the checklist are saved loses neither', async () => {
    await writeSettings({ inspectorName: 'Thanh tra viên A' });
    await Promise.all([
      writeSettings({ locale: 'en' }),
      writeSettings({ inspectorName: 'Thanh tra viên B' }),
      writeSettings({ profile: 'vn-httt-2024' }),
      writeSettings({ locale: 'vi' }),
    ]);
    expect(await readSettings()).toEqual({ locale: 'vi', inspectorName: 'Thanh tra viên B', profile: 'vn-httt-2024' });
  });

  it('each change reads what the one before it wrote', async () => {
    const names = Array.from({ length: 20 }, (_, i) => writeSettings((s) => ({ inspectorName: `${s.inspectorName}${i % 10}` })));
    await Promise.all(names);
    expect((await readSettings()).inspectorName).toBe('01234567890123456789');
  });

  it('a change the schema refuses changes nothing and does not block the next one', async () => {
    await writeSettings({ inspectorName: 'B' });
    await expect(writeSettings({ locale: 'fr' as never })).rejects.toThrow();
    await writeSettings({ profile: 'vn-httt-2024' });
    expect(await readSettings()).toEqual({ locale: 'vi', inspectorName: 'B', profile: 'vn-httt-2024' });
  });

  it('a setting stored before the checklist choice existed keeps its language and name, and shows the 83 criteria', async () => {
    await settingsItem.setValue({ locale: 'en', inspectorName: 'C' });
    expect(await readSettings()).toEqual({ locale: 'en', inspectorName: 'C', profile: 'vn-dvc-2023' });
  });
});

describe('an audit shown against the chosen checklist', () => {
  const origin = 'https://dichvucong.minhhoa.gov.vn';
  const page: PageAudit = {
    url: `${origin}/`,
    title: 'Trang chủ',
    auditedAt: '2026-05-04T02:00:00.000Z',
    truncated: [],
    findings: { 'TK-01': { state: 'met', evidence: [{ pageUrl: `${origin}/`, selector: 'a', text: 'VNeID' }] }, 'LT-02': { state: 'met', evidence: [{ pageUrl: `${origin}/`, selector: 'script', text: 'emc' }] } },
  };

  it('the same stored audit: counted in 2023, points and level in 2024; attests a 2024 criterion', async () => {
    const audit = { ...newPortalAudit(origin, DEFAULT_PROFILE, new Date('2026-05-04T01:00:00.000Z')), pages: [page] };
    await auditStoreItem.setValue({ portals: { [origin]: { current: audit, history: [], autoAudit: false } }, originLinks: {}, lastPortal: origin });
    const get = (profile?: string) => handleRequest<'get-audit'>({ type: 'get-audit', origin }, { toolVersion: '0.1.0', locale: 'vi', ...(profile ? { profile } : {}) }) as Promise<AuditResponse | Failure>;
    const as2023 = await get();
    const as2024 = await get('vn-httt-2024');
    if (!as2023.ok || !as2024.ok) throw new Error('refused');
    expect(as2023.report!.checklist.id).toBe('vn-dvc-2023');
    expect(as2023.report!.score.formatted.vi).toBe('2/83 (2,41%)');
    expect(as2023.report!.points).toBeUndefined();
    expect(as2024.report!.checklist.id).toBe('vn-httt-2024');
    expect(as2024.report!.points!.groups.find((g) => g.id === 'EMC')!.formatted.vi).toBe('5/5');
    expect(as2024.report!.points!.levelFormatted.vi).toMatch(/tạm tính, ước tính/);
    // The stored audit is unchanged: only the judging differs.
    expect(as2024.audit).toEqual(as2023.audit);

    const attested = await (handleRequest<'attest'>)(
      { type: 'attest', portal: origin, auditId: audit.id, criterionId: 'TN-01', state: 'met', note: 'Bản ghi AAAA đã tra' },
      { toolVersion: '0.1.0', locale: 'vi', profile: 'vn-httt-2024' },
    ) as AuditResponse | Failure;
    if (!attested.ok) throw new Error(JSON.stringify(attested));
    expect(attested.report!.criteria.find((c) => c.id === 'TN-01')).toMatchObject({ state: 'met', source: 'inspector' });
  });
});
