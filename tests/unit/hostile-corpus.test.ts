import { describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { PortalAuditSchema } from '../../lib/audit/model';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { parseReportText } from '../../lib/report/import';
import { ReportSchema } from '../../lib/report/schema';
import { SNAPSHOT_MAX_BYTES } from '../../lib/snapshot/build';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { PageSnapshotSchema } from '../../lib/snapshot/schema';
import { hostileCorpus } from '../hostile/corpus';

/**
 * Every page of the hostile corpus through the markup-only path: a valid
 * snapshot within its byte budget, a valid 83-criteria report that imports
 * back, and the verdicts hostile markup tried to flip.
 */
const VERDICTS: Record<string, Record<string, string>> = {
  'svg-style-script': { 'AT-07': 'not_met', 'AT-09': 'not_met' },
  'nul-bytes': { 'AT-07': 'not_met' },
  'invisible-characters': { 'AT-12': 'met', 'TK-01': 'met' },
  'unclosed-regex-brackets': { 'AT-07': 'not_met' },
  'secret-after-20000': { 'AT-07': 'not_met' },
  'secrets-in-comments': { 'AT-07': 'not_met' },
  'private-key-comment': { 'AT-07': 'not_met' },
  'library-banners': { 'AT-09': 'not_met' },
  'iframe-srcdoc': { 'AT-07': 'not_met' },
  // The secret is shown as text after <plaintext>: visible on the page, so exposed.
  'plaintext': { 'AT-07': 'not_met' },
  'noscript-template': { 'AT-07': 'met' },
};

describe('the hostile corpus through the markup-only path', () => {
  const corpus = hostileCorpus();

  it('has at least 40 pages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  for (const page of corpus)
    it(`${page.name}: ${page.tries}`, { timeout: 60_000 }, async () => {
      const snapshot = await snapshotFromHtml(page.html, page.url);
      expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(snapshot))).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
      const audit = withPage(newPortalAudit(snapshot.origin || page.url, DEFAULT_PROFILE), auditPage(snapshot, DEFAULT_PROFILE.criteria));
      expect(PortalAuditSchema.safeParse(audit).success).toBe(true);
      const report = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' });
      expect(ReportSchema.safeParse(report).success).toBe(true);
      expect(report.criteria).toHaveLength(83);
      expect(report.criteria.filter((c) => c.state === 'error')).toEqual([]);
      const back = parseReportText(JSON.stringify(report));
      expect(back.ok ? 'imported' : back.error.en).toBe('imported');
      for (const [id, state] of Object.entries(VERDICTS[page.name] ?? {})) expect(`${id} ${report.criteria.find((c) => c.id === id)!.state}`).toBe(`${id} ${state}`);
    });
});
