import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';
import { BROWSERS, useBrowser } from './support/browsers';
import { eventually } from './support/driver';
import { ROUTES } from './scenario';
import { ROOT } from './support/server';

const SCREENS = join(ROOT, 'test-results/screens');

/**
 * The 2024 scale in the real popup: the inspector switches the checklist,
 * the same audit shows points, groups, coverage and a level marked as an
 * estimate, and the choice is remembered the next time the popup opens.
 */
describe.each(BROWSERS)('the 2024 scale, in real $name', (browser) => {
  const { driver, server } = useBrowser(browser, ROUTES);

  it('the popup switches to the 2024 scale, shows the level as an estimate, and remembers it', async () => {
    const d = driver();
    await d.freshProfile();
    await d.open(`${server().origin}/portaldvc/home`);
    await d.pressShortcut();
    const score = await eventually(
      () => d.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=score]')?.textContent ?? null)`),
      'the score in the popup',
    );
    expect(score).toMatch(/^\d{1,2}\/83 \(\d{1,3},\d\d%\)$/);
    expect(await d.evalInPopup<string>(`document.querySelector('[data-testid=profile]').value`)).toBe('vn-dvc-2023');
    expect(await d.evalInPopup<boolean>(`!!document.querySelector('[data-testid=level]')`)).toBe(false);

    await d.evalInPopup(`(() => { const s = document.querySelector('[data-testid=profile]'); s.value = 'vn-httt-2024'; s.dispatchEvent(new Event('change', { bubbles: true })); return null; })()`);
    const level = await eventually(() => d.evalInPopup<string | null>(`document.querySelector('[data-testid=level]')?.textContent ?? null`), 'the level in the popup');
    expect(level).toMatch(/^Mức độ [A-E] \(tạm tính, ước tính\) · độ bao phủ \d+(,\d+)?%$/);
    const points = await d.evalInPopup<string>(`document.querySelector('[data-testid=points]').textContent`);
    expect(points).toMatch(/^\d+(,\d)?\/100 điểm$/);
    const groups = await d.evalInPopup<string[]>(`[...document.querySelectorAll('[data-testid=groups] li')].map((li) => li.querySelector('.gid').textContent + ' ' + li.querySelector('.gscore').textContent)`);
    expect(groups.map((g) => g.split(' ')[0])).toEqual(['CN', 'CB', 'HN', 'AT', 'TN', 'EMC']);
    for (const g of groups) expect(g).toMatch(/^[A-Z]+ \d+(,\d)?\/(50|5|20|15)$/);
    // The same findings: nothing was audited again (one page, the same count of met criteria).
    expect(await d.evalInPopup<string>(`document.querySelector('[data-testid=score]').textContent`)).toMatch(/^\d{1,2}\/90 \(/);

    // The exported report says which checklist, its status, and its points.
    const json = await d.exportedFile(() => d.evalInPopup<null>(`(document.querySelector('[data-testid=export-json]').click(), null)`).then(() => undefined));
    const report = ReportSchema.parse(JSON.parse(json));
    expect(report.checklist).toMatchObject({ id: 'vn-httt-2024', status: { groups: 'official', criteria: 'estimated' } });
    expect(report.points!.formatted.vi).toBe(points);

    // In English, with a decimal point; then the choice holds when the popup opens again.
    await d.open(`${server().origin}/portaldvc/home`);
    await d.pressShortcut();
    const again = await eventually(() => d.evalInPopup<string | null>(`(document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=level]')?.textContent ?? null)`), 'the level again');
    expect(again).toMatch(/tạm tính, ước tính/);
    expect(await d.evalInPopup<string>(`document.querySelector('[data-testid=profile]').value`)).toBe('vn-httt-2024');

    // The workspace shows the same audit on the same scale, with what is official and what is estimated.
    await d.openWorkspace();
    const note = await eventually(() => d.evalInWorkspace<string | null>(`document.querySelector('[data-testid=estimate-note]')?.textContent ?? null`), 'the estimate note in the workspace');
    expect(note).toMatch(/QĐ 473\/QĐ-BTTTT/);
    expect(await d.evalInWorkspace<string>(`document.querySelector('[data-testid=level]').textContent`)).toMatch(/tạm tính, ước tính/);
    expect(await d.evalInWorkspace<string>(`document.querySelector('[data-testid=profile]').value`)).toBe('vn-httt-2024');
    expect(await d.evalInWorkspace<number>(`document.querySelectorAll('[data-testid=info-only]').length`)).toBe(13);

    // The popup as a page of its own, to look at.
    const page = await d.extensionPage('/popup.html');
    const tabId = await page.eval<number>(`(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').includes('/portaldvc/home')).id)`);
    await page.close();
    const popup = await d.extensionPage(`/popup.html?tabId=${tabId}`);
    await eventually(() => popup.eval<string | null>(`document.querySelector('[data-testid=auditing]') ? null : document.querySelector('[data-testid=level]')?.textContent ?? null`), 'the popup page');
    await popup.setViewport(400, 700);
    mkdirSync(SCREENS, { recursive: true });
    await popup.screenshot(join(SCREENS, `${d.name}-popup-2024.png`), false);
    await popup.close();
  });
});
