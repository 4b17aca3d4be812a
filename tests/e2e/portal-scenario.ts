import { expect } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { eventually, type BrowserDriver, type ExtensionPage } from './support/driver';
import type { FixtureServer } from './support/server';

const metOf = (score: string) => Number(score.split('/')[0]);

async function auditWithShortcut(driver: BrowserDriver, url: string, pagesBefore: number): Promise<string> {
  await driver.open(url);
  await driver.pressShortcut();
  // Wait for this page's audit (the count of pages grows), then read the score.
  return eventually(
    () =>
      driver.evalInPopup<string | null>(`(() => {
        const pages = document.querySelector('.score .pages')?.textContent ?? '';
        const n = Number(pages.split(' ')[0]);
        return n > ${pagesBefore} && !document.querySelector('[data-testid=auditing]') ? document.querySelector('[data-testid=score]')?.textContent ?? null : null;
      })()`),
    `the popup after auditing ${url}`,
  );
}

async function criterionState(ws: ExtensionPage, id: string): Promise<{ state: string; source: string } | null> {
  return ws.eval(`(() => {
    const li = document.querySelector('[data-criterion="${id}"]');
    return li ? { state: li.dataset.state, source: li.dataset.source } : null;
  })()`);
}

async function attestIn(ws: ExtensionPage, id: string, verdict: string, note: string, author: string): Promise<void> {
  const li = `[data-criterion="${id}"]`;
  await ws.eval(`document.querySelector('${li} details').open = true`);
  await ws.click(`${li} input[name=verdict][value=${verdict}]`);
  await ws.fill(`${li} textarea[name=note]`, note);
  await ws.fill(`${li} input[name=author]`, author);
  await ws.click(`${li} form[data-testid=attest-form] button[type=submit]`);
  await eventually(async () => ((await criterionState(ws, id))?.source === 'inspector' ? true : null), `attestation of ${id}`);
}

/**
 * An inspector audits three pages of one portal, sees the score rise,
 * attests an assisted and a manual criterion, the background is stopped and
 * the browser restarted, and the audit — with its attestations — is intact
 * and exported.
 */
export async function auditPortalAcrossPages(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const home = await auditWithShortcut(driver, `${server.origin}/portaldvc/home`, 0);
  const detail = await auditWithShortcut(driver, `${server.origin}/portaldvc/chi-tiet-thu-tuc`, 1);
  const account = await auditWithShortcut(driver, `${server.origin}/portaldvc/ho-so-ca-nhan`, 2);
  expect(metOf(detail)).toBeGreaterThan(metOf(home));
  expect(metOf(account)).toBeGreaterThan(metOf(detail));

  let ws = await driver.extensionPage('/sidepanel.html');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace');
  expect(await ws.eval<number>(`document.querySelectorAll('[data-criterion]').length`)).toBe(83);
  expect(await ws.eval<number>(`document.querySelectorAll('[data-testid=pages] li').length`)).toBe(3);
  expect(await criterionState(ws, 'KDL-01')).toEqual({ state: 'needs_review', source: 'automatic' });

  // An assisted criterion confirmed, a manual one attested with its source.
  await attestIn(ws, 'KDL-01', 'met', 'Kho tài liệu điện tử mở được sau khi đăng nhập bằng VNeID.', 'Thanh tra viên A');
  await attestIn(ws, 'AT-01', 'met', 'Quyết định phê duyệt HSĐXCĐ cấp độ 3 số 123/QĐ-UBND.', 'Thanh tra viên A');
  const attested = await ws.eval<string>(`document.querySelector('[data-testid=score]').textContent`);
  expect(metOf(attested)).toBe(metOf(account) + 2);

  // Nothing is lost when the background is stopped or the browser restarts.
  await ws.close();
  // Chromium stops an idle service worker; Firefox's MV2 background page is
  // persistent, so there the browser restart is what tests it.
  if (driver.name === 'chromium') await driver.stopBackground();
  await driver.restart();
  ws = await driver.extensionPage('/sidepanel.html');
  const after = await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace after restart');
  expect(after).toBe(attested);
  expect(await criterionState(ws, 'AT-01')).toEqual({ state: 'met', source: 'inspector' });
  const note = await ws.eval<string>(`document.querySelector('[data-criterion="AT-01"] [data-testid=attestation]').textContent`);
  expect(note).toContain('Thanh tra viên A');
  expect(note).toContain('123/QĐ-UBND');

  // The export carries the pages, evidence per page and the attestations.
  await driver.open(`${server.origin}/portaldvc/home`);
  await driver.pressShortcut();
  await eventually(() => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`), 'the popup');
  const json = await driver.exportedFile(() =>
    driver.evalInPopup<null>(`(document.querySelector('[data-testid=export-json]').click(), null)`).then(() => undefined),
  );
  const report = ReportSchema.parse(JSON.parse(json));
  expect(report.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/portaldvc/chi-tiet-thu-tuc', '/portaldvc/ho-so-ca-nhan', '/portaldvc/home']);
  const kdl = report.criteria.find((c) => c.id === 'KDL-01')!;
  expect(kdl).toMatchObject({ state: 'met', source: 'inspector', automaticState: 'needs_review' });
  expect(kdl.attestation?.author).toBe('Thanh tra viên A');
  expect(kdl.evidence[0]!.pageUrl).toBe(`${server.origin}/portaldvc/ho-so-ca-nhan`);
  expect(report.criteria.find((c) => c.id === 'AT-01')!.attestation?.note).toContain('123/QĐ-UBND');
  await ws.close();
}
