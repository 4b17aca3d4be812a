import { describe, it } from 'vitest';
import { BROWSERS, useBrowser } from './support/browsers';
import { ROUTES } from './scenario';
import { auditPortalAcrossPages } from './portal-scenario';
import { handOverFindings } from './handover-scenario';

describe.each(BROWSERS)('a portal audit, in real $name', (browser) => {
  const { driver, server } = useBrowser(browser, ROUTES);

  it('grows across pages, keeps attestations through a worker stop and a restart, and exports them', async () => {
    await auditPortalAcrossPages(driver(), server());
  });

  it('hands findings over: hostile text stays text, report to PDF, export → import identical, broken import refused, compare', async () => {
    await driver().freshProfile();
    await handOverFindings(driver(), server());
  });
});
