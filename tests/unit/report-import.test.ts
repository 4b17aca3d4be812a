import { REPORT_SCHEMA_VERSION } from '../../lib/report/schema';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PortalAudit } from '../../lib/audit/model';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { auditFromReport, parseReportText, type ParseReportResult } from '../../lib/report/import';
import { locateJsonError } from '../../lib/report/json-error';
import { ReportSchema, type Report } from '../../lib/report/schema';
import { hostileAudit, NOW, sampleAudit, sampleReport } from '../fixtures/reports/audits';

const V1_TEXT = readFileSync(new URL('../fixtures/reports/v1-minhhoa-two-pages.json', import.meta.url), 'utf8');
const text = (r: unknown) => JSON.stringify(r, null, 2);
const ctx = { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', now: NOW };

function rejected(result: ParseReportResult): { vi: string; en: string; path?: string } {
  if (result.ok) throw new Error('expected the report to be rejected');
  expect(result.error.vi.length).toBeGreaterThan(10);
  expect(result.error.en.length).toBeGreaterThan(10);
  expect(result.error.en).not.toContain('\n');
  return { ...result.error, ...(result.path !== undefined ? { path: result.path } : {}) };
}

/** A valid report, altered. */
function altered(change: (r: Record<string, any>) => void): string {
  const r = structuredClone(sampleReport()) as Record<string, any>;
  change(r);
  return text(r);
}

describe('reading a report', () => {
  it('reads a current report as it is', () => {
    const report = sampleReport();
    const result = parseReportText(text(report));
    expect(result).toEqual({ ok: true, report });
  });

  it('reads the committed version 1 report, migrated to the current version, and says so', () => {
    const result = parseReportText(V1_TEXT);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.migratedFrom).toBe(1);
    expect(result.report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(ReportSchema.safeParse(result.report).success).toBe(true);
    expect(result.report.score.formatted.vi).toBe(JSON.parse(V1_TEXT).score.formatted.vi);
  });

  it('accepts a byte-order mark and surrounding whitespace', () => {
    expect(parseReportText(`\uFEFF\n ${text(sampleReport())}\n`).ok).toBe(true);
  });

  it('rejects an empty file', () => {
    expect(rejected(parseReportText('')).en).toMatch(/empty/);
    expect(rejected(parseReportText(' \n\t')).vi).toMatch(/rỗng/);
  });

  it('rejects a file over the size limit before parsing it, naming both sizes', () => {
    const e = rejected(parseReportText(text(sampleReport()), { maxBytes: 50_000 }));
    expect(e.en).toMatch(/too large/);
    expect(e.en).toMatch(/KB/);
    // Counted in UTF-8 bytes, not characters: 400 "ạ" are 1200 bytes.
    expect(rejected(parseReportText(`"${'ạ'.repeat(400)}"`, { maxBytes: 1000 })).en).toMatch(/too large/);
    expect(parseReportText(text(sampleReport())).ok).toBe(true); // default limit, 20 MB
  });

  it('says a truncated file is truncated, with where it ends', () => {
    const full = text(sampleReport());
    const e = rejected(parseReportText(full.slice(0, 3000)));
    expect(e.en).toMatch(/ends too early.*line \d+, column \d+.*truncated/);
    expect(e.vi).toMatch(/cắt cụt/);
  });

  it('says where invalid JSON is invalid, and what was expected there', () => {
    const e = rejected(parseReportText('{\n  "schemaVersion": 2,\n  "tool": ]\n}'));
    expect(e.en).toContain('line 3, column 11');
    expect(e.en).toContain('expected a value');
    expect(e.en).toContain('found "]"');
    expect(rejected(parseReportText("{'schemaVersion': 2}")).en).toContain('property name in double quotes');
  });

  it('rejects JSON that is not an object', () => {
    expect(rejected(parseReportText('[1, 2]')).en).toMatch(/is an array/);
    expect(rejected(parseReportText('"report"')).en).toMatch(/is a string/);
    expect(rejected(parseReportText('null')).en).toMatch(/is null/);
  });

  it('recognises a Lighthouse or axe report, and other JSON, as not a DVC Inspector report', () => {
    const lighthouse = { lighthouseVersion: '12.2.0', requestedUrl: 'https://x/', finalUrl: 'https://x/', audits: {}, categories: {} };
    expect(rejected(parseReportText(text(lighthouse))).en).toMatch(/Lighthouse report, not a DVC Inspector report/);
    const axe = { testEngine: { name: 'axe-core', version: '4.10.0' }, url: 'https://x/', violations: [], passes: [], incomplete: [] };
    expect(rejected(parseReportText(text(axe))).en).toMatch(/axe-core .*not a DVC Inspector report/);
    expect(rejected(parseReportText('{"name": "dvc-inspector", "version": "0.1.0"}')).en).toMatch(/not a DVC Inspector report/);
    expect(rejected(parseReportText(altered((r) => (r.tool.name = 'Pa11y')))).en).toMatch(/another tool \("Pa11y"\)/);
    const audit: PortalAudit = sampleAudit();
    expect(rejected(parseReportText(text(audit))).en).toMatch(/audit as the extension stores it/);
  });

  it('asks to update the tool for a newer schema version', () => {
    const e = rejected(parseReportText(altered((r) => (r.schemaVersion = REPORT_SCHEMA_VERSION + 1))));
    expect(e.en).toMatch(new RegExp(`newer DVC Inspector.*schema version ${REPORT_SCHEMA_VERSION + 1}.*update DVC Inspector`));
    expect(e.path).toBe('schemaVersion');
    expect(rejected(parseReportText(altered((r) => (r.schemaVersion = 0)))).path).toBe('schemaVersion');
    expect(rejected(parseReportText(altered((r) => delete r.schemaVersion))).en).toMatch(/schemaVersion: expected a whole number/);
  });

  it('rejects an unknown checklist, naming it and the ones it knows', () => {
    const e = rejected(parseReportText(altered((r) => (r.checklist.id = 'vn-dvc-2031'))));
    expect(e.path).toBe('checklist.id');
    expect(e.en).toMatch(/unknown checklist "vn-dvc-2031".*vn-dvc-2023/);
    expect(rejected(parseReportText(altered((r) => (r.checklist.version = 7)))).path).toBe('checklist.version');
  });

  it('names the first schema violation by its path, what was expected and the criterion', () => {
    const e = rejected(parseReportText(altered((r) => (r.criteria[3].state = 'done'))));
    expect(e.path).toBe('criteria[3].state');
    expect(e.en).toContain('criteria[3].state (criterion TK-04): expected one of met|not_met|needs_review|not_applicable|not_checked|error, found "done"');
    expect(e.vi).toContain('criteria[3].state (tiêu chí TK-04): cần một trong met|not_met');
    const missing = rejected(parseReportText(altered((r) => delete r.portal)));
    expect(missing.path).toBe('portal');
    expect(missing.en).toContain('portal: expected an object, found nothing (missing)');
    const long = rejected(parseReportText(altered((r) => (r.pages[0].title = 'x'.repeat(401)))));
    expect(long.en).toContain('pages[0].title: expected at most 400 characters');
    const record = rejected(parseReportText(altered((r) => (r.pages[0].findings['TK-01'].evidence = {}))));
    expect(record.path).toBe('pages[0].findings["TK-01"].evidence');
  });

  it('checks what the schema cannot: 83 known criteria, each once, in their groups, and the score they give', () => {
    const dup = rejected(parseReportText(altered((r) => (r.criteria[5].id = r.criteria[0].id))));
    expect(dup.path).toBe('criteria[5].id');
    expect(dup.en).toMatch(/TK-01 appears twice \(also at criteria\[0\]\)/);
    const unknown = rejected(parseReportText(altered((r) => (r.criteria[2].id = 'TK-99'))));
    expect(unknown.en).toMatch(/"TK-99" is not a criterion of checklist vn-dvc-2023/);
    const gone = DEFAULT_PROFILE.criteria.slice(10, 12).map((c) => c.id);
    const fewer = rejected(parseReportText(altered((r) => r.criteria.splice(10, 2))));
    expect(fewer.path).toBe('criteria');
    expect(fewer.en).toContain(`expected the 83 criteria of vn-dvc-2023, found 81 (missing ${gone.join(', ')})`);
    expect(rejected(parseReportText(altered((r) => (r.criteria[0].group = 'CK')))).path).toBe('criteria[0].group');
    expect(rejected(parseReportText(altered((r) => (r.checklist.total = 80)))).path).toBe('checklist.total');
    const score = rejected(parseReportText(altered((r) => (r.score.met = 60))));
    expect(score.en).toMatch(/score: expected 17\/83/);
    expect(rejected(parseReportText(altered((r) => (r.score.counts.met = 3)))).path).toBe('score.counts.met');
    expect(rejected(parseReportText(altered((r) => (r.groups[1].met = 0)))).path).toBe('groups[1]');
    expect(rejected(parseReportText(altered((r) => r.groups.pop()))).path).toBe('groups');
  });

  it('never throws, whatever it is given', () => {
    for (const t of ['{', '}', '{"schemaVersion": 2}', '{"schemaVersion": 1, "tool": {"name": "DVC Inspector"}, "checklist": 5}', '[[[[', '\u0000', '1e999'])
      expect(() => parseReportText(t)).not.toThrow();
  });
});

describe('locating a JSON error', () => {
  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]} ', '{"a":', '[1,]', '{"a" 1}', '"a\nb"', '01', '[1 2]', '-', '{"a":1}}'])
      expect(locateJsonError(t) === null, t).toBe((() => { try { JSON.parse(t); return true; } catch { return false; } })());
  });

  it('survives deep nesting', () => {
    expect(locateJsonError('['.repeat(200_000))?.atEnd).toBe(true);
  });
});

describe('the audit behind a report', () => {
  const attestations = {
    'AT-01': { state: 'met' as const, note: 'QĐ 123/QĐ-UBND', author: 'Nguyễn Thị Lan', at: '2026-05-04T02:50:00.000Z' },
    'BC-01': { state: 'not_applicable' as const, note: 'Cổng cấp huyện', at: '2026-05-04T02:55:00.000Z' },
    'TK-03': { state: 'not_met' as const, note: 'Vẫn cho đăng ký tại chỗ', author: 'Trần Văn An', at: '2026-05-04T02:56:00.000Z' },
  };

  it.each([
    ['a sample audit with attestations', () => sampleAudit({ attestations })],
    ['a hostile audit', hostileAudit],
  ])('round-trips %s: buildReport(auditFromReport(report)) is the report again, apart from generatedAt', (_name, make) => {
    for (const locale of ['vi', 'en'] as const) {
      const first = buildReport(make(), { ...ctx, locale });
      const again = buildReport(auditFromReport(first), { ...ctx, locale, now: new Date('2027-01-01T00:00:00.000Z') });
      expect(again.generatedAt).not.toBe(first.generatedAt);
      expect({ ...again, generatedAt: null }).toEqual({ ...first, generatedAt: null });
    }
  });

  it('keeps the attestations and pages, so the audit can be continued', () => {
    const audit = auditFromReport(buildReport(sampleAudit({ attestations }), ctx));
    expect(audit.attestations).toEqual(attestations);
    expect(audit.pages.map((p) => p.url)).toEqual(sampleAudit().pages.map((p) => p.url));
    expect(audit.id).toBe(sampleAudit().id);
    expect(audit.origins).toEqual(sampleAudit().origins);
    expect(audit.createdAt).toBe('2026-05-04T02:10:00.000Z');
  });

  it('gives an independent copy: changing the audit does not change the report', () => {
    const report: Report = buildReport(sampleAudit({ attestations }), ctx);
    const before = structuredClone(report);
    const audit = auditFromReport(report);
    audit.pages[0]!.findings['TK-01']!.state = 'not_met';
    audit.attestations['AT-01']!.note = 'changed';
    expect(report).toEqual(before);
  });
});
