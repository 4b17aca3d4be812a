import '@/lib/zod-setup';
import { render } from 'preact';
import { Popup } from '@/components/Popup';

/** The tab to audit: `?tabId=` when the page is opened in a tab, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

// A popup is as wide as its content; anywhere else (a tab, Firefox for Android) the page fits its window.
if (!browser.extension.getViews({ type: 'popup' }).includes(window)) document.body.classList.add('fluid');

render(<Popup targetTabId={targetTabId} />, document.getElementById('app')!);
