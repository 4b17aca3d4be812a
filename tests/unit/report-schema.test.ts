import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { MigrationError, migrateReport, migrations } from '../../lib/report/migrate';
import { REPORT_SCHEMAS, REPORT_SCHEMA_VERSION, ReportSchema, ReportV1Schema, type ReportV1 } from '../../lib/report/schema';
import { buildReport } from '../../lib/report/build';
import { auditFromReport } from '../../lib/report/import';
import { sampleAudit, sampleReport } from '../fixtures/reports/audits';
import type { Attestation } from '../../lib/audit/model';

const sampleAuditWith = (attestations: Record<string, Attestation>) => sampleAudit({ attestations });

const V1_PATH = new URL('../fixtures/reports/v1-minhhoa-two-pages.json', import.meta.url);
const v1 = (): ReportV1 => JSON.parse(readFileSync(V1_PATH, 'utf8')) as ReportV1;

describe('report schema version 3', () => {
  it('is what buildReport makes, with the checklist title and how to verify every criterion', () => {
    const r = sampleReport();
    expect(r.schemaVersion).toBe(3);
    expect(REPORT_SCHEMA_VERSION).toBe(3);
    expect(r.checklist.title).toEqual(DEFAULT_PROFILE.title);
    expect(r.criteria).toHaveLength(83);
    for (const c of r.criteria) {
      const def = DEFAULT_PROFILE.criteria.find((d) => d.id === c.id)!;
      expect(c.howToVerify).toEqual(def.howToVerify);
      expect(c.howToVerify.vi.length).toBeGreaterThan(10);
    }
  });

  it('carries every criterion’s legal basis as citations with links, help, the markers’ legend and the time zone', () => {
    const r = sampleReport();
    expect(r.timeZone).toEqual({ name: 'Asia/Ho_Chi_Minh', utcOffset: '+07:00' });
    expect(r.basisMarkers.map((m) => m.tag)).toEqual(['[G]', '[P]', '[K]', '[I]', '[G mention]', '[secondary]']);
    const tk04 = r.criteria.find((c) => c.id === 'TK-04')!;
    expect(tk04.basis).toBe('S1 Art 5(e) [G]; [I]');
    expect(tk04.references[0]).toMatchObject({ markers: ['G'], links: [{ label: '22/2019/TT-BTTTT' }] });
    expect(tk04.references[0]!.text.vi).toMatch(/^Thông tư 22\/2019\/TT-BTTTT .*Điều 5 điểm e$/);
    expect(tk04.references[1]).toMatchObject({ markers: ['I'], links: [] });
    for (const c of r.criteria) {
      expect(c.references.length).toBeGreaterThan(0);
      expect(c.help?.why.vi).toBeTruthy();
    }
    expect(r.criteria.find((c) => c.id === 'AT-01')!.help!.steps.vi.length).toBeGreaterThan(1);
  });

  it('carries a screenshot in the report only when the exporter hands over its image', () => {
    const shot = { id: 's1', pageUrl: 'https://dichvucong.vidu.gov.vn/', capturedAt: '2026-05-04T02:30:00.000Z', width: 320, height: 200, bytes: 1000 };
    const audit = { ...sampleAuditWith({ 'KDL-01': { state: 'met', note: '', at: '2026-05-04T02:30:00.000Z', screenshot: shot } }) };
    const bare = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' });
    expect(bare.criteria.find((c) => c.id === 'KDL-01')!.attestation!.screenshot).toEqual(shot);
    const withImage = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', screenshot: (id) => (id === 's1' ? 'data:image/jpeg;base64,/9j/4AAQ' : undefined) });
    expect(withImage.criteria.find((c) => c.id === 'KDL-01')!.attestation!.screenshot!.dataUrl).toBe('data:image/jpeg;base64,/9j/4AAQ');
    // Only images: markup, SVG and other schemes are refused.
    for (const bad of ['data:image/svg+xml;base64,PHN2Zz4=', 'data:text/html;base64,PGI+', 'javascript:alert(1)', 'data:image/png;base64,<b>'])
      expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(withImage).replace('data:image/jpeg;base64,/9j/4AAQ', bad))).success, bad).toBe(false);
  });

  it('rejects a version 2 report without the new fields, and a version 1 report as version 2', () => {
    const r = sampleReport() as Record<string, unknown> & ReturnType<typeof sampleReport>;
    const { title: _t, ...checklist } = r.checklist;
    expect(ReportSchema.safeParse({ ...r, checklist }).success).toBe(false);
    const { howToVerify: _h, ...first } = r.criteria[0]!;
    expect(ReportSchema.safeParse({ ...r, criteria: [first, ...r.criteria.slice(1)] }).success).toBe(false);
    expect(ReportSchema.safeParse(v1()).success).toBe(false);
  });

  it('keeps every older version readable: one schema and one migration step per version', () => {
    for (let v = 1; v < REPORT_SCHEMA_VERSION; v++) {
      expect(REPORT_SCHEMAS[v], `schema v${v}`).toBeDefined();
      expect((migrations as Record<number, unknown>)[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
    }
    expect(REPORT_SCHEMAS[REPORT_SCHEMA_VERSION]).toBe(ReportSchema);
  });
});

describe('migrating a version 2 report', () => {
  /** What this tool exported before version 3: the same report without the version 3 fields. */
  const v2 = () => {
    const { timeZone: _t, basisMarkers: _m, ...r } = sampleReport({ attestations: { 'AT-01': { state: 'met', note: 'QĐ 12', author: 'A', at: '2026-05-04T02:30:00.000Z' } } });
    return { ...r, schemaVersion: 2, criteria: r.criteria.map(({ references: _r, help: _h, ...c }) => c) };
  };

  it('is valid as version 2 and becomes the version 3 report the tool makes today, fields kept', () => {
    expect(REPORT_SCHEMAS[2]!.safeParse(v2()).success).toBe(true);
    const migrated = migrateReport(v2(), 2);
    const today = sampleReport({ attestations: { 'AT-01': { state: 'met', note: 'QĐ 12', author: 'A', at: '2026-05-04T02:30:00.000Z' } } });
    expect(migrated).toEqual(today);
  });
});

describe('migrating the committed version 1 report', () => {
  it('is a valid version 1 report (the fixture is what 0.1 exported)', () => {
    const parsed = ReportV1Schema.parse(v1());
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.criteria).toHaveLength(83);
    expect(parsed.criteria.some((c) => c.attestation?.author)).toBe(true);
  });

  it('becomes a valid current report that keeps every version 1 field as it was', () => {
    const old = v1();
    const migrated = migrateReport(old, 1);
    expect(ReportSchema.safeParse(migrated).success).toBe(true);
    expect(migrated.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(migrated.checklist.title).toEqual(DEFAULT_PROFILE.title);
    const { schemaVersion: _a, checklist: c2, criteria: cr2, portal: p2, pages: pg2, timeZone: _z, basisMarkers: _m, ...rest2 } = migrated;
    const { schemaVersion: _b, checklist: c1, criteria: cr1, portal: p1, pages: pg1, ...rest1 } = old;
    expect(rest2).toEqual(rest1);
    // Version 3: page types, platforms and warnings are unknown for pages audited before them.
    expect(p2).toEqual({ ...p1, platforms: [] });
    expect(pg2).toEqual(pg1.map((p) => ({ ...p, pageType: null, platforms: [], warnings: [] })));
    expect({ ...c2, title: undefined }).toEqual({ ...c1, title: undefined });
    expect(cr2.map(({ howToVerify: _h, references: _r, help: _hp, combine: _c, ...c }) => c)).toEqual(cr1);
    for (const c of cr2) expect(c.howToVerify).toEqual(DEFAULT_PROFILE.criteria.find((d) => d.id === c.id)!.howToVerify);
  });

  it('gives back the audit it came from: rebuilding it today gives the same states, evidence and score', () => {
    const migrated = migrateReport(v1(), 1);
    const rebuilt = buildReport(auditFromReport(migrated), { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' });
    const essence = (r: typeof migrated) => r.criteria.map((c) => [c.id, c.state, c.source, c.automaticState, c.evidence, c.attestation]);
    expect(essence(rebuilt)).toEqual(essence(migrated));
    expect(rebuilt.score.formatted).toEqual(migrated.score.formatted);
    expect(rebuilt.pages).toEqual(migrated.pages);
  });

  it('refuses a version 1 report of an unknown checklist, and input that is not version 1', () => {
    expect(() => migrations[1]({ ...v1(), checklist: { id: 'vn-dvc-2030', version: 1, total: 83 } })).toThrow(MigrationError);
    expect(() => migrateReport({ ...v1(), criteria: 'none' }, 1)).toThrow();
  });
});
