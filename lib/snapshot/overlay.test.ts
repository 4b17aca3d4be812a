import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The overlay reads the global document, as it does when injected into a page.
let win: Window;
beforeEach(() => {
  win = new Window({ url: 'https://dvc.example.gov.vn/' });
  Object.assign(globalThis, { window: win, document: win.document });
  win.document.write('<html><body><header><a id="vneid" href="/sso">VNeID</a></header><p class="x">Tra cứu</p></body></html>');
});
afterEach(async () => {
  await win.happyDOM.close();
});

describe('evidence overlay', () => {
  it('outlines found elements in one host and reports the ones that are gone', async () => {
    const { runOverlay } = await import('./overlay');
    const r = runOverlay({ action: 'show', items: [{ selector: '#vneid', label: 'TK-01' }, { selector: '#gone', label: 'TT-02' }, { selector: 'p:::bad', label: 'X' }] });
    // (Where labels go needs layout: the end-to-end tests check it in real browsers.)
    expect(r).toMatchObject({ shown: 1, hidden: [], missing: ['#gone', 'p:::bad'] });
    const hosts = win.document.querySelectorAll('dvc-inspector-overlay');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.getAttribute('data-shown')).toBe('1');
  });

  it('reports evidence in <head> as not visible, with its markup cut short, and outlines nothing for it', async () => {
    const { runOverlay } = await import('./overlay');
    const head = win.document.head;
    const link = win.document.createElement('link');
    link.setAttribute('rel', 'stylesheet');
    link.setAttribute('href', '/a.css');
    const script = win.document.createElement('script');
    script.textContent = 'x'.repeat(1000);
    head.append(link, script);
    const r = runOverlay({ action: 'show', items: [{ selector: 'head > link', label: 'AT-09' }, { selector: 'head > script', label: 'LT-02' }] });
    expect(r.shown).toBe(0);
    expect(r.hidden).toEqual([
      { selector: 'head > link', label: 'AT-09', markup: '<link rel="stylesheet" href="/a.css">' },
      { selector: 'head > script', label: 'LT-02', markup: `<script>${'x'.repeat(292)}…` },
    ]);
    expect(win.document.querySelector('dvc-inspector-overlay')!.getAttribute('data-shown')).toBe('0');
  });

  it('merges the labels of criteria that share an element', async () => {
    const { runOverlay } = await import('./overlay');
    expect(runOverlay({ action: 'show', items: [{ selector: '#vneid', label: 'TK-01' }, { selector: '#vneid', label: 'TK-02' }] }).shown).toBe(1);
  });

  it('restores the page exactly when cleared, and replaces rather than stacks', async () => {
    const { runOverlay } = await import('./overlay');
    const before = win.document.documentElement.outerHTML;
    runOverlay({ action: 'show', items: [{ selector: '#vneid', label: 'TK-01' }] });
    runOverlay({ action: 'show', items: [{ selector: 'p.x', label: 'TC-01' }] });
    expect(win.document.querySelectorAll('dvc-inspector-overlay')).toHaveLength(1);
    runOverlay({ action: 'clear' });
    expect(win.document.documentElement.outerHTML).toBe(before);
  });

  it('never turns a label into markup', async () => {
    const { runOverlay } = await import('./overlay');
    runOverlay({ action: 'show', items: [{ selector: '#vneid', label: '<img src=x onerror=alert(1)>' }] });
    // The shadow root is closed to the page; the page itself gained no image.
    expect(win.document.querySelectorAll('img')).toHaveLength(0);
  });
});
