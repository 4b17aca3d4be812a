import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attest } from '../../lib/audit/attest';
import { auditPage } from '../../lib/audit/evaluate';
import { mergeFindings } from '../../lib/audit/merge';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { parseReportText, type ParseReportResult } from '../../lib/report/import';
import type { Report } from '../../lib/report/schema';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

/**
 * An imported report is checked for what a schema cannot say: that it adds
 * up. Each criterion's state follows from its pages' findings and the
 * attestations, a met finding has its evidence (automatic) or its
 * attestation (assisted, manual), the score follows from what is met, and
 * what the checklist says (titles, basis, how to verify) comes from the
 * checklist, not from the file.
 */

const ROOT = join(__dirname, '../..');
const NOW = new Date('2026-03-01T08:00:00.000Z');
const URL = 'https://dichvucong.minhhoa.gov.vn/portaldvc/home';

/** A genuine report: the demo page audited, one manual criterion attested. */
async function genuine(): Promise<Report> {
  const snapshot = await snapshotFromHtml(readFileSync(join(ROOT, 'demo/trang-chu.html'), 'utf8'), URL, { now: NOW });
  let audit = withPage(newPortalAudit(snapshot.origin, DEFAULT_PROFILE, NOW), auditPage(snapshot, DEFAULT_PROFILE.criteria, NOW));
  const manual = DEFAULT_PROFILE.criteria.find((c) => c.method === 'manual')!;
  const merged = mergeFindings(DEFAULT_PROFILE.criteria, audit.pages, audit.attestations);
  const r = attest(audit, manual, merged.find((m) => m.criterion.id === manual.id)!.automaticState, { state: 'met', note: 'Quyết định số 12/QĐ-UBND', author: 'Trần Văn An' }, NOW);
  if (!r.ok) throw new Error(r.reason.en);
  audit = r.audit;
  return buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', now: NOW });
}

function refused(result: ParseReportResult): { en: string; vi: string; path?: string } {
  if (result.ok) throw new Error('the forged report was accepted');
  expect(result.error.en).not.toContain('\n');
  return { ...result.error, ...(result.path !== undefined ? { path: result.path } : {}) };
}

async function forged(change: (r: Report) => void): Promise<ParseReportResult> {
  const r = structuredClone(await genuine());
  change(r);
  return parseReportText(JSON.stringify(r));
}

/** Recompute the derived view the way a forger who knows the format would (so only the deeper checks can catch it). */
function rescore(r: Report): void {
  const met = r.criteria.filter((c) => c.state === 'met').length;
  r.score.met = met;
  r.score.percent = Math.round((met / 83) * 10000) / 100;
  r.score.formatted = { vi: `${met}/83 (${r.score.percent.toFixed(2).replace('.', ',')}%)`, en: `${met}/83 (${r.score.percent.toFixed(2)}%)` };
  for (const s of Object.keys(r.score.counts) as Array<keyof Report['score']['counts']>) r.score.counts[s] = r.criteria.filter((c) => c.state === s).length;
  for (const g of r.groups) {
    g.met = r.criteria.filter((c) => c.group === g.id && c.state === 'met').length;
    g.percent = Math.round((g.met / g.total) * 10000) / 100;
  }
}

describe('a genuine report imports', () => {
  it('round-trips a report made from a real page with an attestation', async () => {
    const report = await genuine();
    const result = parseReportText(JSON.stringify(report));
    if (!result.ok) throw new Error(result.error.en);
    expect(result.report).toEqual(report);
  });

  it('reads the committed version 1 report', () => {
    const result = parseReportText(readFileSync(join(ROOT, 'tests/fixtures/reports/v1-minhhoa-two-pages.json'), 'utf8'));
    if (!result.ok) throw new Error(result.error.en);
  });
});

describe('a report that does not add up is refused, naming the first inconsistency', () => {
  it('every page finding set to met (the criteria re-derived to match, the score too): refused', async () => {
    const e = refused(
      await forged((r) => {
        for (const p of r.pages) for (const f of Object.values(p.findings)) f.state = 'met';
        for (const c of r.criteria) c.state = 'met';
        rescore(r);
      }),
    );
    expect(e.en).toMatch(/pages\[0\]\.findings/);
  });

  it('a criterion flipped to met with the score made to match: refused at that criterion', async () => {
    const report = await genuine();
    const i = report.criteria.findIndex((c) => c.state === 'not_met' && c.method === 'auto');
    const e = refused(
      await forged((r) => {
        r.criteria[i]!.state = 'met';
        rescore(r);
      }),
    );
    expect(e.path).toBe(`criteria[${i}].state`);
    expect(e.en).toContain(report.criteria[i]!.id);
  });

  it('an automatic met finding without evidence: refused', async () => {
    const report = await genuine();
    const id = report.criteria.find((c) => c.state === 'met' && c.method === 'auto' && c.evidence.length > 0 && !['AT-05', 'AT-07', 'AT-09', 'GD-01'].includes(c.id))!.id;
    const e = refused(await forged((r) => void (r.pages[0]!.findings[id]!.evidence = [])));
    expect(e.en).toMatch(/evidence/);
    expect(e.en).toContain(id);
  });

  it('an assisted criterion found met by a page (only the inspector can say so): refused', async () => {
    const report = await genuine();
    const c = report.criteria.find((x) => x.method === 'assisted')!;
    const e = refused(
      await forged((r) => {
        r.pages[0]!.findings[c.id] = { state: 'met', evidence: [{ pageUrl: r.pages[0]!.url, selector: 'a', text: 'x' }] };
      }),
    );
    expect(e.en).toContain(c.id);
  });

  it('a manual criterion met without an attestation: refused', async () => {
    const report = await genuine();
    const c = report.criteria.find((x) => x.method === 'manual' && !x.attestation)!;
    const e = refused(
      await forged((r) => {
        r.pages[0]!.findings[c.id] = { state: 'met', evidence: [{ pageUrl: r.pages[0]!.url, selector: 'a', text: 'x' }] };
      }),
    );
    expect(e.en).toContain(c.id);
  });

  it('an attestation a criterion cannot have, or a manual one without a note: refused', async () => {
    const report = await genuine();
    const assisted = report.criteria.findIndex((x) => x.method === 'assisted');
    expect(refused(await forged((r) => void (r.criteria[assisted]!.attestation = { state: 'not_applicable', note: 'x', at: NOW.toISOString() }))).path).toMatch(/^criteria\[\d+\]/);
    const attested = report.criteria.findIndex((x) => x.attestation);
    expect(refused(await forged((r) => void (r.criteria[attested]!.attestation!.note = '  '))).en).toMatch(/note/);
  });

  it('percent or formatted score that does not follow from met: refused', async () => {
    expect(refused(await forged((r) => void (r.score.percent = 99))).path).toBe('score.percent');
    expect(refused(await forged((r) => void (r.score.formatted.vi = '83/83 (100,00%)'))).path).toBe('score.formatted.vi');
    expect(refused(await forged((r) => void (r.groups[0]!.percent = 100))).path).toBe('groups[0].percent');
  });

  it('dates that are not dates: refused', async () => {
    expect(refused(await forged((r) => void (r.generatedAt = 'hôm qua'))).path).toBe('generatedAt');
    expect(refused(await forged((r) => void (r.pages[0]!.auditedAt = '2026-13-45T99:00:00Z'))).path).toBe('pages[0].auditedAt');
    const attested = (await genuine()).criteria.findIndex((x) => x.attestation);
    expect(refused(await forged((r) => void (r.criteria[attested]!.attestation!.at = 'x'))).path).toBe(`criteria[${attested}].attestation.at`);
  });

  it('evidence lists over their caps: refused', async () => {
    const report = await genuine();
    const id = report.criteria.find((c) => c.state === 'met' && c.evidence.length > 0)!.id;
    const e = refused(
      await forged((r) => {
        const f = r.pages[0]!.findings[id]!;
        f.evidence = Array.from({ length: 6 }, (_, i) => ({ pageUrl: r.pages[0]!.url, selector: `a:nth-of-type(${i + 1})`, text: 'x' }));
      }),
    );
    expect(e.en).toMatch(/at most 5/);
  });

  it('evidence said to be from another page than the one it was found on: refused', async () => {
    const report = await genuine();
    const id = report.criteria.find((c) => c.state === 'met' && c.evidence.length > 0)!.id;
    expect(refused(await forged((r) => void (r.pages[0]!.findings[id]!.evidence[0]!.pageUrl = 'https://evil.example/'))).en).toMatch(/page/);
  });

  it('the same page twice, or a finding for a criterion the checklist does not have: refused', async () => {
    expect(refused(await forged((r) => void r.pages.push(structuredClone(r.pages[0]!)))).path).toBe('pages[1].url');
    expect(refused(await forged((r) => void (r.pages[0]!.findings['XX-99'] = { state: 'met', evidence: [] }))).en).toContain('XX-99');
  });

  it('names from the file that an object would inherit (checklist.id "constructor", "__proto__", "toString") get a clear message', async () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = structuredClone(await genuine()) as unknown as { checklist: { id: string } };
      r.checklist.id = id;
      const e = refused(parseReportText(JSON.stringify(r)));
      expect(e.path).toBe('checklist.id');
      expect(e.en).toMatch(/unknown checklist/);
    }
    const raw = JSON.stringify(await genuine()).replace('"findings":{', '"findings":{"__proto__":{"state":"met","evidence":[]},');
    expect(refused(parseReportText(raw)).en).toContain('__proto__');
  });
});

describe("what the checklist says comes from the checklist, not from the file", () => {
  it('titles, basis, how to verify, group titles and the checklist title are the checklist’s', async () => {
    const result = await forged((r) => {
      r.checklist.title = { vi: 'Bộ tiêu chí giả', en: 'Fake checklist' };
      r.groups[0]!.title = { vi: 'Nhóm giả', en: 'Fake group' };
      for (const c of r.criteria) {
        c.title = { vi: `${c.id} đã đạt`, en: `${c.id} passed` };
        c.basis = 'forged';
        c.howToVerify = { vi: 'không cần', en: 'nothing to do' };
      }
    });
    if (!result.ok) throw new Error(result.error.en);
    const byId = new Map(DEFAULT_PROFILE.criteria.map((c) => [c.id, c]));
    for (const c of result.report.criteria) {
      expect(c.title).toEqual(byId.get(c.id)!.title);
      expect(c.basis).toBe(byId.get(c.id)!.basis);
      expect(c.howToVerify).toEqual(byId.get(c.id)!.howToVerify);
    }
    expect(result.report.checklist.title).toEqual(DEFAULT_PROFILE.title);
    expect(result.report.groups[0]!.title).toEqual(DEFAULT_PROFILE.groups[0]!.title);
  });
});
