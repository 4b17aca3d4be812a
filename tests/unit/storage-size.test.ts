import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

/**
 * Storage stays bounded: what one portal audit of 50 pages weighs in
 * extension storage (evidence is capped per criterion and page). The figure
 * is printed so the README can state it.
 */
describe('stored size of a portal audit', () => {
  it('stays small for 50 pages', { timeout: 60_000 }, async () => {
    const root = join(__dirname, '../..');
    const pages = ['demo/trang-chu.html', 'tests/fixtures/portal/chi-tiet-thu-tuc.html', 'tests/fixtures/portal/tai-khoan.html'].map((f) =>
      readFileSync(join(root, f), 'utf8'),
    );
    let audit = newPortalAudit('https://dichvucong.minhhoa.gov.vn', DEFAULT_PROFILE);
    for (let i = 0; i < 50; i++) {
      const url = `https://dichvucong.minhhoa.gov.vn/portaldvc/trang-${i}`;
      audit = withPage(audit, auditPage(await snapshotFromHtml(pages[i % pages.length]!, url), DEFAULT_PROFILE.criteria));
    }
    const bytes = new TextEncoder().encode(JSON.stringify(audit)).length;
    console.log(`A 50-page portal audit takes ${(bytes / 1024).toFixed(0)} KB in storage (${(bytes / 50 / 1024).toFixed(1)} KB a page).`);
    expect(audit.pages).toHaveLength(50);
    expect(bytes).toBeLessThan(1024 * 1024);
  });
});
