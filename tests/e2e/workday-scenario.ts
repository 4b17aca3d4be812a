import '../../lib/zod-setup';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { buildReport } from '../../lib/report/build';
import { ReportSchema } from '../../lib/report/schema';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { ROUTES } from './scenario';
import { eventually, type BrowserDriver, type ExtensionPage } from './support/driver';
import { ROOT, type FixtureServer } from './support/server';

/** The fixture portals, under the names real portals have (served by the fixture server as the browser's proxy). */
export const PORTAL_A = 'dichvucong.minhhoa.gov.vn';
export const PORTAL_B = 'dichvucong.songlam.gov.vn';
export const PORTAL_C = 'dichvucong.lamthuy.gov.vn';
export const HOSTS = [PORTAL_A, PORTAL_B, PORTAL_C] as const;

/** Screenshots the tests take, to look at (not compared). */
export const SCREENS = join(ROOT, 'test-results/screens');

const popupScore = `(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`;

/** Open a page, press Alt+Shift+D, wait for this page's score in the popup. */
async function auditWithShortcut(driver: BrowserDriver, url: string): Promise<string> {
  await driver.open(url);
  await driver.pressShortcut();
  return eventually(
    () =>
      driver.evalInPopup<string | null>(`(() => {
        const score = ${popupScore};
        return score && document.body.textContent.includes(${JSON.stringify(new URL(url).host)}) ? score : null;
      })()`),
    `the popup after auditing ${url}`,
  );
}

/** A message to the background, as any page of the extension sends it. */
const sendFrom = <T>(page: ExtensionPage, message: object) =>
  page.eval<T>(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})`);

async function workspaceTab(driver: BrowserDriver): Promise<ExtensionPage> {
  const ws = await driver.extensionPage('/sidepanel.html');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace');
  return ws;
}

const openAll = (ws: ExtensionPage) => ws.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = true)), null)`);
const closeAll = (ws: ExtensionPage) => ws.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = false)), null)`);

/** Vietnam time as every screen shows it: 02/12/2026 14:05 (vi). */
export function vietnamTime(iso: string): string {
  const v = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${p(v.getUTCHours())}:${p(v.getUTCMinutes())}`;
}

/** A report of portal C made elsewhere (another inspector's export). */
async function reportOfPortalC(): Promise<string> {
  const origin = `http://${PORTAL_C}`;
  const html = readFileSync(ROUTES['/portaldvc/ho-so-ca-nhan']!, 'utf8');
  const page = auditPage(await snapshotFromHtml(html, `${origin}/portaldvc/ho-so-ca-nhan`), DEFAULT_PROFILE.criteria, new Date('2026-03-02T03:04:00Z'));
  const audit = withPage(newPortalAudit(origin, DEFAULT_PROFILE, new Date('2026-03-02T03:00:00Z')), page);
  const report = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', now: new Date('2026-03-02T03:10:00Z') });
  const dir = mkdtempSync(join(tmpdir(), 'dvc-report-c-'));
  const file = join(dir, 'portal-c.json');
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

/**
 * The workspace beside the page follows the active tab's portal: audit A,
 * open the workspace, go to B and press Alt+Shift+D — it shows B and says
 * so. The switcher lists every portal with its score and last audit; an
 * imported report's portal is shown; an attestation for another audit than
 * the one shown is refused by the background.
 */
export async function workspaceFollowsThePortal(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  const B = server.portal(PORTAL_B);
  const scoreA = await auditWithShortcut(driver, `${A}/portaldvc/home`);
  await driver.openWorkspace();
  const shown = () =>
    driver.evalInWorkspace<{ portal: string; score: string }>(`({
      portal: document.querySelector('[data-testid=portal-shown]')?.textContent ?? '',
      score: document.querySelector('[data-testid=score]')?.textContent ?? '',
    })`);
  await eventually(async () => ((await shown()).score === scoreA ? true : null), 'the workspace on portal A');
  // The real side panel (Chromium: 360 px) or sidebar (Firefox: 240 px) scrolls only downwards.
  const fit = await driver.evalInWorkspace<{ scroll: number; width: number }>(`({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth })`);
  expect(fit.scroll).toBeLessThanOrEqual(fit.width);

  const scoreB = await auditWithShortcut(driver, `${B}/portaldvc/chi-tiet-thu-tuc`);
  expect(scoreB).not.toBe(scoreA);
  await eventually(async () => {
    const now = await shown();
    return now.portal.includes(PORTAL_B) && now.score === scoreB ? true : null;
  }, 'the workspace to follow the tab to portal B').catch(async (err: Error) => {
    throw new Error(`${err.message}; it shows ${JSON.stringify(await shown())}`);
  });

  // The switcher: every stored portal, with its score and when it was last audited.
  const options = await driver.evalInWorkspace<Array<{ value: string; text: string }>>(
    `[...document.querySelectorAll('[data-testid=portal-switcher] option')].map((o) => ({ value: o.value, text: o.textContent }))`,
  );
  expect(options.map((o) => o.value).sort()).toEqual([A, B].sort());
  const optionA = options.find((o) => o.value === A)!;
  expect(optionA.text).toContain(PORTAL_A);
  expect(optionA.text).toContain(scoreA);
  expect(optionA.text).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);

  // Choosing A shows A, and says the open tab is on another portal.
  await driver.evalInWorkspace(`(() => {
    const select = document.querySelector('[data-testid=portal-switcher]');
    select.value = ${JSON.stringify(A)};
    select.dispatchEvent(new window.Event('change', { bubbles: true }));
    return null;
  })()`);
  await eventually(async () => ((await shown()).score === scoreA && (await shown()).portal.includes(PORTAL_A) ? true : null), 'portal A chosen');
  expect(await driver.evalInWorkspace<string>(`document.querySelector('[data-testid=tab-portal-note]')?.textContent ?? ''`)).toContain(PORTAL_B);

  // Importing a report shows its portal.
  await driver.uploadInWorkspace('[data-testid=import-file]', await reportOfPortalC());
  await eventually(async () => ((await shown()).portal.includes(PORTAL_C) ? true : null), 'the imported portal C');

  // The background refuses an attestation for an audit other than the one shown.
  const ws = await driver.extensionPage('/manifest.json');
  const a = await sendFrom<{ ok: boolean; audit: { id: string } }>(ws, { type: 'get-audit', origin: A });
  const b = await sendFrom<{ ok: boolean; audit: { id: string } }>(ws, { type: 'get-audit', origin: B });
  const refused = await sendFrom<{ ok: boolean; code: string }>(ws, {
    type: 'attest',
    portal: B,
    auditId: a.audit.id,
    criterionId: 'AT-01',
    state: 'met',
    note: 'Quyết định 12/QĐ',
  });
  expect(refused).toMatchObject({ ok: false, code: 'stale' });
  const after = await sendFrom<{ audit: { id: string; attestations: object } }>(ws, { type: 'get-audit', origin: B });
  expect(after.audit).toEqual(b.audit);
  await ws.close();
}

/** Fill and submit the attestation form of one criterion in a workspace tab. */
async function attestIn(ws: ExtensionPage, id: string, verdict: string, note: string, author: string | null): Promise<void> {
  const li = `[data-criterion="${id}"]`;
  await ws.eval(`document.querySelector('${li} details').open = true`);
  await ws.click(`${li} input[name=verdict][value=${verdict}]`);
  await ws.fill(`${li} textarea[name=note]`, note);
  if (author !== null) await ws.fill(`${li} input[name=author]`, author);
  await ws.click(`${li} form[data-testid=attest-form] button[type=submit]`);
}

const sourceOf = (ws: ExtensionPage, id: string) => ws.eval<string | null>(`document.querySelector('[data-criterion="${id}"]')?.dataset.source ?? null`);

/**
 * A refused attestation says why at its own form, in the UI's language
 * only; the note is marked required before saving; the inspector's name is
 * remembered.
 */
export async function attestationFormErrors(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await auditWithShortcut(driver, `${server.portal(PORTAL_A)}/portaldvc/home`);
  const ws = await workspaceTab(driver);
  const form = '[data-criterion="AT-01"] form[data-testid=attest-form]';
  await ws.eval(`document.querySelector('[data-criterion="AT-01"] details').open = true`);
  // A manual criterion: the note is required, and says so before saving.
  expect(await ws.eval<string | null>(`document.querySelector('${form} textarea[name=note]').getAttribute('aria-required')`)).toBe('true');
  expect(await ws.eval<string>(`document.querySelector('${form} label[for="' + document.querySelector('${form} textarea[name=note]').id + '"]')?.textContent ?? ''`)).toMatch(/bắt buộc/i);

  await ws.click(`${form} input[name=verdict][value=met]`);
  await ws.click(`${form} button[type=submit]`);
  const error = await eventually(() => ws.eval<string | null>(`document.querySelector('${form} [data-testid=attest-error]')?.textContent || null`), 'the error at the form');
  expect(error).toMatch(/ghi chú/i);
  expect(error).not.toMatch(/[Nn]ote|required/);
  expect(await ws.eval<string | null>(`document.querySelector('[data-testid=workspace-error]')?.textContent ?? null`)).toBeNull();

  // In English, the same refusal in English only.
  await ws.select('[data-testid=language]', 'en');
  await ws.click(`${form} button[type=submit]`);
  const english = await eventually(
    () => ws.eval<string | null>(`(() => { const t = document.querySelector('${form} [data-testid=attest-error]')?.textContent ?? ''; return /note/i.test(t) ? t : null; })()`),
    'the error in English',
  );
  expect(english).not.toMatch(/ghi chú/i);
  await ws.select('[data-testid=language]', 'vi');

  // Saved with a note and the inspector's name; the name is offered next time.
  await attestIn(ws, 'AT-01', 'met', 'Quyết định phê duyệt cấp độ 3 số 123/QĐ-UBND.', 'Thanh tra viên B');
  await eventually(async () => ((await sourceOf(ws, 'AT-01')) === 'inspector' ? true : null), 'the attestation of AT-01');
  await ws.reload();
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace again');
  await ws.eval(`document.querySelector('[data-criterion="GD-05"] details').open = true`);
  // The workspace reads its settings after it first draws: wait for the name, do not race the read.
  const remembered = await eventually(
    () => ws.eval<string | null>(`document.querySelector('[data-criterion="GD-05"] input[name=author]')?.value || null`),
    'the remembered name',
  );
  expect(remembered).toBe('Thanh tra viên B');
  await ws.close();
}

/** Start a new audit of the portal shown in a workspace tab; `carryOver` answers the offer to carry over manual attestations. */
async function startNewAudit(ws: ExtensionPage, carryOver: boolean): Promise<void> {
  await openAll(ws);
  await ws.click('text=Bắt đầu cuộc kiểm tra mới');
  if (await ws.eval<boolean>(`!!document.querySelector('[data-testid=new-audit-dialog]')`)) {
    if ((await ws.eval<boolean>(`document.querySelector('[data-testid=carry-over]')?.checked ?? false`)) !== carryOver) await ws.click('[data-testid=carry-over]');
    await ws.click('[data-testid=new-audit-confirm]');
  }
  await eventually(() => ws.eval<number | null>(`document.querySelectorAll('[data-testid=history] [data-audit]').length || null`), 'the history');
}

/**
 * Compare tells a criterion whose page the newer audit did not revisit
 * from one that was lost, and lists each audit's pages.
 */
export async function compareTellsNotRevisited(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/home`);
  await auditWithShortcut(driver, `${A}/portaldvc/ho-so-ca-nhan`);
  const ws = await workspaceTab(driver);
  await startNewAudit(ws, false);
  await ws.close();

  // The new audit reads another page only; compare it with the first.
  await auditWithShortcut(driver, `${A}/portaldvc/chi-tiet-thu-tuc`);
  const ws2 = await workspaceTab(driver);
  await openAll(ws2);
  await ws2.click('[data-testid=compare-with-current]');
  await eventually(() => ws2.eval<string | null>(`document.querySelector('[data-testid=compare]')?.textContent ?? null`), 'the comparison');
  const changes = await ws2.eval<Record<string, string>>(
    `Object.fromEntries([...document.querySelectorAll('[data-testid=compare-criteria] [data-criterion]')].map((li) => [li.dataset.criterion, li.dataset.change]))`,
  );
  // Met on the home page (VNeID login) or the account page (the data store), which the new audit did not read.
  expect(changes['TK-01']).toBe('not_revisited');
  expect(changes['KDL-01']).toBe('not_revisited');
  expect(Object.entries(changes).filter(([, c]) => c === 'lost')).toEqual([]);
  const pages = await ws2.eval<string>(`document.querySelector('[data-testid=compare-pages]')?.textContent ?? ''`);
  for (const path of ['/portaldvc/home', '/portaldvc/ho-so-ca-nhan', '/portaldvc/chi-tiet-thu-tuc']) expect(pages).toContain(path);
  await ws2.close();
}

/**
 * A new audit offers to carry over the manual attestations (back-end facts
 * do not change because a page was read again), marked as carried over
 * with their date and author; compare then shows them unchanged, and the
 * assisted ones, not carried, as not revisited.
 */
export async function newAuditCarriesOver(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/ho-so-ca-nhan`);
  const ws = await workspaceTab(driver);
  await attestIn(ws, 'AT-01', 'met', 'Quyết định phê duyệt HSĐXCĐ cấp độ 3 số 123/QĐ-UBND.', 'Thanh tra viên A');
  await eventually(async () => ((await sourceOf(ws, 'AT-01')) === 'inspector' ? true : null), 'the attestation of AT-01');
  await attestIn(ws, 'KDL-01', 'met', 'Kho tài liệu mở được.', 'Thanh tra viên A');
  await eventually(async () => ((await sourceOf(ws, 'KDL-01')) === 'inspector' ? true : null), 'the attestation of KDL-01');
  const attestedAt = await ws.eval<string>(`document.querySelector('[data-criterion="AT-01"] [data-testid=attestation]').textContent`);

  await openAll(ws);
  await ws.click('text=Bắt đầu cuộc kiểm tra mới');
  const offer = await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=new-audit-dialog]')?.textContent ?? null`), 'the new-audit offer');
  expect(offer).toContain('1');
  expect(await ws.eval<boolean>(`document.querySelector('[data-testid=carry-over]').checked`)).toBe(true);
  await ws.click('[data-testid=new-audit-confirm]');
  await eventually(() => ws.eval<number | null>(`document.querySelectorAll('[data-testid=history] [data-audit]').length || null`), 'the history');
  expect(await sourceOf(ws, 'AT-01')).toBe('inspector');
  expect(await sourceOf(ws, 'KDL-01')).toBe('automatic');
  await ws.eval(`document.querySelector('[data-criterion="AT-01"] details').open = true`);
  const carried = await ws.eval<{ text: string; flag: string | null }>(`(() => {
    const a = document.querySelector('[data-criterion="AT-01"] [data-testid=attestation]');
    return { text: a.textContent, flag: a.dataset.carriedOver ?? null };
  })()`);
  expect(carried.flag).not.toBeNull();
  expect(carried.text).toContain('Thanh tra viên A');
  expect(carried.text).toMatch(/chuyển/i);
  const originalDate = /\d\d\/\d\d\/\d{4} \d\d:\d\d/.exec(attestedAt)?.[0];
  expect(originalDate).toBeDefined();
  expect(carried.text).toContain(originalDate);

  await ws.click('[data-testid=compare-with-current]');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=compare]')?.textContent ?? null`), 'the comparison');
  const changes = await ws.eval<Record<string, string>>(
    `Object.fromEntries([...document.querySelectorAll('[data-testid=compare-criteria] [data-criterion]')].map((li) => [li.dataset.criterion, li.dataset.change]))`,
  );
  expect(changes['AT-01']).toBeUndefined();
  expect(changes['KDL-01']).toBe('not_revisited');
  await ws.close();
}

/**
 * Auditing while browsing asks for the portal's own origin only (a subset
 * of the declared optional *.gov.vn), shows what was granted, adds pages
 * as they are visited, and can be revoked.
 */
export async function accessForOnePortal(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  const A = server.portal(PORTAL_A);
  await auditWithShortcut(driver, `${A}/portaldvc/home`);
  const ws = await workspaceTab(driver);
  await openAll(ws);
  const granted = () => ws.eval<string[]>(`(globalThis.browser ?? globalThis.chrome).permissions.getAll().then((p) => p.origins)`);
  expect(await granted()).toEqual([]);
  await ws.click('[data-testid=auto-audit]');
  mkdirSync(SCREENS, { recursive: true });
  const prompt = await driver.answerPermissionPrompt(ws, true, join(SCREENS, `${driver.name}-permission-prompt.png`));
  // Firefox shows its prompt in the page's reach; Chromium draws it natively.
  if (prompt !== null) {
    expect(prompt).toContain(PORTAL_A);
    // Not the public suffix alone ("sites in gov.vn domains"), nor every site.
    expect(prompt).not.toMatch(/sites in gov\.vn|all websites/i);
  }
  await eventually(async () => ((await granted()).length > 0 ? true : null), 'the granted permission');
  expect(await granted()).toEqual([`*://${PORTAL_A}/*`]);
  const shownGrant = await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=granted-origins]')?.textContent || null`), 'what was granted');
  expect(shownGrant).toContain(PORTAL_A);

  // Pages visited on the portal are added without a key press.
  await driver.open(`${A}/portaldvc/chi-tiet-thu-tuc`);
  await eventually(() => ws.eval<number | null>(`document.querySelectorAll('[data-testid=pages] li').length === 2 || null`), 'the visited page added');

  // Revoked: the permission is gone and the option off.
  await ws.click('[data-testid=revoke-access]');
  await eventually(async () => ((await granted()).length === 0 ? true : null), 'the permission removed');
  await eventually(() => ws.eval<boolean | null>(`document.querySelector('[data-testid=auto-audit]').checked === false || null`), 'the option off');
  await ws.close();
}

/** An icon in the manifest at the sizes the stores and toolbars use, each a real image of that size. */
export async function hasIcons(driver: BrowserDriver): Promise<void> {
  const page = await driver.extensionPage('/manifest.json');
  const icons = await page.eval<Record<string, { w: number; h: number } | null>>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const m = api.runtime.getManifest();
    const action = m.action ?? m.browser_action ?? {};
    const out = {};
    for (const [size, path] of Object.entries(m.icons ?? {})) {
      const img = new Image();
      img.src = api.runtime.getURL(path);
      await img.decode().catch(() => null);
      out[size] = { w: img.naturalWidth, h: img.naturalHeight };
    }
    out.action = action.default_icon ? { w: Object.keys(action.default_icon).length, h: 0 } : null;
    return out;
  })()`);
  for (const size of [16, 32, 48, 128]) expect(icons[String(size)], `${size} px icon`).toEqual({ w: size, h: size });
  expect(icons.action?.w).toBeGreaterThanOrEqual(2);
  await page.close();
}

/** Widths the workspace and the popup must work at: Firefox's sidebar default, and a roomy one. */
const WIDTHS = [240, 400] as const;

const overflow = `(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' → ' + Math.round(el.getBoundingClientRect().right));
  return { scroll: document.documentElement.scrollWidth, width, wide };
})()`;

/** The workspace and the popup fit 240 and 400 px: nothing sticks out, nothing scrolls sideways. Screenshots to look at. */
export async function fitsNarrowWidths(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await auditWithShortcut(driver, `${server.portal(PORTAL_A)}/portaldvc/home`);
  // The real popup keeps its roomy width (the browser sizes it to its content).
  expect(await driver.evalInPopup<number>('window.innerWidth')).toBeGreaterThanOrEqual(400);
  mkdirSync(SCREENS, { recursive: true });
  const ws = await workspaceTab(driver);
  const tabId = await ws.eval<number>(`(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').includes(${JSON.stringify(PORTAL_A)})).id)`);
  for (const width of WIDTHS) {
    await ws.setViewport(width, 900);
    await openAll(ws);
    const o = await ws.eval<{ scroll: number; width: number; wide: string[] }>(overflow);
    await closeAll(ws);
    await ws.screenshot(join(SCREENS, `${driver.name}-workspace-${width}.png`), false);
    expect(o.wide, `workspace at ${width} px`).toEqual([]);
    expect(o.scroll).toBeLessThanOrEqual(o.width);
  }
  await ws.close();
  const popup = await driver.extensionPage(`/popup.html?tabId=${tabId}`);
  await eventually(() => popup.eval<string | null>(popupScore), 'the popup page');
  for (const width of WIDTHS) {
    await popup.setViewport(width, 600);
    await popup.eval(`(document.querySelector('[data-testid=toggle-all]')?.click(), null)`);
    await popup.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = true)), null)`);
    const o = await popup.eval<{ scroll: number; width: number; wide: string[] }>(overflow);
    await closeAll(popup);
    await popup.screenshot(join(SCREENS, `${driver.name}-popup-${width}.png`), false);
    expect(o.wide, `popup at ${width} px`).toEqual([]);
    expect(o.scroll).toBeLessThanOrEqual(o.width);
    await popup.eval(`(document.querySelector('[data-testid=toggle-all]')?.click(), null)`);
  }
  await popup.close();
}

/** Read the overlay's labels and the page's text boxes, from the extension's own isolated world in the page. */
async function overlayGeometry(driver: BrowserDriver, host: string): Promise<{ labels: DOMRectLike[]; text: DOMRectLike[]; shown: number }> {
  const page = await driver.extensionPage('/manifest.json');
  try {
    return await page.eval(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => (t.url ?? '').includes(${JSON.stringify(host)}));
      const [r] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => {
          const overlay = document.querySelector('dvc-inspector-overlay');
          const root = overlay && (globalThis.chrome?.dom?.openOrClosedShadowRoot?.(overlay) ?? overlay.openOrClosedShadowRoot);
          const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
          const labels = root ? [...root.querySelectorAll('.label')].map((l) => box(l.getBoundingClientRect())).filter((b) => b.right > b.left) : [];
          const text = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) text.push(box(rect));
          }
          return { labels, text, shown: Number(overlay?.dataset.shown ?? 0) };
        },
      });
      return r.result;
    })()`);
  } finally {
    await page.close();
  }
}
interface DOMRectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const intersects = (a: DOMRectLike, b: DOMRectLike) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * Evidence on the page: labels of neighbouring elements cover neither each
 * other nor the page's text; evidence in <head> is said to be invisible and
 * its markup shown; next / previous step through the page's evidence.
 */
export async function evidenceOverlay(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await auditWithShortcut(driver, `${server.portal(PORTAL_A)}/portaldvc/home`);
  await driver.clickInPopup('[data-testid=show-all-on-page]');
  await eventually(() => driver.evalInPage<string | null>(`document.querySelector('dvc-inspector-overlay')?.dataset.shown ?? null`), 'the overlay');
  const g = await overlayGeometry(driver, PORTAL_A);
  expect(g.shown).toBeGreaterThan(5);
  expect(g.labels.length).toBeGreaterThan(0);
  const labelOverLabel = g.labels.flatMap((a, i) => g.labels.slice(i + 1).filter((b) => intersects(a, b)).map((b) => [a, b]));
  expect(labelOverLabel, 'labels covering each other').toEqual([]);
  const labelOverText = g.labels.flatMap((l) => g.text.filter((t) => intersects(l, t)).map((t) => [l, t]));
  expect(labelOverText, 'labels covering the page text').toEqual([]);

  // Evidence in <head>: nothing to see, so say so and show its markup.
  await auditWithShortcut(driver, `${server.portal(PORTAL_A)}/portaldvc/home`);
  await driver.clickInPopup('[data-testid=toggle-all]');
  const inHead = await eventually(
    () =>
      driver.evalInPopup<string | null>(`(() => {
        for (const li of document.querySelectorAll('[data-testid=all-criteria] [data-criterion]'))
          if ([...li.querySelectorAll('.evidence code')].some((c) => /\\bhead\\b/.test(c.textContent))) return li.dataset.criterion;
        return null;
      })()`),
    'a criterion with evidence in <head>',
  );
  await driver.evalInPopup(`(() => {
    const li = document.querySelector('[data-testid=all-criteria] [data-criterion="${inHead}"]');
    li.querySelector('details').open = true;
    const item = [...li.querySelectorAll('.evidence li')].find((e) => /\\bhead\\b/.test(e.querySelector('code')?.textContent ?? ''));
    item.querySelector('[data-testid=show-on-page]').click();
    return null;
  })()`);
  const hidden = await eventually(
    () =>
      driver.evalInPopup<{ status: string; markup: string } | null>(`(() => {
        const li = document.querySelector('[data-testid=all-criteria] [data-criterion="${inHead}"]');
        const status = li.querySelector('[data-testid=highlight-status]')?.textContent ?? '';
        const markup = li.querySelector('[data-testid=hidden-markup]')?.textContent ?? '';
        return status ? { status, markup } : null;
      })()`),
    'the status of evidence in <head>',
  );
  expect(hidden.status).toMatch(/không hiển thị/i);
  expect(hidden.status).not.toMatch(/Đã đánh dấu 1/);
  expect(hidden.markup).toMatch(/^<(script|meta|link)\b/);

  // Next / previous through the page's evidence, one element at a time.
  await driver.clickInPopup('[data-testid=evidence-next]');
  const step = () => driver.evalInPopup<string | null>(`document.querySelector('[data-testid=evidence-step]')?.textContent || null`);
  const first = await eventually(step, 'the first evidence');
  expect(first).toMatch(/^1\s*\/\s*\d+/);
  await driver.clickInPopup('[data-testid=evidence-next]');
  await eventually(async () => ((await step())?.match(/^2\s*\//) ? true : null), 'the second evidence');
  await driver.clickInPopup('[data-testid=evidence-previous]');
  await eventually(async () => ((await step())?.match(/^1\s*\//) ? true : null), 'back to the first evidence');
  expect(await driver.evalInPage<string | null>(`document.querySelector('dvc-inspector-overlay')?.dataset.shown ?? null`)).toMatch(/^[01]$/);
}

/** Times in Vietnam time (UTC+7), labelled, wherever the browser's own zone is. */
export async function vietnamTimeEverywhere(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  await auditWithShortcut(driver, `${server.portal(PORTAL_A)}/portaldvc/home`);
  const popupText = await driver.evalInPopup<string>('document.body.textContent');
  const ws = await workspaceTab(driver);
  const audit = await sendFrom<{ audit: { createdAt: string; pages: Array<{ auditedAt: string }> } }>(ws, { type: 'get-audit', origin: server.portal(PORTAL_A) });
  expect(popupText).toContain(vietnamTime(audit.audit.pages.at(-1)!.auditedAt));
  expect(popupText).toMatch(/giờ Việt Nam/);
  const wsText = await ws.eval<string>('document.body.textContent');
  expect(wsText).toContain(vietnamTime(audit.audit.createdAt));
  expect(wsText).toMatch(/giờ Việt Nam/);
  const csv = await driver.exportedFile(() => ws.click('[data-testid=ws-export-json]'));
  expect(ReportSchema.parse(JSON.parse(csv)).generatedAt).toMatch(/Z$|\+07:00$/);
  await ws.close();
}
