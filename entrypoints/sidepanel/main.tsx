import '@/lib/zod-setup';
import { render } from 'preact';
import { Workspace } from '@/components/Workspace';

/** The tab to audit: `?tabId=` when opened in a tab, else the active tab of this window. */
async function activeTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

render(<Workspace activeTabId={activeTabId} />, document.getElementById('app')!);
