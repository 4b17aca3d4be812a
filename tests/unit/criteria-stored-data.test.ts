import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { PortalAuditSchema } from '../../lib/audit/model';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { AuditStoreSchema } from '../../lib/extension/store';
import { buildReport } from '../../lib/report/build';
import { auditFromReport, parseReportText } from '../../lib/report/import';
import { formatSummary } from '../../lib/report/text';
import { toHtml } from '../../lib/report/html';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const CORPUS = join(__dirname, '../fixtures/corpus/pages');
const SHELL_URL = 'https://dichvucong.quangngai.gov.vn/vi/';

async function auditOf(file: string, url: string) {
  const snap = await snapshotFromHtml(readFileSync(join(CORPUS, file), 'utf8'), url);
  return withPage(newPortalAudit(new URL(url).origin, DEFAULT_PROFILE, new Date('2026-01-02T03:04:05Z')), auditPage(snap, DEFAULT_PROFILE, new Date('2026-01-02T03:04:06Z')));
}

describe('stored audits and reports of earlier versions still load', () => {
  it('reads a stored audit whose pages have no page type, platforms or warnings', async () => {
    const audit = await auditOf('oep-danh-sach-thu-tuc.html', 'https://dichvucong.danang.gov.vn/web/guest/thu-tuc-hanh-chinh');
    const old = { ...audit, pages: audit.pages.map(({ pageType: _t, platforms: _p, warnings: _w, ...p }) => p) };
    expect(PortalAuditSchema.safeParse(old).success).toBe(true);
    const store = AuditStoreSchema.safeParse({ portals: { [old.origins[0]!]: { current: old, history: [old] } } });
    expect(store.success).toBe(true);
    // And the current shape too.
    expect(PortalAuditSchema.parse(audit).pages[0]!.pageType).toBe('catalogue');
  });

  it('reads a version 2 report: page types unknown, no platforms, no warnings', async () => {
    const report = buildReport(await auditOf('lr6-xuyenmoc-trang-chu.html', 'https://xuyenmoc.gov.vn/trang-chu'), { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' });
    const { platforms: _p, ...portal } = report.portal;
    const v2 = { ...report, schemaVersion: 2, portal, pages: report.pages.map(({ pageType: _t, platforms: _q, warnings: _w, ...p }) => p) };
    const r = parseReportText(JSON.stringify(v2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(2);
    expect(r.report.schemaVersion).toBe(3);
    expect(r.report.portal.platforms).toEqual([]);
    expect(r.report.pages.map((p) => [p.pageType, p.platforms, p.warnings])).toEqual([[null, [], []]]);
    // And the audit it came from loads as a stored audit.
    expect(PortalAuditSchema.safeParse(auditFromReport(r.report)).success).toBe(true);
  });
});

describe('a report names the platform, each page type and the shell warning', () => {
  it('round-trips them through JSON and back to the audit', async () => {
    const audit = await auditOf('igate-angular-shell.html', SHELL_URL);
    const report = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.2.0', now: new Date('2026-01-02T04:00:00Z') });
    expect(report.pages[0]).toMatchObject({ pageType: 'home', platforms: [], warnings: [{ id: 'app-shell' }] });
    expect(report.pages[0]!.warnings[0]!.message.vi).toMatch(/khung ứng dụng/);
    const back = parseReportText(JSON.stringify(report));
    expect(back.ok).toBe(true);
    if (back.ok) expect(buildReport(auditFromReport(back.report), { profile: DEFAULT_PROFILE, toolVersion: '0.2.0', now: new Date('2026-01-02T04:00:00Z') })).toEqual(report);
  });

  it('shows them in the summary and the HTML report, one language at a time', async () => {
    const oep = buildReport(await auditOf('oep-danh-sach-thu-tuc.html', 'https://dichvucong.danang.gov.vn/web/guest/thu-tuc-hanh-chinh'), { profile: DEFAULT_PROFILE, toolVersion: '0.2.0' });
    expect(oep.portal.platforms.map((p) => p.name)).toEqual(['Liferay + OEP']);
    const vi = formatSummary(oep, 'vi');
    expect(vi).toContain('Nền tảng: Liferay + OEP');
    expect(vi).toContain('https://dichvucong.danang.gov.vn/web/guest/thu-tuc-hanh-chinh (Danh mục thủ tục)');
    expect(formatSummary(oep, 'en')).toContain('(Procedure catalogue)');
    expect(formatSummary(oep, 'en')).not.toContain('Danh mục thủ tục)');
    const shell = buildReport(await auditOf('igate-angular-shell.html', SHELL_URL), { profile: DEFAULT_PROFILE, toolVersion: '0.2.0' });
    expect(formatSummary(shell, 'vi')).toContain(`! ${SHELL_URL}: Trang là khung ứng dụng`);
    expect(toHtml(shell, 'en')).toContain('The page is an application shell (content built by script)');
    expect(toHtml(oep, 'vi')).toContain('<dt>Nền tảng</dt><dd>Liferay + OEP</dd>');
  });
});
