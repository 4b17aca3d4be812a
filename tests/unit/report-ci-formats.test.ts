import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { toJunit } from '../../lib/report/junit';
import { toSarif } from '../../lib/report/sarif';
import { HOSTILE, hostileReport, sampleReport } from '../fixtures/reports/audits';

/**
 * The CI formats: SARIF 2.1.0 validated against the OASIS schema (shipped in
 * @microsoft/jest-sarif), JUnit XML checked against the shape CI servers
 * read (the Jenkins/GitLab JUnit schema: testsuites > testsuite > testcase
 * with at most one failure, error or skipped; counts that add up).
 */
const require = createRequire(import.meta.url);
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SCHEMA);

describe('SARIF', () => {
  it('is valid SARIF 2.1.0: one rule per criterion, one result per criterion not met', () => {
    for (const report of [sampleReport({ met: 17 }), hostileReport('en')]) {
      const log = toSarif(report, 'en');
      const ok = validateSarif(log);
      expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      const run = log.runs[0]!;
      expect(run.tool.driver.rules).toHaveLength(83);
      const notMet = report.criteria.filter((c) => c.state === 'not_met');
      expect(run.results!.map((r) => r.ruleId)).toEqual(notMet.map((c) => c.id));
      for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    }
  });

  it('locates a finding at its evidence: the page and the element selector', () => {
    const report = hostileReport('en');
    const withEvidence = report.criteria.find((c) => c.state === 'not_met' && c.evidence.length > 0);
    expect(withEvidence).toBeDefined();
    const result = toSarif(report, 'en').runs[0]!.results!.find((r) => r.ruleId === withEvidence!.id)!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(withEvidence!.evidence[0]!.pageUrl);
    expect(result.locations![0]!.logicalLocations![0]).toEqual({ fullyQualifiedName: withEvidence!.evidence[0]!.selector, kind: 'element' });
    const rule = toSarif(report, 'vi').runs[0]!.tool.driver.rules!.find((r) => r.id === withEvidence!.id)!;
    expect(rule.shortDescription!.text).toBe(withEvidence!.title.vi);
    expect(rule.properties).toMatchObject({ group: withEvidence!.group, method: withEvidence!.method, basis: withEvidence!.basis });
  });
});

describe('JUnit', () => {
  const parse = (xml: string) => new new Window().DOMParser().parseFromString(xml, 'application/xml');

  it('has one test case per criterion in one suite per group, and counts that add up', () => {
    const report = sampleReport({ met: 17 });
    const xml = toJunit(report, 'en');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const doc = parse(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName).toBe('testsuites');
    const suites = [...root.children];
    expect(suites.map((s) => s.tagName)).toEqual(report.groups.map(() => 'testsuite'));
    let cases = 0;
    let failures = 0;
    let skipped = 0;
    let errors = 0;
    for (const suite of suites) {
      for (const attr of ['name', 'tests', 'failures', 'errors', 'skipped', 'time', 'timestamp']) expect(suite.hasAttribute(attr), attr).toBe(true);
      const tc = [...suite.children];
      expect(tc.every((c) => c.tagName === 'testcase' && c.getAttribute('name') && c.getAttribute('classname'))).toBe(true);
      expect(Number(suite.getAttribute('tests'))).toBe(tc.length);
      for (const c of tc) expect(c.children.length).toBeLessThanOrEqual(1);
      const f = tc.filter((c) => c.querySelector('failure')).length;
      const s = tc.filter((c) => c.querySelector('skipped')).length;
      const e = tc.filter((c) => c.querySelector('error')).length;
      expect(Number(suite.getAttribute('failures'))).toBe(f);
      expect(Number(suite.getAttribute('skipped'))).toBe(s);
      expect(Number(suite.getAttribute('errors'))).toBe(e);
      cases += tc.length;
      failures += f;
      skipped += s;
      errors += e;
    }
    expect(cases).toBe(83);
    expect(Number(root.getAttribute('tests'))).toBe(83);
    expect(Number(root.getAttribute('failures'))).toBe(failures);
    expect(failures).toBe(report.criteria.filter((c) => c.state === 'not_met').length);
    expect(skipped).toBe(report.criteria.filter((c) => ['needs_review', 'not_checked', 'not_applicable'].includes(c.state)).length);
    expect(errors).toBe(report.criteria.filter((c) => c.state === 'error').length);
    expect(83 - failures - skipped - errors).toBe(17);
  });

  it('keeps page text as text: markup and control characters cannot break the XML', () => {
    const xml = toJunit(hostileReport('en'), 'en');
    const doc = parse(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('testcase')).toHaveLength(83);
    expect(xml).not.toContain(HOSTILE.img);
    const shown = [...doc.querySelectorAll('*')].some(
      (el) => [...el.attributes].some((a) => (a.value ?? "").includes(HOSTILE.img)) || (el.textContent ?? '').includes(HOSTILE.img),
    );
    expect(shown).toBe(true);
  });
});
