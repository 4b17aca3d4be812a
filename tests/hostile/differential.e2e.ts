import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import type { PageFinding } from '../../lib/audit/model';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { ReportSchema } from '../../lib/report/schema';
import { SNAPSHOT_MAX_BYTES } from '../../lib/snapshot/build';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { parseStaticDocument } from '../../lib/snapshot/static-dom';
import { hostileCorpus } from './corpus';
import { launchRenderer, ROOT, type Renderer } from './rendered';

/**
 * The differential test: every criteria fixture and every hostile page
 * through the markup-only path (parse5) and through real Chromium with the
 * built snapshot script. Where the page's scripts do not change it, both
 * must give the same findings: the same state for every criterion, and the
 * same evidence (selector and text). Signals only a browser has (load
 * timing, cookies) are set aside; the rest of the snapshot is compared
 * through what the criteria conclude from it.
 */

const FIXTURES = join(ROOT, 'tests/fixtures/criteria');
const DEFAULT_URL = 'https://dichvucong.example.gov.vn/';
/** The injected result may be at most this long (lib/extension/audit-tab.ts). */
const INJECTION_CAP = 4_000_000;

function judge(snapshot: PageSnapshot): Record<string, PageFinding> {
  // Load timing and cookies come from a live page only: not what is compared.
  return auditPage({ ...snapshot, timing: null, security: { ...snapshot.security, scriptReadableCookies: [] } }, DEFAULT_PROFILE.criteria).findings;
}

function differences(a: Record<string, PageFinding>, b: Record<string, PageFinding>, statesOnly: boolean): string[] {
  const out: string[] = [];
  for (const c of DEFAULT_PROFILE.criteria) {
    const x = a[c.id]!;
    const y = b[c.id]!;
    if (x.state !== y.state) out.push(`${c.id}: static ${x.state}, Chromium ${y.state}`);
    else if (!statesOnly) {
      const ex = JSON.stringify(x.evidence.map((e) => [e.selector, e.text]));
      const ey = JSON.stringify(y.evidence.map((e) => [e.selector, e.text]));
      if (ex !== ey) out.push(`${c.id} evidence: static ${ex.slice(0, 300)} / Chromium ${ey.slice(0, 300)}`);
    }
  }
  return out;
}

/** Script types a browser runs. */
const RUNNABLE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** Does the page have a script the browser runs (which may change it)? */
function runsScripts(html: string, url: string): boolean {
  const doc = parseStaticDocument(html, url);
  const walker = doc.createTreeWalker(doc, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as unknown as Element;
    if (el.localName === 'script' && RUNNABLE.test((el.getAttribute('type') ?? '').trim())) return true;
  }
  return false;
}

let renderer: Renderer;
beforeAll(async () => {
  renderer = await launchRenderer();
}, 60_000);
afterAll(async () => {
  await renderer?.close();
});

describe('criteria fixtures: markup-only path and real Chromium agree', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(files)('%s', async (file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = /<[!]--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? DEFAULT_URL;
    const rendered = await renderer.snapshot(url, html);
    if (!rendered.ok) throw new Error(rendered.error);
    const stat = await snapshotFromHtml(html, url);
    // A script that runs may add elements (a tracker's loader adds its <script src>): then only the verdicts must agree.
    expect(differences(judge(stat), judge(rendered.snapshot), runsScripts(html, url))).toEqual([]);
  });
});

describe('hostile corpus: a valid report in Chromium, and the same findings as the markup-only path', () => {
  for (const page of hostileCorpus())
    it(`${page.name}: ${page.tries}`, { timeout: 120_000 }, async () => {
      const rendered = await renderer.snapshot(page.url, page.html);
      if (!rendered.ok) throw new Error(rendered.error);
      expect(rendered.json.length).toBeLessThanOrEqual(INJECTION_CAP);
      expect(Buffer.byteLength(rendered.json)).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
      const findings = judge(rendered.snapshot);
      const report = buildReport(withPage(newPortalAudit(rendered.snapshot.origin, DEFAULT_PROFILE), auditPage(rendered.snapshot, DEFAULT_PROFILE.criteria)), { profile: DEFAULT_PROFILE, toolVersion: '0.1.0' });
      expect(ReportSchema.safeParse(report).success).toBe(true);
      expect(report.criteria).toHaveLength(83);
      if (page.scriptsChangeThePage) return;
      const stat = await snapshotFromHtml(page.html, page.url);
      expect(differences(judge(stat), findings, page.compare?.only === 'states')).toEqual([]);
    });
});
