import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { startDisplay } from './display';
import type { BrowserDriver } from './driver';
import { launchFirefox } from './firefox';
import { serveFixtures, type FixtureServer } from './server';

/** Every scenario runs in both real browsers. */
export const BROWSERS = [
  { name: 'Chromium', launch: launchChromium, ownPage: 'chrome://version/' },
  { name: 'Firefox ESR', launch: launchFirefox, ownPage: 'about:robots' },
] as const;

export type BrowserUnderTest = (typeof BROWSERS)[number];

/**
 * A private display, the fixture portal on 127.0.0.1 and the browser with
 * the built extension, for the tests of one describe block.
 */
export function useBrowser(
  browser: BrowserUnderTest,
  routes: Record<string, string>,
  /** Portal names the fixture server serves as the browser's proxy (see server.ts). */
  options: { hosts?: readonly string[] } = {},
): { driver: () => BrowserDriver; server: () => FixtureServer } {
  let display: Awaited<ReturnType<typeof startDisplay>> | undefined;
  let server: FixtureServer | undefined;
  let driver: BrowserDriver | undefined;
  beforeAll(async () => {
    display = await startDisplay();
    server = await serveFixtures(routes, options);
    driver = await browser.launch(display.display, options.hosts?.length ? { proxyPort: server.port } : {});
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    display?.stop();
  });
  return { driver: () => driver!, server: () => server! };
}
