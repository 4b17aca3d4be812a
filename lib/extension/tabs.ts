import { browser } from 'wxt/browser';

/**
 * Which tab the extension's pages work on, and following it. The popup
 * works on the tab it was opened over; the workspace beside the page (side
 * panel, sidebar) follows its window's active tab; the workspace opened in
 * a tab of its own works on the page tab used last in its window.
 */

export interface TabInfo {
  id: number;
  /** Visible only where the extension has access (activeTab after a click or Alt+Shift+D, or a granted host). */
  url?: string;
  windowId?: number;
}

export async function windowOfThisPage(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}

/** Whether this page is itself a tab (the workspace opened in a tab), not a popup, side panel or sidebar. */
export async function thisPageIsATab(): Promise<boolean> {
  try {
    return (await browser.tabs.getCurrent()) !== undefined;
  } catch {
    return false;
  }
}

const info = (t: { id?: number; url?: string; windowId?: number } | undefined): TabInfo | undefined =>
  t?.id === undefined ? undefined : { id: t.id, ...(t.url ? { url: t.url } : {}), ...(t.windowId !== undefined ? { windowId: t.windowId } : {}) };

export async function tabById(id: number): Promise<TabInfo | undefined> {
  try {
    return info(await browser.tabs.get(id));
  } catch {
    return undefined;
  }
}

/**
 * The page tab to work on: `explicit` (a `?tabId=`) if given; else the
 * active tab of this page's window — or, when this page is that tab, the
 * tab of the window used most recently before it.
 */
export async function pageTab(explicit?: number): Promise<TabInfo | undefined> {
  if (explicit !== undefined) return tabById(explicit);
  const windowId = await windowOfThisPage();
  const tabs = await browser.tabs.query(windowId !== undefined ? { windowId } : { currentWindow: true });
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const active = tabs.find((t) => t.active);
  if (active && active.id !== self?.id) return info(active);
  const others = tabs.filter((t) => t.id !== self?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return info(others[0]);
}

/** Call `onChange` whenever the active tab of `windowId` changes or navigates. */
export function watchActiveTab(windowId: number | undefined, onChange: () => void): () => void {
  const activated = (a: { windowId: number }) => {
    if (windowId === undefined || a.windowId === windowId) onChange();
  };
  const updated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean; windowId?: number }) => {
    if (!tab.active || (windowId !== undefined && tab.windowId !== windowId)) return;
    if (change.url !== undefined || change.status === 'complete') onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** The origin of a page address, or null (browser pages, no access). */
export function originOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Open one of the extension's pages (the printable report) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/report.html') });
}

/** The active tab of the window this page belongs to (the popup's page). */
export async function activeTabOfThisWindow(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Whether this page is shown as the toolbar button's popup (not as a tab). */
export function thisPageIsThePopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}
