import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { eventually, type BrowserDriver } from './support/driver';
import { ROOT, type FixtureServer } from './support/server';

/** The pages the scenario serves, by path. */
export const ROUTES: Record<string, string> = {
  '/portaldvc/home': join(ROOT, 'demo/trang-chu.html'),
  '/portaldvc/chi-tiet-thu-tuc': join(ROOT, 'tests/fixtures/portal/chi-tiet-thu-tuc.html'),
  '/portaldvc/ho-so-ca-nhan': join(ROOT, 'tests/fixtures/portal/tai-khoan.html'),
  '/portaldvc/hostile': join(ROOT, 'tests/fixtures/portal/hostile.html'),
  '/files/bieu-mau.pdf': join(ROOT, 'tests/fixtures/portal/bieu-mau.pdf'),
};

const SCORE = /^\d{1,2}\/83 \(\d{1,3},\d\d%\)$/;

/**
 * One scenario, every browser: the inspector opens a portal page, presses
 * the shortcut, reads the score and what is missing in the real popup, and
 * exports the report.
 */
export async function auditPortalPage(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const receivedBeforeOpen = server.requests.length;
  await driver.open(`${server.origin}/portaldvc/home`);
  await settle();
  const receivedBefore = server.requests.length;
  await driver.pressShortcut();

  const score = await eventually(
    () => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`),
    'the score in the popup',
  );
  expect(score).toMatch(SCORE);

  // EMC monitoring is only in a commented-out snippet on the demo page: not met, with the reason.
  const emc = await driver.evalInPopup<{ state: string; text: string } | null>(`(() => {
    const li = document.querySelector('[data-testid=to-fix] [data-criterion="LT-02"]');
    return li ? { state: li.dataset.state, text: li.textContent } : null;
  })()`);
  expect(emc).not.toBeNull();
  expect(emc!.state).toBe('not_met');
  expect(emc!.text).toContain('EMC');

  // A criterion found on the page shows its evidence when expanded.
  const groupsShown = await driver.evalInPopup<number>(`document.querySelectorAll('[data-testid=groups] li').length`);
  expect(groupsShown).toBe(13);

  const json = await driver.exportedFile(() =>
    driver.evalInPopup<null>(`(document.querySelector('[data-testid=export-json]').click(), null)`).then(() => undefined),
  );
  const report = ReportSchema.parse(JSON.parse(json));
  expect(report.criteria).toHaveLength(83);
  expect(report.score.formatted.vi).toBe(score);
  expect(report.pages.map((p) => new URL(p.url).pathname)).toEqual(['/portaldvc/home']);
  const vneid = report.criteria.find((c) => c.id === 'TK-01')!;
  expect(vneid.state).toBe('met');
  expect(vneid.evidence[0]!.pageUrl).toBe(`${server.origin}/portaldvc/home`);
  expect(report.criteria.find((c) => c.id === 'LT-02')!.state).toBe('not_met');

  // Auditing and exporting sent nothing: the fixture server heard nothing
  // after the key press, only ever the page and what it loads itself, and
  // the browser saw no request from the extension.
  await settle();
  expect(server.requests.slice(receivedBefore), 'requests to the portal after the key press').toEqual([]);
  const ownPaths = pageOwnPaths('/portaldvc/home');
  expect(server.requests.slice(receivedBeforeOpen).filter((p) => !ownPaths.has(p.split('?')[0]!)), 'requests for what the page does not load').toEqual([]);
  await expectNoRequestsOfOurOwn(driver);
}

/**
 * Zod never tries `new Function` in the extension (zod/mini, and jitless
 * mode from lib/zod-setup.ts): the extension's CSP would block it and the
 * browser report it. Covers everything the extension loaded since launch
 * (background, popup, and Firefox's sidebar, which opens at install).
 */
export async function noCspViolations(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await driver.open(`${server.origin}/portaldvc/home`);
  await driver.pressShortcut();
  await eventually(() => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`), 'the popup');
  expect(await driver.cspViolations(), 'CSP violations in the extension').toEqual([]);
}

/** A page the browser will not let the extension read gets a message, not a blank popup. */
export async function unscriptablePage(driver: BrowserDriver, url: string): Promise<void> {
  await driver.open(url);
  await driver.pressShortcut();
  const failure = await eventually(
    () =>
      driver.evalInPopup<{ code: string; text: string } | null>(`(() => {
        const el = document.querySelector('[data-testid=failure]');
        return el ? { code: el.dataset.code, text: el.textContent } : null;
      })()`),
    'the failure message in the popup',
  );
  expect(['restricted', 'not-html']).toContain(failure.code);
  expect(failure.text).toContain('Không kiểm tra được trang này');
  await expectNoRequestsOfOurOwn(driver);
}

/** The only path a request of the extension may name: the canary's, below. */
const CANARY = '/__request-watch-canary__';

/** No request left the browser from the extension since it was installed. */
export async function expectNoRequestsOfOurOwn(driver: BrowserDriver): Promise<void> {
  const ours = (await driver.requests()).filter((r) => r.by === 'extension' && !r.url.includes(CANARY));
  expect(ours, 'requests from the extension').toEqual([]);
}

/**
 * The request watch can fail: a request made from the open popup is seen by
 * the browser-level watch (as the extension's) and by the fixture server.
 * Run it last: the request it makes is the extension's.
 */
export async function requestWatchCatchesTheExtension(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await driver.open(`${server.origin}/portaldvc/home`);
  await driver.pressShortcut();
  await eventually(() => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`), 'the popup');
  const url = `${server.origin}${CANARY}`;
  await driver.evalInPopup<null>(`(window.fetch(${JSON.stringify(url)}).catch(() => null), null)`);
  const seen = await eventually(
    async () => (await driver.requests()).find((r) => r.url === url) ?? null,
    'the canary request in the request watch',
  );
  expect(seen.by).toBe('extension');
  await eventually(async () => (server.requests.includes(CANARY) ? true : null), 'the canary request at the fixture server');
}

/** Paths the served page asks for by itself: itself, what it embeds, the site icon. */
function pageOwnPaths(route: string): Set<string> {
  const html = readFileSync(ROUTES[route]!, 'utf8');
  const paths = new Set([route, '/favicon.ico']);
  const embedded = /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]+)"|<link\b[^>]*\shref="([^"]+)"/gi;
  for (const m of html.matchAll(embedded)) {
    const target = new URL(m[1] ?? m[2]!, 'http://127.0.0.1');
    if (target.host === '127.0.0.1') paths.add(target.pathname);
  }
  return paths;
}

/** Let late requests (the site icon, a slow subresource) arrive. */
const settle = () => new Promise((r) => setTimeout(r, 500));

/**
 * Evidence shown on the page: a click outlines the element in a shadow-root
 * overlay; hiding it restores the page exactly; evidence whose element has
 * gone says so.
 */
export async function highlightEvidence(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await driver.open(`${server.origin}/portaldvc/home`);
  const before = await driver.evalInPage<string>('document.documentElement.outerHTML');
  await driver.pressShortcut();
  await eventually(() => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`), 'the popup');

  // TK-01 is met, so it is listed among all criteria rather than those to act on.
  await driver.evalInPopup(`(document.querySelector('[data-testid=toggle-all]').click(), null)`);
  await driver.evalInPopup(`(document.querySelector('[data-criterion="TK-01"] [data-testid=show-on-page]').click(), null)`);
  const shown = await eventually(
    () => driver.evalInPage<string | null>(`document.querySelector('dvc-inspector-overlay')?.dataset.shown ?? null`),
    'the overlay on the page',
  );
  expect(shown).toBe('1');
  const status = await eventually(
    () => driver.evalInPopup<string | null>(`document.querySelector('[data-criterion="TK-01"] [data-testid=highlight-status]')?.textContent ?? null`),
    'the highlight status',
  );
  expect(status).toContain('1');

  // All evidence of this page at once.
  await driver.evalInPopup(`(document.querySelector('[data-testid=show-all-on-page]').click(), null)`);
  const all = await eventually(
    async () => {
      const n = Number(await driver.evalInPage<string | null>(`document.querySelector('dvc-inspector-overlay')?.dataset.shown ?? '0'`));
      return n > 1 ? n : null;
    },
    'all evidence outlined',
  );
  expect(all).toBeGreaterThan(5);

  // Hiding restores the page exactly.
  await driver.evalInPopup(`(document.querySelector('[data-testid=hide-on-page]').click(), null)`);
  await eventually(async () => ((await driver.evalInPage<boolean>(`!document.querySelector('dvc-inspector-overlay')`)) ? true : null), 'the overlay removed');
  expect(await driver.evalInPage<string>('document.documentElement.outerHTML')).toBe(before);

  // The page changes: the element is gone, and the inspector is told so.
  await driver.evalInPage(`document.querySelector('.login').remove()`);
  await driver.evalInPopup(`(document.querySelector('[data-criterion="TK-01"] [data-testid=show-on-page]').click(), null)`);
  const gone = await eventually(
    async () => {
      const s = await driver.evalInPopup<string | null>(`document.querySelector('[data-criterion="TK-01"] [data-testid=highlight-status]')?.textContent ?? null`);
      return s && s.includes('không còn') ? s : null;
    },
    'the missing-element message',
  );
  expect(gone).toContain('không còn trên trang');
}
