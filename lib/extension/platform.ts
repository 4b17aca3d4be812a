import { browser } from 'wxt/browser';

/**
 * Where Chromium and Firefox differ, in one place. The workspace is a side
 * panel in Chromium, a sidebar in Firefox, and a tab elsewhere.
 */
interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

/**
 * Open the workspace. Call straight from a click handler, with the window
 * id looked up beforehand: the browsers only honour the user gesture if no
 * other await comes first.
 */
export async function openWorkspace(windowId: number | undefined): Promise<void> {
  const g = globalThis as unknown as { chrome?: { sidePanel?: SidePanelApi }; browser?: { sidebarAction?: SidebarApi } };
  try {
    if (g.chrome?.sidePanel && windowId !== undefined) {
      await g.chrome.sidePanel.open({ windowId });
      return;
    }
    if (g.browser?.sidebarAction) {
      await g.browser.sidebarAction.open();
      return;
    }
  } catch {
    // Fall through to a tab: some browsers refuse without a fresh user gesture.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** The host pattern asked for when the inspector opts in to auditing while browsing. */
export const AUTO_AUDIT_ORIGINS = ['*://*.gov.vn/*'];

/** Ask for the optional host permission; must be called from a click. */
export async function requestAutoAuditPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: AUTO_AUDIT_ORIGINS });
  } catch {
    return false;
  }
}
