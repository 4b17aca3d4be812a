import { describe, expect, it } from 'vitest';
import { PortalAuditSchema } from '../../lib/audit/model';
import { parseReportText } from '../../lib/report/import';
import { migrateReport } from '../../lib/report/migrate';
import { ReportSchema, ReportV2Schema } from '../../lib/report/schema';
import { sampleAudit, sampleReport } from '../fixtures/reports/audits';

/** Schema v3: how each page was read, and a crawl's summary; older reports and stored audits still read. */
describe('report schema v3', () => {
  it('migrates a v2 report: the same findings, pages without a rendering', () => {
    const v3 = sampleReport({ met: 17 });
    const { crawl: _crawl, ...rest } = v3;
    const v2 = ReportV2Schema.parse({ ...rest, schemaVersion: 2, pages: v3.pages.map(({ rendering: _r, ...p }) => p) });
    const migrated = migrateReport(v2, 2);
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.pages.every((p) => p.rendering === undefined)).toBe(true);
    expect(migrated.score).toEqual(v3.score);
    const read = parseReportText(JSON.stringify(v2));
    expect(read.ok && read.migratedFrom).toBe(2);
  });

  it('keeps rendering and the crawl summary through export and import', () => {
    const report = ReportSchema.parse({
      ...sampleReport({ met: 17 }),
      crawl: { startUrl: 'https://dichvucong.vidu.gov.vn/', rendering: 'browser', maxPages: 50, maxDepth: 3, complete: true, failed: [{ url: 'https://dichvucong.vidu.gov.vn/treo', kind: 'timeout', reason: 'timed out' }], skipped: [] },
    });
    const read = parseReportText(JSON.stringify(report));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.report.crawl?.failed[0]?.kind).toBe('timeout');
    expect(() => ReportSchema.parse({ ...report, pages: report.pages.map((p) => ({ ...p, rendering: 'guessed' })) })).toThrow();
  });

  it('loads an audit stored before pages recorded how they were read', () => {
    const old = sampleAudit();
    for (const p of old.pages) delete (p as { rendering?: string }).rendering;
    expect(PortalAuditSchema.parse(JSON.parse(JSON.stringify(old))).pages.length).toBe(old.pages.length);
  });
});
