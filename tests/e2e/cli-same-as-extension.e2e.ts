import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAudit } from '../../lib/audit/model';
import { ReportSchema } from '../../lib/report/schema';
import { runCli } from '../cli/run';
import { BROWSERS, useBrowser } from './support/browsers';
import { eventually } from './support/driver';
import { ROOT } from './support/server';

/**
 * The same page gives the same findings in the extension (the real
 * shortcut, the real popup, in Chromium) and on the command line (rendered
 * in headless Chromium with the extension's own snapshot script): a
 * script-built page, the demo portal page and an account page. The command
 * line also reads the response headers, which the extension cannot (AT-05).
 */
const ROUTES: Record<string, string> = {
  '/portaldvc/tra-cuu': join(ROOT, 'tests/fixtures/cli/tra-cuu-bang-script.html'),
  '/portaldvc/home': join(ROOT, 'demo/trang-chu.html'),
  '/portaldvc/ho-so-ca-nhan': join(ROOT, 'tests/fixtures/portal/tai-khoan.html'),
};
const ONLY_ON_THE_COMMAND_LINE = new Set(['AT-05']);
type AnyPage = Pick<PageAudit, 'findings'>;

describe('the extension and the command line', () => {
  const { driver, server } = useBrowser(BROWSERS[0], ROUTES);

  for (const path of Object.keys(ROUTES)) {
    it(`give the same findings on ${path}`, async () => {
      const url = `${server().origin}${path}`;
      await driver().open(url);
      await new Promise((r) => setTimeout(r, 1000)); // the page's own script has run
      await driver().pressShortcut();
      await eventually(
        () => driver().evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`),
        'the score in the popup',
      );
      const stored = await driver().evalInPopup<{ portals: Record<string, { current: { pages: PageAudit[] } }> }>(
        `chrome.storage.local.get('auditStore').then((r) => r.auditStore)`,
      );
      const inExtension = Object.values(stored.portals).flatMap((p) => p.current.pages).find((p) => p.url === url)!;
      expect(inExtension, 'the page in the extension').toBeDefined();
      expect(inExtension.rendering).toBe('browser');

      const run = await runCli([url, '--json']);
      expect(run.code, run.stderr).toBe(0);
      const onCommandLine = ReportSchema.parse(JSON.parse(run.stdout)).pages[0]!;
      expect(onCommandLine.rendering).toBe('browser');

      const states = (p: AnyPage) =>
        Object.fromEntries(Object.entries(p.findings).filter(([id]) => !ONLY_ON_THE_COMMAND_LINE.has(id)).map(([id, f]) => [id, f.state]));
      expect(states(onCommandLine)).toEqual(states(inExtension));
      const selectors = (p: AnyPage) =>
        Object.fromEntries(
          Object.entries(p.findings)
            .filter(([id]) => !ONLY_ON_THE_COMMAND_LINE.has(id) && id !== 'GD-06') // GD-06's evidence is the load's own timings
            .map(([id, f]) => [id, f.evidence.map((e) => e.selector)]),
        );
      expect(selectors(onCommandLine)).toEqual(selectors(inExtension));
      if (path === '/portaldvc/tra-cuu') expect(onCommandLine.findings['HT-05']!.state).toBe('met');
    }, 90_000);
  }
});
