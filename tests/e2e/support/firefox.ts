import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pressKeys } from './display';
import { captureScreen, writePng } from './screen';
import { BROWSER_TIME_ZONE, eventually, type BrowserDriver, type ExtensionPage, type LaunchOptions, type SeenRequest } from './driver';
import { ROOT } from './server';

/** The add-on id fixed in wxt.config.ts, and the moz-extension:// host we pin it to. */
export const GECKO_ID = 'dvc-inspector@dvc-inspector.example';
export const FIXED_UUID = '6f1e2d3c-4b5a-4978-8a69-5b4c3d2e1f00';
const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;
/** Firefox's id of the add-on's sidebar: its widget id (the add-on id, lower case, other characters as _) and a suffix. */
const SIDEBAR_ID = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;

/** Raw WebDriver BiDi, for what puppeteer has no API for (chrome-scope contexts). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * Debian's Firefox ESR with the built extension, driven by puppeteer-core
 * over WebDriver BiDi. Headed on the test's Xvfb display, because the audit
 * is started by a real key press.
 *
 * Reading the real popup: Firefox shows it in a panel of the browser window,
 * and WebDriver BiDi lists only tabs, so puppeteer cannot evaluate in it.
 * What the extension itself can do, the driver does: a background tab shows
 * a passive document of the extension (its manifest.json: no script of ours
 * runs there, unlike popup.html), and from that document
 * `browser.extension.getViews({ type: 'popup' })` reaches the open popup's
 * window, in the same process. The expression runs in the helper's realm
 * with `window`, `document` and `location` bound to the popup's (so the
 * popup's CSP does not get in the way). Nothing is opened in place of the
 * popup, and the tab neither takes focus nor closes the panel.
 */
export async function launchFirefox(display: string, options: LaunchOptions = {}): Promise<BrowserDriver> {
  const dir = join(ROOT, '.output/firefox-mv2');
  const downloads = mkdtempSync(join(tmpdir(), 'dvc-dl-'));
  let profile = mkdtempSync(join(tmpdir(), 'dvc-firefox-'));
  let session = await start(display, dir, downloads, profile, options.proxyPort ?? 9);

  const evalInPopup = async <T>(expression: string): Promise<T> => {
    const json = await session.helper.evaluate(`(() => {
      const [popup] = browser.extension.getViews({ type: 'popup' });
      if (!popup) throw new Error('the popup is not open');
      const value = ((window, document, location) => (${expression}))(popup, popup.document, popup.location);
      return Promise.resolve(value).then((v) => JSON.stringify(v ?? null));
    })()`);
    return JSON.parse(json as string) as T;
  };

  /** Evaluate in the sidebar's window, from the helper tab (as evalInPopup does for the popup). */
  const evalInWorkspace = async <T>(expression: string): Promise<T> => {
    const json = await session.helper.evaluate(`(() => {
      const [panel] = browser.extension.getViews({ type: 'sidebar' });
      if (!panel) throw new Error('the sidebar is not open');
      const value = ((window, document, location) => (${expression}))(panel, panel.document, panel.location);
      return Promise.resolve(value).then((v) => JSON.stringify(v ?? null));
    })()`);
    return JSON.parse(json as string) as T;
  };

  return {
    name: 'firefox',
    async clickInPopup(selector) {
      await evalInPopup(`(document.querySelector(${JSON.stringify(selector)}).click(), null)`);
    },
    async openWorkspace() {
      // The sidebar opens when the add-on is installed; if it was closed,
      // open it from the View menu's command, as the inspector would.
      const open = await session.helper.evaluate(`browser.extension.getViews({ type: 'sidebar' }).length > 0`);
      if (!open) await session.chromeEval(`((window.SidebarController ?? window.SidebarUI).show(${JSON.stringify(SIDEBAR_ID)}), null)`);
      await eventually(
        () => evalInWorkspace<boolean | null>(`document.readyState === 'complete' && !!document.querySelector('main') || null`),
        'the sidebar',
      );
    },
    evalInWorkspace,
    async clickInWorkspace(selector) {
      await evalInWorkspace(`(document.querySelector(${JSON.stringify(selector)}).click(), null)`);
    },
    async uploadInWorkspace(selector, file) {
      // WebDriver BiDi cannot reach the sidebar: the file is put into the
      // input as a drop would, and the input's change event fires.
      const text = readFileSync(file, 'utf8');
      await evalInWorkspace(`(() => {
        const input = document.querySelector(${JSON.stringify(selector)});
        const data = new window.DataTransfer();
        data.items.add(new window.File([${JSON.stringify(text)}], ${JSON.stringify(file.split('/').pop())}, { type: 'application/json' }));
        input.files = data.files;
        input.dispatchEvent(new window.Event('change', { bubbles: true }));
        return null;
      })()`);
    },
    async open(url) {
      // A popup left open by the previous step would be toggled shut by
      // the next key press: close it, as Escape would.
      await session.chromeEval(`(() => {
        for (const p of document.querySelectorAll('panel')) if (p.state === 'open' || p.state === 'showing') p.hidePopup();
        return null;
      })()`);
      // …and wait until its window is gone, so the next read cannot reach it.
      await eventually(
        () => session.helper.evaluate(`browser.extension.getViews({ type: 'popup' }).length === 0 || null`),
        'the previous popup to close',
      );
      await session.page.bringToFront();
      if (/^https?:/.test(url)) {
        await session.page.goto(url);
        return;
      }
      // Firefox's own pages (about:…) never report the load over BiDi:
      // start the navigation and wait until the tab shows the page.
      void session.page.goto(url).catch(() => undefined);
      await eventually(async () => ((await session.page.evaluate('location.href')) === url ? true : null), `${url} in the tab`);
    },
    async pressShortcut() {
      await new Promise((r) => setTimeout(r, 300));
      // There is no window manager on the Xvfb display, so nothing gives
      // Firefox's window the keyboard focus unless we do (Chromium takes it
      // by itself). xdotool sets it, as a window manager would on a click.
      await focusWindow(display, session.browser.process()?.pid);
      await pressKeys(display, 'alt+shift+d');
      // Say plainly when the key press opened nothing (instead of a later
      // "the popup is not open"): Firefox shows the popup in a panel.
      await eventually(
        () => session.chromeEval<boolean | null>(`[...document.querySelectorAll('panel')].some((p) => p.state === 'open' && p.querySelector('browser[remote]')) || null`),
        'the popup panel after Alt+Shift+D',
        5_000,
      );
    },
    evalInPage: async <T>(expression: string) => (await session.page.evaluate(expression)) as T,
    evalInPopup,
    async exportedFile(click) {
      const before = new Set(readdirSync(downloads));
      await click();
      return eventually(async () => {
        // Firefox writes NAME.part first and renames it when complete.
        const now = readdirSync(downloads);
        const fresh = now.filter((f) => !before.has(f) && !f.endsWith('.part') && statSync(join(downloads, f)).size > 0);
        return fresh.length > 0 && !now.some((f) => f.endsWith('.part')) ? readFileSync(join(downloads, fresh[0]!), 'utf8') : null;
      }, 'the downloaded report', 10_000);
    },
    async requests() {
      return JSON.parse(await session.chromeEval<string>(`JSON.stringify(globalThis.__dvcRequests ?? [])`)) as SeenRequest[];
    },
    async cspViolations() {
      // The browser console keeps every page's errors, the add-on's included.
      const json = await session.chromeEval<string>(`JSON.stringify(
        Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && m.category.startsWith('CSP') && m.sourceName.startsWith(${JSON.stringify(EXTENSION_ORIGIN)}))
          .map((m) => m.sourceName + ':' + m.lineNumber + ':' + m.columnNumber + ': ' + m.errorMessage)
      )`);
      return JSON.parse(json) as string[];
    },
    async screenshot(path) {
      await session.page.screenshot({ path });
    },
    async extensionPage(path) {
      const tab = await session.browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', (d) => {
        dialogs.push(d.message());
        void (d.type() === 'confirm' ? d.accept() : d.dismiss());
      });
      await showExtensionDocument(tab, `${EXTENSION_ORIGIN}${path}`);
      const handle: ExtensionPage = {
        dialogs,
        setViewport: (width, height) => tab.setViewport({ width, height }),
        async reload() {
          const before = await tab.evaluate('performance.timeOrigin');
          void tab.evaluate('location.reload()').catch(() => undefined);
          await eventually(
            () => tab.evaluate(`performance.timeOrigin !== ${JSON.stringify(before)} && document.readyState === 'complete' && typeof browser === 'object' ? true : null`),
            'the page to reload',
          );
        },
        async upload(selector, file) {
          const input = await tab.$(selector);
          if (!input) throw new Error(`no ${selector}`);
          await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
        },
        pdf: async () => Buffer.from(await tab.pdf({ printBackground: true })),
        eval: async <T>(expression: string) =>
          JSON.parse((await tab.evaluate(`Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`)) as string) as T,
        click: (selector) => tab.locator(selector).click(),
        fill: (selector, value) => tab.locator(selector).fill(value),
        select: (selector, value) => tab.select(selector, value).then(() => undefined),
        screenshot: (p, fullPage = true) => tab.screenshot({ path: p, fullPage }).then(() => undefined),
        close: () => tab.close(),
      };
      return handle;
    },
    async answerPermissionPrompt(_from, accept, screenshot) {
      // The add-on's permission doorhanger in the browser window.
      const text = await eventually(
        () =>
          session.chromeEval<string | null>(`(() => {
            const n = document.getElementById('addon-webext-permissions-notification');
            return n && !n.hidden && PopupNotifications.panel.state === 'open' ? n.textContent.replace(/\\s+/g, ' ').trim() : null;
          })()`),
        'the permission prompt',
      );
      if (screenshot) writePng(screenshot, await captureScreen(display));
      await session.chromeEval(`(() => {
        const n = document.getElementById('addon-webext-permissions-notification');
        n.querySelector(${JSON.stringify(accept ? '.popup-notification-primary-button' : '.popup-notification-secondary-button')}).click();
        return null;
      })()`);
      return text;
    },
    async stopBackground() {
      // Firefox MV2 keeps a persistent background page: the browser never
      // stops it when idle, so there is nothing faithful to simulate.
      throw new Error('Firefox does not stop a persistent (MV2) background page');
    },
    async freshProfile() {
      await session.browser.close();
      profile = mkdtempSync(join(tmpdir(), 'dvc-firefox-'));
      session = await start(display, dir, downloads, profile, options.proxyPort ?? 9);
    },
    async restart() {
      // Same profile (storage.local survives); a temporary add-on does not
      // survive a restart, so it is installed again, with the same id and UUID.
      await session.browser.close();
      session = await start(display, dir, downloads, profile, options.proxyPort ?? 9);
    },
    async close() {
      await session.browser.close();
    },
  };
}

interface Session {
  browser: Browser;
  page: Page;
  helper: Page;
  chromeEval<T>(expression: string): Promise<T>;
}

async function start(display: string, dir: string, downloads: string, profile: string, proxyPort: number): Promise<Session> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: false,
    // A time zone far from Vietnam's: dates shown in the machine's zone would show.
    env: { ...process.env, DISPLAY: display, TZ: BROWSER_TIME_ZONE },
    // Without it moz-extension:// documents cannot be opened over BiDi, nor
    // can the browser window itself (for the request log below) be reached.
    args: ['--remote-allow-system-access', '--width=1200', '--height=850', '--profile', profile],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // The exported JSON lands in `downloads`, with no dialog and no panel.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      // Nothing leaves the machine: every host but 127.0.0.1 goes to a proxy
      // that is not there (the demo page links Google's reCAPTCHA script),
      // or to the fixture server, which serves the fixture portals' names
      // and refuses the rest. The request log below still sees each attempt.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    const context = await browserWindowContext(bidi);
    const chromeEval = async <T>(expression: string): Promise<T> => {
      const { result } = (await bidi.send('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      })) as { result: EvaluateResult };
      if (result.type !== 'success') throw new Error(`browser window: ${result.exceptionDetails?.text ?? 'evaluation failed'}`);
      return result.result?.value as T;
    };
    // Before the add-on is installed, so its first requests would be seen too.
    await chromeEval(REQUEST_LOG);

    const id = await browser.installExtension(dir);
    if (id !== GECKO_ID) throw new Error(`the add-on was installed as ${id}, not ${GECKO_ID}`);

    const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
    const helper = await browser.newPage({ background: true });
    await showExtensionDocument(helper, `${EXTENSION_ORIGIN}/manifest.json`);
    // The background page registers the message handlers the popup needs.
    await eventually(() => helper.evaluate('browser.extension.getBackgroundPage() ? true : null'), 'the background page');
    return { browser, page, helper, chromeEval };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

/** The browser window (browser.xhtml) as a BiDi context in chrome scope. */
async function browserWindowContext(bidi: BidiConnection): Promise<string> {
  const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string; url: string }> };
  };
  const win = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('the browser window is not reachable (is --remote-allow-system-access set?)');
  return win.context;
}

/**
 * Log every HTTP(S) request the browser opens (WebSocket handshakes
 * included), with who asked for it, from the browser's own observer
 * service, evaluated in the browser window: it sees the background page,
 * the popup and injected scripts, which WebDriver BiDi's network events
 * (tabs only) do not. An extension acts with its own principal, an
 * injected script with [page, extension].
 */
const REQUEST_LOG = `(() => {
  const log = (globalThis.__dvcRequests = []);
  const addonOf = (p) => {
    if (!p) return '';
    if (p.addonId) return p.addonId;
    if (p.isExpandedPrincipal) for (const q of p.allowlist ?? []) if (q.addonId) return q.addonId;
    return '';
  };
  globalThis.__dvcRequestObserver = {
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const info = channel.loadInfo;
      const triggering = info?.triggeringPrincipal;
      const addon = addonOf(triggering) || addonOf(info?.loadingPrincipal);
      const by = addon ? 'extension' : !triggering || triggering.isSystemPrincipal ? 'browser' : 'page';
      log.push({ url: channel.URI.spec, by, from: addon || triggering?.origin || '' });
    },
  };
  Services.obs.addObserver(globalThis.__dvcRequestObserver, 'http-on-opening-request');
  return null;
})()`;

/**
 * Show a document of the extension in a tab. Awaiting goto on a
 * moz-extension:// URL never resolves: start it and wait until the tab is
 * there, with the extension's API.
 */
async function showExtensionDocument(tab: Page, url: string): Promise<void> {
  void tab.goto(url).catch(() => undefined);
  await eventually(
    () => tab.evaluate(`location.href === ${JSON.stringify(url)} && typeof browser === 'object' && !!browser.extension ? true : null`),
    `${url} in a tab`,
  );
}

/** Give the browser's top-level window the keyboard focus. */
async function focusWindow(display: string, pid: number | undefined): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const run = (args: string[]) =>
    new Promise<string>((resolve) => {
      const p = spawn('xdotool', args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d.toString()));
      p.once('exit', () => resolve(out));
    });
  const byPid = pid ? await run(['search', '--onlyvisible', '--pid', String(pid)]) : '';
  const ids = (byPid.trim() || (await run(['search', '--onlyvisible', '--class', 'firefox']))).trim().split('\n').filter(Boolean);
  const win = ids.at(-1);
  if (!win) throw new Error('no Firefox window on the display');
  await run(['windowfocus', '--sync', win]);
}
