import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ReportSchema, type Report } from '../../lib/report/schema';
import { eventually, type BrowserDriver, type ExtensionPage } from './support/driver';
import type { FixtureServer } from './support/server';

const HOSTILE = ["<script>alert('title')</script>", "<img src=x onerror=alert('t')>", "<script>alert('vneid')</script>"];

async function auditWithShortcut(driver: BrowserDriver, url: string): Promise<string> {
  await driver.open(url);
  await driver.pressShortcut();
  return eventually(() => driver.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`), `the popup on ${url}`);
}

async function workspace(driver: BrowserDriver): Promise<ExtensionPage> {
  const ws = await driver.extensionPage('/sidepanel.html');
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the workspace');
  return ws;
}

const scoreOf = (ws: ExtensionPage) => ws.eval<string>(`document.querySelector('[data-testid=score]').textContent`);
const withoutTime = (r: Report) => ({ ...r, generatedAt: '' });

/**
 * Findings handed over: a hostile page's markup stays text everywhere; the
 * printable report becomes a PDF with the findings; JSON export → import on
 * another machine gives the identical audit; a broken file is refused and
 * changes nothing; two audits of the portal compare.
 */
export async function handOverFindings(driver: BrowserDriver, server: FixtureServer): Promise<void> {
  // A hostile page: its markup is shown as text in the popup and runs nowhere.
  await auditWithShortcut(driver, `${server.origin}/portaldvc/hostile`);
  await driver.evalInPopup(`(document.querySelector('[data-testid=toggle-all]').click(), null)`);
  const popupText = await eventually(
    () => driver.evalInPopup<string | null>(`document.querySelector('[data-testid=all-criteria]') ? document.body.textContent : null`),
    'all criteria in the popup',
  );
  expect(popupText).toContain("<script>alert('vneid')</script>");
  expect(await driver.evalInPopup<number>(`document.querySelectorAll('img, script:not([src]), iframe, svg').length`)).toBe(0);
  await auditWithShortcut(driver, `${server.origin}/portaldvc/home`);

  let ws = await workspace(driver);
  const wsText = await ws.eval<string>(`(document.querySelectorAll('details').forEach((d) => (d.open = true)), document.body.textContent)`);
  expect(wsText).toContain(HOSTILE[0]);
  expect(await ws.eval<number>(`document.querySelectorAll('img, iframe').length`)).toBe(0);

  // The printable report, printed to PDF as the browser's "Save as PDF" does.
  const report = await driver.extensionPage(`/report.html?portal=${encodeURIComponent(server.origin)}&lang=vi`);
  await eventually(() => report.eval<string | null>(`document.querySelector('h1') ? document.body.textContent : null`), 'the report page');
  const reportText = await report.eval<string>('document.body.textContent');
  expect(reportText).toContain(HOSTILE[0]);
  expect(await report.eval<number>(`document.querySelectorAll('script, img, iframe, [onerror]').length`)).toBe(0);
  const dir = mkdtempSync(join(tmpdir(), 'dvc-pdf-'));
  writeFileSync(join(dir, 'report.pdf'), await report.pdf());
  const pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
  const shownScore = await scoreOf(ws);
  expect(pdfText).toContain(shownScore);
  expect(pdfText).toContain('TK-01');
  expect(pdfText).toContain('Đăng nhập bằng tài khoản định danh điện tử VNeID');
  expect(report.dialogs).toEqual([]);
  await report.close();

  // Export JSON from the workspace.
  const exported = await driver.exportedFile(() => ws.click('[data-testid=ws-export-json]'));
  const original = ReportSchema.parse(JSON.parse(exported));
  const file = join(dir, 'audit.json');
  writeFileSync(file, exported);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, exported.slice(0, Math.floor(exported.length / 2)));

  // Start a new audit of the same portal; the first goes to the history.
  await ws.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = true)), null)`);
  await ws.click('[data-testid=new-audit]');
  await ws.click('[data-testid=new-audit-confirm]');
  await eventually(() => ws.eval<number | null>(`document.querySelectorAll('[data-testid=history] [data-audit]').length || null`), 'the history');
  await ws.close();
  const fresh = await auditWithShortcut(driver, `${server.origin}/portaldvc/chi-tiet-thu-tuc`);
  ws = await workspace(driver);
  expect(await scoreOf(ws)).toBe(fresh);

  // Compare the earlier audit with the new one.
  await ws.eval(`(document.querySelectorAll('details').forEach((d) => (d.open = true)), null)`);
  await ws.click('[data-testid=compare-with-current]');
  const cmp = await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=compare]')?.textContent ?? null`), 'the comparison');
  expect(cmp).toContain(`${shownScore} → ${fresh}`);
  const notRevisited = await ws.eval<string[]>(`[...document.querySelectorAll('[data-testid=compare-criteria] [data-change=not_revisited]')].map((li) => li.dataset.criterion)`);
  const gained = await ws.eval<string[]>(`[...document.querySelectorAll('[data-testid=compare-criteria] [data-change=gained]')].map((li) => li.dataset.criterion)`);
  expect(notRevisited).toContain('TK-01'); // VNeID login is on the home page only, which the new audit has not read
  expect(gained).toContain('CK-02'); // the procedure's parts are on its detail page only

  // A broken file is refused with a reason, and nothing stored changes.
  const before = await ws.eval<string>(`document.body.textContent`);
  await ws.upload('[data-testid=import-file]', broken);
  const error = await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=workspace-error]')?.textContent ?? null`), 'the import error');
  expect(error).toMatch(/JSON/);
  expect(await scoreOf(ws)).toBe(fresh);
  expect(await ws.eval<number>(`document.querySelectorAll('[data-testid=history] [data-audit]').length`)).toBe(1);
  expect(before).toContain(fresh);
  await ws.close();

  // On another inspector's machine: import → the identical audit.
  await driver.freshProfile();
  ws = await driver.extensionPage('/sidepanel.html');
  await ws.upload('[data-testid=import-file]', file);
  await eventually(() => ws.eval<string | null>(`document.querySelector('[data-testid=score]')?.textContent ?? null`), 'the imported audit');
  expect(await scoreOf(ws)).toBe(shownScore);
  const again = ReportSchema.parse(JSON.parse(await driver.exportedFile(() => ws.click('[data-testid=ws-export-json]'))));
  expect(withoutTime(again)).toEqual(withoutTime(original));
  expect(ws.dialogs).toEqual([]);
  await ws.close();
}
