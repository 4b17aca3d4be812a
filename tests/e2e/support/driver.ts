/** What the shared scenario needs from a browser; one implementation per browser. */
export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /** Show a page in the browser's tab, focused. */
  open(url: string): Promise<void>;
  /** Press the extension's keyboard shortcut (a real key press on the display). */
  pressShortcut(): Promise<void>;
  /** Evaluate an expression in the open popup and return its value. */
  evalInPopup<T>(expression: string): Promise<T>;
  /** Run `click` and return the text of the file it downloads. */
  exportedFile(click: () => Promise<void>): Promise<string>;
  screenshot(path: string): Promise<void>;
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
