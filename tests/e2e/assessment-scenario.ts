import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { eventually, type BrowserDriver, type ExtensionPage } from './support/driver';
import { ROOT, type FixtureServer } from './support/server';
import { PORTAL_A, SCREENS } from './workday-scenario';

const popupScore = `(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`;

async function auditWithShortcut(driver: BrowserDriver, url: string): Promise<string> {
  await driver.open(url);
  await driver.pressShortcut();
  return eventually(
    () => driver.evalInPopup<string | null>(`(() => { const s = ${popupScore}; return s && document.body.textContent.includes(${JSON.stringify(new URL(url).host)}) ? s : null; })()`),
    `the popup after auditing ${url}`,
  );
}

/** Set a control's value as a person would (for the side panel and sidebar, which a test cannot type into). */
const setValue = (selector: string, value: string, event = 'change') => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  el.value = ${JSON.stringify(value)};
  el.dispatchEvent(new window.Event(${JSON.stringify(event)}, { bubbles: true }));
  return null;
})()`;

/**
 * The guided assessment beside the page: the assisted and manual criteria
 * one at a time with progress, steps, next / previous; a verdict with a
 * screenshot of the visible tab, saved and carried in the exported JSON and
 * the HTML report; "not applicable" with its reason.
 */
export async function guidedAssessment(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/ho-so-ca-nhan`);
  await driver.openWorkspace();
  const inPanel = <T>(expression: string) => driver.evalInWorkspace<T>(expression);
  await eventually(() => inPanel<boolean | null>(`document.querySelector('[data-testid=portal-shown]')?.textContent.includes(${JSON.stringify(PORTAL_A)}) || null`), 'the workspace on the portal');
  await driver.clickInWorkspace('[data-testid=view-guided]');
  const progress = () => inPanel<string>(`document.querySelector('[data-testid=guided-progress]')?.textContent ?? ''`);
  const current = () => inPanel<{ id: string; position: string; steps: number } | null>(`(() => {
    const item = document.querySelector('[data-testid=guided-item]');
    return item ? { id: item.dataset.criterion, position: item.querySelector('[data-testid=guided-position]').textContent, steps: item.querySelectorAll('[data-testid=guided-steps] li').length } : null;
  })()`);
  const first = await eventually(current, 'the guided assessment');
  expect(await progress()).toBe('Đã xác nhận 0/47');
  expect(first.position).toBe('Tiêu chí 1/47');
  expect(first.steps).toBeGreaterThan(1);

  await driver.clickInWorkspace('[data-testid=guided-next]');
  await eventually(async () => ((await current())?.position === 'Tiêu chí 2/47' ? true : null), 'the next criterion');
  await driver.clickInWorkspace('[data-testid=guided-previous]');
  await eventually(async () => ((await current())?.id === first.id ? true : null), 'back to the first');

  // KDL-01: the data store the page shows, confirmed with a screenshot of the tab.
  await inPanel(setValue('[data-testid=guided-jump]', 'KDL-01'));
  await eventually(async () => ((await current())?.id === 'KDL-01' ? true : null), 'KDL-01');
  await inPanel(`(document.querySelector('[data-testid=guided-item] input[name=verdict][value=met]').click(), null)`);
  await driver.clickInWorkspace('[data-testid=guided-item] [data-testid=take-screenshot]');
  const preview = await eventually(
    () =>
      inPanel<{ src: string; w: number } | null>(`(() => {
        const img = document.querySelector('[data-testid=screenshot-preview]');
        const error = document.querySelector('[data-testid=guided-item] [data-testid=attest-error]')?.textContent;
        if (error) return { src: 'error: ' + error, w: 0 };
        return img && img.complete ? { src: img.getAttribute('src').slice(0, 30), w: img.naturalWidth } : null;
      })()`),
    'the screenshot preview',
  );
  expect(preview.src).toMatch(/^data:image\/jpeg;base64,/);
  expect(preview.w).toBeGreaterThan(100);
  await inPanel(setValue('[data-testid=guided-item] textarea[name=note]', 'Kho tài liệu điện tử mở được, có giấy tờ của tài khoản thử.', 'input'));
  await driver.clickInWorkspace('[data-testid=guided-item] form[data-testid=attest-form] button[type=submit]');
  await eventually(async () => ((await progress()) === 'Đã xác nhận 1/47' ? true : null), 'the progress after one attestation').catch(async (err: Error) => {
    throw new Error(`${err.message}; the form says ${JSON.stringify(await inPanel(`document.querySelector('[data-testid=guided-item] [data-testid=attest-error]')?.textContent ?? null`))}`);
  });
  // Saved: the next criterion not yet attested is shown.
  expect((await current())?.id).not.toBe('KDL-01');

  // AT-04 does not apply (say, the system is not connected to the population database): not applicable, with why.
  await inPanel(setValue('[data-testid=guided-jump]', 'AT-04'));
  await eventually(async () => ((await current())?.id === 'AT-04' ? true : null), 'AT-04');
  await inPanel(`(document.querySelector('[data-testid=guided-item] input[name=verdict][value=not_applicable]').click(), null)`);
  await inPanel(setValue('[data-testid=guided-item] textarea[name=note]', 'Hệ thống không kết nối CSDL quốc gia về dân cư (công văn 45/UBND).', 'input'));
  await driver.clickInWorkspace('[data-testid=guided-item] form[data-testid=attest-form] button[type=submit]');
  await eventually(async () => ((await progress()) === 'Đã xác nhận 2/47' ? true : null), 'the progress after two');

  // The screenshot stays with KDL-01's attestation.
  await inPanel(setValue('[data-testid=guided-jump]', 'KDL-01'));
  await eventually(() => inPanel<boolean | null>(`!!document.querySelector('[data-testid=guided-item][data-criterion="KDL-01"] [data-testid=attestation-screenshot]') || null`), 'the kept screenshot');

  // Exported JSON (schema v3) carries the image; the HTML report shows it.
  const json = await driver.exportedFile(() => driver.clickInWorkspace('[data-testid=ws-export-json]'));
  const report = ReportSchema.parse(JSON.parse(json));
  expect(report.schemaVersion).toBe(3);
  const kdl = report.criteria.find((c) => c.id === 'KDL-01')!;
  expect(kdl.attestation).toMatchObject({ state: 'met', screenshot: { pageUrl: `${A}/portaldvc/ho-so-ca-nhan` } });
  expect(kdl.attestation!.screenshot!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  expect(report.criteria.find((c) => c.id === 'AT-04')!.attestation).toMatchObject({ state: 'not_applicable' });
  const page = await driver.extensionPage(`/report.html?portal=${encodeURIComponent(A)}&lang=vi`);
  const img = await eventually(
    () => page.eval<{ src: string; w: number } | null>(`(() => { const i = document.querySelector('#c-KDL-01 figure.shot img'); return i && i.complete ? { src: i.getAttribute('src').slice(0, 23), w: i.naturalWidth } : null; })()`),
    'the screenshot in the report',
  );
  expect(img).toEqual({ src: 'data:image/jpeg;base64,', w: expect.any(Number) });
  expect(img.w).toBeGreaterThan(100);
  mkdirSync(SCREENS, { recursive: true });
  await page.close();
}

async function workspaceTab(driver: BrowserDriver): Promise<ExtensionPage> {
  const ws = await driver.extensionPage('/sidepanel.html');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace');
  return ws;
}

const listed = (page: { eval<T>(e: string): Promise<T> } | BrowserDriver, list: string) =>
  ('evalInPopup' in page ? page.evalInPopup : page.eval).call(page, `[...document.querySelectorAll('${list} [data-criterion]')].map((li) => li.dataset.criterion)`) as Promise<string[]>;

/**
 * Find and filter, in the popup as in the workspace: by id or words
 * (without tone marks too), state, method and group; evidence of one
 * criterion grouped by the page it was found on.
 */
export async function findAndFilter(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/chi-tiet-thu-tuc`);
  await auditWithShortcut(driver, `${A}/portaldvc/home`);
  await driver.evalInPopup(setValue('[data-testid=criteria-search]', 'vneid', 'input'));
  const found = await eventually(async () => {
    const ids = await listed(driver, '[data-testid=filtered]');
    return ids.length > 0 ? ids : null;
  }, 'criteria found in the popup');
  expect(found).toContain('TK-01');
  expect(found.length).toBeLessThan(83);
  // Each one found says VNeID somewhere: title, how to verify, why it matters.
  const texts = await driver.evalInPopup<string[]>(`[...document.querySelectorAll('[data-testid=filtered] [data-criterion]')].map((li) => li.textContent.toLowerCase())`);
  for (const text of texts) expect(text).toContain('vneid');
  await driver.evalInPopup(setValue('[data-testid=criteria-search]', '', 'input'));
  await driver.evalInPopup(setValue('[data-testid=filter-state]', 'met'));
  const met = await eventually(async () => {
    const ids = await listed(driver, '[data-testid=filtered]');
    return ids.length > 0 ? ids : null;
  }, 'met criteria in the popup');
  const states = await driver.evalInPopup<string[]>(`[...document.querySelectorAll('[data-testid=filtered] [data-criterion]')].map((li) => li.dataset.state)`);
  expect(new Set(states)).toEqual(new Set(['met']));
  expect(met.length).toBe(Number((await driver.evalInPopup<string>(`document.querySelector('[data-testid=score]').textContent`)).split('/')[0]));

  const ws = await workspaceTab(driver);
  await ws.fill('[data-testid=criteria-search]', 'tk01');
  await eventually(async () => ((await listed(ws, '.group')).join() === 'TK-01' ? true : null), 'TK-01 alone');
  await ws.fill('[data-testid=criteria-search]', 'thanh toan');
  const payment = await eventually(async () => {
    const ids = await listed(ws, '.group');
    return ids.length > 0 && ids.length < 83 ? ids : null;
  }, 'payment criteria');
  expect(payment).toContain('TTTT-01');
  await ws.eval(setValue('[data-testid=criteria-search]', '', 'input'));
  await ws.select('[data-testid=filter-group]', 'KS');
  await ws.select('[data-testid=filter-method]', 'assisted');
  await eventually(async () => ((await listed(ws, '.group')).join() === 'KS-02,KS-03,KS-04,KS-05' ? true : null), 'the assisted KS criteria').catch(async (err: Error) => {
    const selects = await ws.eval<string[]>(`[...document.querySelectorAll('[data-testid=filters] select')].map((s) => s.dataset.testid + '=' + s.value)`);
    throw new Error(`${err.message}: ${(await listed(ws, '.group')).join()} with ${selects.join(', ')}`);
  });
  await ws.select('[data-testid=filter-group]', 'all');
  await ws.select('[data-testid=filter-method]', 'all');

  // One criterion's evidence, grouped by page.
  const grouped = await ws.eval<Array<{ id: string; pages: string[] }>>(`[...document.querySelectorAll('[data-criterion]')]
    .map((li) => ({ id: li.dataset.criterion, pages: [...li.querySelectorAll('.evidence-page')].map((p) => p.dataset.page) }))
    .filter((c) => c.pages.length > 1)`);
  expect(grouped.length).toBeGreaterThan(0);
  expect(grouped[0]!.pages.sort()).toEqual([`${A}/portaldvc/chi-tiet-thu-tuc`, `${A}/portaldvc/home`]);
  await ws.close();
}

/**
 * The report page: a print button (the toolbar is not printed), a summary
 * view (score, groups, what to act on) and the full one; the legal basis
 * readable, with links, help and the markers' legend.
 */
export async function reportViews(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/home`);
  const page = await driver.extensionPage(`/report.html?portal=${encodeURIComponent(A)}&lang=vi`);
  await eventually(() => page.eval<boolean | null>(`!!document.querySelector('[data-testid=print]') || null`), 'the report toolbar');
  const tk04 = await page.eval<{ refs: string[]; links: string[]; help: string }>(`(() => {
    const a = document.getElementById('c-TK-04');
    return { refs: [...a.querySelectorAll('.refs li')].map((li) => li.textContent), links: [...a.querySelectorAll('a.lookup')].map((l) => l.href), help: a.textContent };
  })()`);
  expect(tk04.refs[0]).toMatch(/^Thông tư 22\/2019\/TT-BTTTT .*Điều 5 điểm e/);
  expect(tk04.links).toEqual(['https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=22%2F2019%2FTT-BTTTT']);
  expect(tk04.help).toContain('Vì sao quan trọng');
  expect(await page.eval<string>(`document.getElementById('legend').textContent`)).toContain('[G mention]');

  await page.eval(`(window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }, null)`);
  await page.click('[data-testid=print]');
  expect(await page.eval<number>('window.__printed ?? 0')).toBe(1);
  if (driver.name === 'chromium') {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-pdf-'));
    writeFileSync(join(dir, 'r.pdf'), await page.pdf());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Thông tư 22/2019/TT-BTTTT');
    expect(text).not.toContain('In báo cáo'); // the toolbar is not printed
  }

  await page.click('[data-testid=view-summary]');
  await eventually(() => page.eval<boolean | null>(`location.search.includes('view=summary') && !!document.querySelector('.toact') || null`), 'the summary view');
  const summary = await page.eval<{ h1: string; criteria: number; toAct: number; groups: number }>(`({
    h1: document.querySelector('h1').textContent,
    criteria: document.querySelectorAll('article.criterion').length,
    toAct: document.querySelectorAll('.toact li').length,
    groups: document.querySelectorAll('.score tbody tr').length,
  })`);
  expect(summary.h1).toContain('Tóm tắt');
  expect(summary.criteria).toBe(0);
  expect(summary.groups).toBe(13);
  expect(summary.toAct).toBeGreaterThan(0);
  await page.click('[data-testid=view-full]');
  await eventually(() => page.eval<number | null>(`document.querySelectorAll('article.criterion').length || null`), 'the full view');
  await page.close();
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: ExtensionPage): Promise<string[]> {
  await page.eval(`(() => { ${AXE}; return null; })()`).catch(async () => {
    // Firefox evaluates an expression, not a body: define axe through the window.
    await page.eval(`(window.eval ?? eval)(${JSON.stringify(AXE)}), null`);
  });
  return page.eval<string[]>(`(globalThis.axe ?? window.axe).run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')))`);
}

/** axe-core finds no violation on the popup, the workspace and the report (full and summary), every part opened. */
export async function accessible(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/home`);
  const ws0 = await workspaceTab(driver);
  const tabId = await ws0.eval<number>(`(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').includes(${JSON.stringify(PORTAL_A)})).id)`);
  await ws0.close();
  const pages: Array<[string, string, string]> = [
    ['popup', `/popup.html?tabId=${tabId}`, popupScore],
    ['workspace', '/sidepanel.html', `document.querySelector('[data-testid=score]')?.textContent ?? null`],
    ['report', `/report.html?portal=${encodeURIComponent(A)}&lang=vi`, `document.querySelector('h1')?.textContent ?? null`],
    ['report summary', `/report.html?portal=${encodeURIComponent(A)}&lang=en&view=summary`, `document.querySelector('.toact') ? 'ok' : null`],
  ];
  for (const [name, path, ready] of pages) {
    const page = await driver.extensionPage(path);
    await eventually(() => page.eval<string | null>(ready), `the ${name} page`);
    await page.eval(`(document.querySelector('[data-testid=toggle-all]')?.click(), document.querySelectorAll('details').forEach((d) => (d.open = true)), null)`);
    expect(await axeViolations(page), `axe on the ${name}`).toEqual([]);
    if (name === 'workspace') {
      await page.click('[data-testid=view-guided]');
      await eventually(() => page.eval<boolean | null>(`!!document.querySelector('[data-testid=guided-item]') || null`), 'the guided assessment');
      expect(await axeViolations(page), 'axe on the guided assessment').toEqual([]);
    }
    await page.close();
  }
}
