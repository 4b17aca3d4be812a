import { describe, it } from 'vitest';
import { BROWSERS, useBrowser } from './support/browsers';
import { auditPortalPage, highlightEvidence, noCspViolations, requestWatchCatchesTheExtension, ROUTES, unscriptablePage } from './scenario';

describe.each(BROWSERS)('one page, in real $name', (browser) => {
  const { driver, server } = useBrowser(browser, ROUTES);

  it('audits a portal page from the keyboard shortcut and exports the report', async () => {
    await auditPortalPage(driver(), server());
  });

  it('outlines evidence on the page and removes the outline cleanly', async () => {
    await highlightEvidence(driver(), server());
  });

  // Firefox shows PDFs in its built-in viewer, where injection fails with
  // "Missing host permission for the tab": the popup must still say "not HTML".
  it('explains that a PDF cannot be audited', async () => {
    await unscriptablePage(driver(), `${server().origin}/files/bieu-mau.pdf`);
  });

  it("explains that the browser's own pages cannot be audited", async () => {
    await unscriptablePage(driver(), browser.ownPage);
  });

  // Zod never tries `new Function` in the extension: see lib/zod-setup.ts.
  it('runs zod jitless: the CSP reports no eval attempt', async () => {
    await noCspViolations(driver(), server());
  });

  // Last: the request it makes is the extension's.
  it('would notice a request from the extension', async () => {
    await requestWatchCatchesTheExtension(driver(), server());
  });
});
