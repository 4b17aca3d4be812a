/**
 * A request that left (or tried to leave) the browser, and who made it:
 * the audited page, the extension (its background, popup or any of its
 * pages, or a script it injected), or the browser itself.
 */
export interface SeenRequest {
  url: string;
  by: 'page' | 'extension' | 'browser';
  /** The page, extension or worker it came from, when the browser says. */
  from?: string;
}

/** The browsers run in this time zone (UTC−5/−4), so that a date shown in the machine's zone, not Vietnam's, shows. */
export const BROWSER_TIME_ZONE = 'America/New_York';

export interface LaunchOptions {
  /** The fixture server's port, as the browser's HTTP proxy (fixture portals under their .gov.vn names). */
  proxyPort?: number;
}

/** What the shared scenario needs from a browser; one implementation per browser. */
export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /** Show a page in the browser's tab, focused. */
  open(url: string): Promise<void>;
  /** Press the extension's keyboard shortcut (a real key press on the display). */
  pressShortcut(): Promise<void>;
  /** Evaluate an expression in the audited page (the tab opened by `open`). */
  evalInPage<T>(expression: string): Promise<T>;
  /** Evaluate an expression in the open popup and return its value. */
  evalInPopup<T>(expression: string): Promise<T>;
  /** Click an element of the open popup, as a user gesture. */
  clickInPopup(selector: string): Promise<void>;
  /**
   * Open the workspace beside the page as the inspector does (the popup's
   * button; Chromium's side panel), or make sure it is open (Firefox's
   * sidebar, which opens when the add-on is installed).
   */
  openWorkspace(): Promise<void>;
  /** Evaluate an expression in the real side panel (Chromium) or sidebar (Firefox). */
  evalInWorkspace<T>(expression: string): Promise<T>;
  /** Click an element of the side panel or sidebar. */
  clickInWorkspace(selector: string): Promise<void>;
  /** Choose a file in a file input of the side panel or sidebar. */
  uploadInWorkspace(selector: string, file: string): Promise<void>;
  /** Run `click` and return the text of the file it downloads. */
  exportedFile(click: () => Promise<void>): Promise<string>;
  /** Every HTTP(S) request the browser has opened since launch, in order. */
  requests(): Promise<SeenRequest[]>;
  /**
   * Content Security Policy violations reported so far by the extension's
   * own pages and background (e.g. a blocked `eval` or `new Function`).
   */
  cspViolations(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  /** Open one of the extension's pages (e.g. '/sidepanel.html') in a new tab. */
  extensionPage(path: string): Promise<ExtensionPage>;
  /**
   * Answer the browser's permission prompt, as the inspector would click
   * Allow or Deny, once it is shown. Returns the prompt's text where a test
   * can read it (Firefox's doorhanger); Chromium draws its prompt natively,
   * out of reach of the page and of CDP, so there it is answered from the
   * keyboard and its text is null. `from`: the page that asked (Firefox: it loses the
   * focus to the prompt). `screenshot`: where to save the screen with the
   * prompt, to look at.
   */
  answerPermissionPrompt(from: ExtensionPage, accept: boolean, screenshot?: string): Promise<string | null>;
  /** Stop the background as the browser does when it is idle. */
  stopBackground(): Promise<void>;
  /** Quit the browser and start it again on the same profile. */
  restart(): Promise<void>;
  /** Quit the browser and start it on a new, empty profile (another inspector's machine). */
  freshProfile(): Promise<void>;
  close(): Promise<void>;
}

/** An extension page open in a tab. */
export interface ExtensionPage {
  eval<T>(expression: string): Promise<T>;
  /** The size of the tab's viewport, e.g. the 240 px of Firefox's sidebar. */
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** The whole page, or (`fullPage` false) what the viewport shows. */
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Choose a file in a file input, as the inspector does. */
  upload(selector: string, file: string): Promise<void>;
  /** Print the page to PDF, as the browser's "Save as PDF" does. */
  pdf(): Promise<Buffer>;
  /** Messages of any alert/confirm/prompt the page raised (confirms are accepted). */
  dialogs: string[];
  close(): Promise<void>;
}

/** Wait until `read` returns something other than null/undefined. */
export async function eventually<T>(read: () => Promise<T | null | undefined>, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await read();
      if (v !== null && v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
