// Jitless zod without its English messages: none of them reaches the popup (see lib/zod-jitless.ts).
import '@/lib/zod-jitless';
import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { activeTabOfThisWindow, thisPageIsThePopup } from '@/lib/extension/tabs';

/** The tab to audit: `?tabId=` when the page is opened in a tab, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  return activeTabOfThisWindow();
}

// A popup is as wide as its content; anywhere else (a tab, Firefox for Android) the page fits its window.
if (!thisPageIsThePopup()) document.body.classList.add('fluid');

render(<Popup targetTabId={targetTabId} />, document.getElementById('app')!);
