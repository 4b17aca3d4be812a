import { browser } from 'wxt/browser';
import { pageKey } from '../audit/portal';
import { HighlightResultSchema, type Failure, type HighlightResult } from '../messaging/protocol';
import type { OverlayCommand } from '../snapshot/overlay';
import { classifyInjectionError, classifyUrl } from './page-access';

/**
 * Show (or clear) evidence on the page in a tab. Evidence belongs to the
 * page it was found on: if the tab shows another page, say so.
 */
export async function highlightInTab(tabId: number, command: OverlayCommand, pageUrl: string | null): Promise<{ ok: true; highlight: HighlightResult } | Failure> {
  let tab: { url?: string };
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, code: 'no-tab', detail: `tab ${tabId}` };
  }
  const blocked = classifyUrl(tab.url);
  if (blocked) return { ok: false, code: blocked, detail: tab.url ?? '' };
  if (pageUrl && tab.url && pageKey(tab.url) !== pageKey(pageUrl)) return { ok: false, code: 'other-page', detail: pageUrl };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/overlay.js'] });
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: (c: OverlayCommand) =>
        (globalThis as unknown as { __dvcInspectorOverlay: (c: OverlayCommand) => unknown }).__dvcInspectorOverlay(c),
      args: [command],
    });
    const result = HighlightResultSchema.safeParse(first?.result);
    if (!result.success) return { ok: false, code: 'unknown', detail: 'no answer from the page' };
    return { ok: true, highlight: result.data };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, code: classifyInjectionError(message, tab.url), detail: message.slice(0, 2000) };
  }
}
