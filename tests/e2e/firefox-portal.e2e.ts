import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { startDisplay } from './support/display';
import type { BrowserDriver } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';
import { ROUTES } from './scenario';
import { auditPortalAcrossPages } from './portal-scenario';
import { handOverFindings } from './handover-scenario';

describe('a portal audit in real Firefox ESR', () => {
  let display: Awaited<ReturnType<typeof startDisplay>>;
  let server: FixtureServer;
  let driver: BrowserDriver;

  beforeAll(async () => {
    display = await startDisplay();
    server = await serveFixtures(ROUTES);
    driver = await launchFirefox(display.display);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    display?.stop();
  });

  it('grows across pages, keeps attestations through a worker stop and a restart, and exports them', async () => {
    await auditPortalAcrossPages(driver, server);
  });

  it('hands findings over: hostile text stays text, report to PDF, export → import identical, broken import refused, compare', async () => {
    await driver.freshProfile();
    await handOverFindings(driver, server);
  });
});
