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
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  screenshot(path: string): Promise<void>;
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
