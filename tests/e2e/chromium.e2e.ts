import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startDisplay } from './support/display';
import type { BrowserDriver } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';
import { auditPortalPage, highlightEvidence, noCspViolations, requestWatchCatchesTheExtension, ROUTES, unscriptablePage } from './scenario';

describe('in real Chromium', () => {
  let display: Awaited<ReturnType<typeof startDisplay>>;
  let server: FixtureServer;
  let driver: BrowserDriver;

  beforeAll(async () => {
    display = await startDisplay();
    server = await serveFixtures(ROUTES);
    driver = await launchChromium(display.display);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    display?.stop();
  });

  it('audits a portal page from the keyboard shortcut and exports the report', async () => {
    await auditPortalPage(driver, server);
  });

  it('outlines evidence on the page and removes the outline cleanly', async () => {
    await highlightEvidence(driver, server);
  });

  it('explains that a PDF cannot be audited', async () => {
    await unscriptablePage(driver, `${server.origin}/files/bieu-mau.pdf`);
  });

  it("explains that the browser's own pages cannot be audited", async () => {
    await unscriptablePage(driver, 'chrome://version/');
  });

  // Zod never tries `new Function` in the extension: see lib/zod-setup.ts.
  it('runs zod jitless: the CSP reports no eval attempt', async () => {
    await noCspViolations(driver, server);
  });

  // Last: the request it makes is the extension's.
  it('would notice a request from the extension', async () => {
    await requestWatchCatchesTheExtension(driver, server);
  });
});
