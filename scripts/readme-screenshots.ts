/**
 * The README's screenshots (docs/screenshots/), taken of the built extension
 * in Debian's Chromium as the end-to-end tests drive it: two fixture
 * portals audited, a few attestations, then the workspace at 240 px (the
 * Firefox sidebar's default width), the portal switcher and the guided
 * assessment. Run after `npm run build`:
 *   npx tsx scripts/readme-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from '../tests/e2e/scenario';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startDisplay } from '../tests/e2e/support/display';
import { eventually, type ExtensionPage } from '../tests/e2e/support/driver';
import { ROOT, serveFixtures } from '../tests/e2e/support/server';
import { HOSTS, PORTAL_A, PORTAL_B } from '../tests/e2e/workday-scenario';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const display = await startDisplay();
const server = await serveFixtures(ROUTES, { hosts: HOSTS });
const driver = await launchChromium(display.display, { proxyPort: server.port });
try {
  const audit = async (url: string) => {
    await driver.open(url);
    await driver.pressShortcut();
    await eventually(() => driver.evalInPopup<string | null>(`document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null`), url);
  };
  await audit(`${server.portal(PORTAL_B)}/portaldvc/chi-tiet-thu-tuc`);
  await audit(`${server.portal(PORTAL_A)}/portaldvc/home`);
  await audit(`${server.portal(PORTAL_A)}/portaldvc/ho-so-ca-nhan`);

  const ws: ExtensionPage = await driver.extensionPage('/sidepanel.html');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace');
  const attest = async (id: string, verdict: string, note: string) => {
    await ws.eval(`document.querySelector('[data-criterion="${id}"] details').open = true`);
    await ws.click(`[data-criterion="${id}"] input[name=verdict][value=${verdict}]`);
    await ws.fill(`[data-criterion="${id}"] textarea[name=note]`, note);
    await ws.fill(`[data-criterion="${id}"] input[name=author]`, 'Thanh tra viên A');
    await ws.click(`[data-criterion="${id}"] form[data-testid=attest-form] button[type=submit]`);
    await eventually(() => ws.eval<boolean | null>(`document.querySelector('[data-criterion="${id}"]').dataset.source === 'inspector' || null`), id);
  };
  await attest('KDL-01', 'met', 'Kho tài liệu điện tử mở được sau khi đăng nhập.');
  await attest('AT-01', 'met', 'Quyết định phê duyệt HSĐXCĐ cấp độ 3 số 123/QĐ-UBND.');
  await ws.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = false)), null)`);

  const top = () => ws.eval('(window.scrollTo(0, 0), null)');

  // The workspace at Firefox's default sidebar width.
  await ws.setViewport(240, 720);
  await top();
  await ws.screenshot(join(OUT, 'workspace-240.png'), false);

  // The portal switcher: another portal chosen while the tab shows the first; the workspace says so.
  await ws.setViewport(400, 400);
  await ws.select('[data-testid=portal-switcher]', server.portal(PORTAL_B));
  await eventually(() => ws.eval<boolean | null>(`document.querySelector('[data-testid=portal-shown]').textContent.includes(${JSON.stringify(PORTAL_B)}) && !!document.querySelector('[data-testid=tab-portal-note]') || null`), 'portal B');
  await top();
  await ws.screenshot(join(OUT, 'portal-switcher.png'), false);
  await ws.click('[data-testid=show-tab-portal]');
  await eventually(() => ws.eval<boolean | null>(`document.querySelector('[data-testid=portal-shown]').textContent.includes(${JSON.stringify(PORTAL_A)}) || null`), 'portal A again');

  // The guided assessment, on a criterion with its steps, evidence and form.
  await ws.setViewport(400, 900);
  await ws.click('[data-testid=view-guided]');
  await ws.eval(`(() => { const s = document.querySelector('[data-testid=guided-jump]'); s.value = 'TK-07'; s.dispatchEvent(new Event('change', { bubbles: true })); return null; })()`);
  await eventually(() => ws.eval<boolean | null>(`document.querySelector('[data-testid=guided-item]')?.dataset.criterion === 'TK-07' || null`), 'TK-07');
  await ws.eval(`document.querySelector('[data-testid=guided]').scrollIntoView()`);
  await ws.screenshot(join(OUT, 'guided-assessment.png'), false);
  await ws.close();
} finally {
  await driver.close();
  await server.close();
  display.stop();
}
