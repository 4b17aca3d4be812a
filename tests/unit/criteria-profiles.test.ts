import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attest } from '../../lib/audit/attest';
import { auditPage } from '../../lib/audit/evaluate';
import { mergeFindings } from '../../lib/audit/merge';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { hasCheck } from '../../lib/criteria/checks';
import {
  criterionById,
  DEFAULT_PROFILE,
  defineProfile,
  knownChecklists,
  ProfileError,
  profileById,
  registerProfile,
  requireProfile,
  UnknownChecklistError,
  unregisterProfile,
} from '../../lib/criteria';
import { en } from '../../lib/criteria/messages/en';
import { formatMessage } from '../../lib/criteria/messages/format';
import { vi } from '../../lib/criteria/messages/vi';
import { buildReport } from '../../lib/report/build';
import { parseReportText } from '../../lib/report/import';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

/**
 * A second profile needs no code: three criteria in two groups, using checks
 * the 2023 profile already has (under other ids) and one manual criterion.
 */
const mini = defineProfile(
  {
    id: 'test-mini',
    version: 1,
    title: { vi: 'Bộ thử ba tiêu chí', en: 'Three-criteria test checklist' },
    groups: [
      { id: 'A', title: { vi: 'Nhóm A', en: 'Group A' } },
      { id: 'B', title: { vi: 'Nhóm B', en: 'Group B' } },
    ],
    criteria: [
      { id: 'A-1', group: 'A', method: 'auto', check: 'TT-09', judgedOnShell: true, title: { vi: 'Di động', en: 'Mobile' }, basis: 'x', howToVerify: { vi: 'Mở trên điện thoại.', en: 'Open on a phone.' } },
      { id: 'A-2', group: 'A', method: 'auto', check: 'GD-02', judgedOnShell: true, title: { vi: 'Tên miền', en: 'Domain' }, basis: 'x', howToVerify: { vi: 'Xem địa chỉ.', en: 'Read the address.' } },
      { id: 'B-1', group: 'B', method: 'manual', title: { vi: 'Phê duyệt', en: 'Approval' }, basis: 'x', howToVerify: { vi: 'Xem quyết định.', en: 'See the decision.' } },
    ],
  },
  hasCheck,
);

describe('a second profile needs no code change', () => {
  registerProfile(mini);
  afterAll(() => unregisterProfile(mini.id));

  it('is resolved by its checklist id', () => {
    expect(profileById('test-mini')).toBe(mini);
    expect(knownChecklists()).toEqual(['vn-dvc-2023', 'vn-httt-2024', 'test-mini']);
    expect(mini.groups.map((g) => [g.id, g.criteria.map((c) => c.id)])).toEqual([
      ['A', ['A-1', 'A-2']],
      ['B', ['B-1']],
    ]);
  });

  it('audits, scores, reports, reads back and attests with its own criteria and groups', async () => {
    const snap = await snapshotFromHtml('<html lang="vi"><head><meta name="viewport" content="width=device-width"><title>x</title></head><body><p>x</p></body></html>', 'https://dvc.example.gov.vn/');
    let audit = withPage(newPortalAudit('https://dvc.example.gov.vn', mini), auditPage(snap, mini));
    expect(audit.checklist).toEqual({ id: 'test-mini', version: 1 });
    expect(Object.keys(audit.pages[0]!.findings)).toEqual(['A-1', 'A-2', 'B-1']);

    const profile = requireProfile(audit.checklist.id);
    const criterion = criterionById(profile, 'B-1')!;
    const attested = attest(audit, criterion, mergeFindings([criterion], audit.pages)[0]!.automaticState, { state: 'met', note: 'Quyết định số 1/QĐ' });
    expect(attested.ok).toBe(true);
    if (attested.ok) audit = attested.audit;

    const report = buildReport(audit, { profile, toolVersion: '0.2.0' });
    expect(report.score.formatted.vi).toBe('3/3 (100,00%)');
    expect(report.groups.map((g) => `${g.id} ${g.met}/${g.total}`)).toEqual(['A 2/2', 'B 1/1']);

    const back = parseReportText(JSON.stringify(report));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.report.criteria.map((c) => c.id)).toEqual(['A-1', 'A-2', 'B-1']);
  });

  it('can say it scores by points and carries group maxima (for a weighted profile)', () => {
    const points = defineProfile(
      {
        id: 'test-points',
        version: 1,
        title: { vi: 'x', en: 'x' },
        scoring: { kind: 'points', maxPoints: 100, levels: [{ id: 'A', title: { vi: 'Mức độ A', en: 'Level A' }, minPoints: 90 }] },
        groups: [{ id: 'G', title: { vi: 'x', en: 'x' }, maxPoints: 100 }],
        criteria: [{ id: 'G-1', group: 'G', method: 'auto', check: 'TT-09', points: 100, title: { vi: 'x', en: 'x' }, basis: 'x', howToVerify: { vi: 'x', en: 'x' } }],
      },
      hasCheck,
    );
    expect(points.scoring.kind).toBe('points');
    expect(points.groups[0]!.maxPoints).toBe(100);
  });

  it('refuses data that does not hold together, at load', () => {
    const base = { id: 'bad', version: 1, title: { vi: 'x', en: 'x' }, groups: [{ id: 'A', title: { vi: 'x', en: 'x' } }] };
    const c = { id: 'A-1', group: 'A', method: 'auto' as const, title: { vi: 'x', en: 'x' }, basis: 'x', howToVerify: { vi: 'x', en: 'x' } };
    expect(() => defineProfile({ ...base, criteria: [c, c] }, hasCheck)).toThrow(ProfileError);
    expect(() => defineProfile({ ...base, criteria: [{ ...c, group: 'Z' }] }, hasCheck)).toThrow(/unknown group Z/);
    expect(() => defineProfile({ ...base, criteria: [c] }, hasCheck)).toThrow(/no check A-1/);
  });
});

describe('the registry is a Map', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('finds no profile called %s', (id) => {
    expect(profileById(id)).toBeUndefined();
    expect(() => requireProfile(id)).toThrow(UnknownChecklistError);
  });

  it.each(['constructor', '__proto__'])('says a report of checklist "%s" is of an unknown checklist', (id) => {
    const report = JSON.stringify({ schemaVersion: 3, tool: { name: 'DVC Inspector', version: '1' }, checklist: { id, version: 1, total: 83 } });
    const r = parseReportText(report);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toContain(`unknown checklist "${id}"`);
      expect(r.error.vi).toContain(`không biết bộ tiêu chí "${id}"`);
    }
  });

  it('has the default profile registered once', () => {
    expect(() => registerProfile(DEFAULT_PROFILE)).toThrow(/already registered/);
  });
});

describe('one message convention: ids and data, words in per-locale tables', () => {
  const CHECKS_DIR = join(__dirname, '../../lib/criteria/checks');
  const source = readdirSync(CHECKS_DIR)
    .map((f) => readFileSync(join(CHECKS_DIR, f), 'utf8'))
    .join('\n');

  it('has the same ids in both tables', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('has words for every message id a check uses', () => {
    const used = [...source.matchAll(/id: '([\w.-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(30);
    for (const id of used) expect(Object.hasOwn(vi, id), id).toBe(true);
  });

  it('never joins the two languages in one string, in the tables or in evidence written by checks', () => {
    for (const [id, text] of Object.entries(vi)) expect(text, id).not.toMatch(/ \/ [A-Z][a-z]+ [a-z]+/);
    expect(source).not.toMatch(/[àáảãạăâđêôơư][^'`\n]{0,40} \/ [a-z]+ [a-z]+/);
  });

  it('fills data, picking each language, joining lists and writing decimal commas in Vietnamese', () => {
    const ref = { id: 'CK-08.missing', data: { missing: [{ vi: 'địa chỉ', en: 'address' }, { vi: 'thư điện tử', en: 'e-mail' }] } };
    expect(formatMessage(ref, 'vi')).toBe('Thông tin liên hệ chưa đủ: thiếu địa chỉ, thư điện tử.');
    expect(formatMessage(ref, 'en')).toBe('Contact information is incomplete: no address, e-mail.');
    expect(formatMessage({ id: 'GD-01.mixed', data: { count: 2 } }, 'vi')).toContain('nạp 2 tài nguyên');
    expect(formatMessage({ id: 'no.such.id' }, 'vi')).toBe('no.such.id');
  });
});
