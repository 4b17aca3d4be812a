import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { pressKeys } from './display';
import { captureScreen, changedPixels, writePng } from './screen';
import { BROWSER_TIME_ZONE, eventually, type BrowserDriver, type ExtensionPage, type LaunchOptions, type SeenRequest } from './driver';
import { ROOT } from './server';

/** Debian's Chromium with the built extension, driven by playwright-core. */
export async function launchChromium(display: string, options: LaunchOptions = {}): Promise<BrowserDriver> {
  const dir = join(ROOT, '.output/chrome-mv3');
  const downloads = mkdtempSync(join(tmpdir(), 'dvc-dl-'));
  let profile = mkdtempSync(join(tmpdir(), 'dvc-chromium-'));
  const seen: SeenRequest[] = [];
  const violations: string[] = [];
  const launch = async () => watchRequests(await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    // A time zone far from Vietnam's: dates shown in the machine's zone would show.
    env: { ...process.env, DISPLAY: display, TZ: BROWSER_TIME_ZONE },
    acceptDownloads: true,
    downloadsPath: downloads,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-default-browser-check',
      '--window-size=1200,850',
      // Nothing leaves the machine: every host but loopback goes to a proxy
      // that is not there (the demo page links Google's reCAPTCHA script),
      // or to the fixture server, which serves the fixture portals' names
      // and refuses the rest. The request watch still sees each attempt.
      `--proxy-server=http://127.0.0.1:${options.proxyPort ?? 9}`,
    ],
  }), seen, violations);
  let ctx: BrowserContext = await launch();
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  let extensionId = new URL(sw.url()).host;
  let page: Page = ctx.pages()[0] ?? (await ctx.newPage());
  let cdp: CDPSession | null = null;
  let nextId = 1;

  async function restart(): Promise<void> {
    await ctx.close();
    ctx = await launch();
    page = ctx.pages()[0] ?? (await ctx.newPage());
    cdp = null;
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }

  /** Tabs opened by `extensionPage`, by CDP target id: not the side panel, even at the same address. */
  const tabTargets = new Set<string>();

  /** The browser's targets (tabs, popup, side panel, workers) over CDP. */
  async function targets(): Promise<Array<{ targetId: string; url: string; type: string }>> {
    cdp ??= await ctx.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string; type: string }> };
    return targetInfos;
  }

  /**
   * Send CDP commands to a target Playwright does not list as a page (the
   * real popup, the side panel), one after the other; `next` may build a
   * command from the previous result.
   */
  async function inTarget<T>(targetId: string, run: (send: (method: string, params: object) => Promise<Record<string, unknown>>) => Promise<T>): Promise<T> {
    cdp ??= await ctx.newCDPSession(page);
    const session = cdp;
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    const send = (method: string, params: object) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = nextId++;
        const onMessage = (e: { sessionId?: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
          if (m.id !== id) return;
          session.off('Target.receivedMessageFromTarget', onMessage);
          if (m.result) resolve(m.result);
          else reject(new Error(`${method} failed: ${JSON.stringify(m.error)}`));
        };
        session.on('Target.receivedMessageFromTarget', onMessage);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    try {
      return await run(send);
    } finally {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  async function evalIn<T>(targetId: string, expression: string, userGesture = false): Promise<T> {
    return inTarget(targetId, async (send) => {
      const reply = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture })) as {
        result: { value: T };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      };
      if (reply.exceptionDetails) throw new Error(`evaluation failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return reply.result.value;
    });
  }

  async function popupTarget(): Promise<string> {
    const popup = (await targets()).find((t) => t.url === `chrome-extension://${extensionId}/popup.html`);
    if (!popup) throw new Error('the popup is not open');
    return popup.targetId;
  }

  /** The side panel: the extension's sidepanel.html that is not one of the tabs opened by `extensionPage`. */
  async function sidePanelTarget(): Promise<string> {
    const panel = (await targets()).find((t) => t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`) && !tabTargets.has(t.targetId));
    if (!panel) throw new Error('the side panel is not open');
    return panel.targetId;
  }

  /** Evaluate in the real popup: found among the browser's targets over CDP. */
  const evalInPopup = async <T>(expression: string): Promise<T> => evalIn<T>(await popupTarget(), expression);

  return {
    name: 'chromium',
    async open(url) {
      // A popup left open by the previous step would be toggled shut by the
      // next key press: close it first, as Escape would.
      for (const t of (await targets()).filter((t) => t.url === `chrome-extension://${extensionId}/popup.html`)) {
        await cdp!.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      }
      await page.goto(url);
      await page.bringToFront();
    },
    async pressShortcut() {
      await page.waitForTimeout(300);
      await pressKeys(display, 'alt+shift+d');
    },
    evalInPopup,
    async clickInPopup(selector) {
      await evalIn(await popupTarget(), `(document.querySelector(${JSON.stringify(selector)}).click(), null)`, true);
    },
    evalInPage: (expression) => page.evaluate(expression),
    async openWorkspace() {
      // As the inspector does: the popup's button, a click (a user gesture,
      // which chrome.sidePanel.open needs).
      await evalIn(await popupTarget(), `(document.querySelector('[data-testid=open-workspace]').click(), null)`, true);
      await eventually(() => sidePanelTarget().catch(() => null), 'the side panel');
    },
    evalInWorkspace: async <T>(expression: string) => evalIn<T>(await sidePanelTarget(), expression),
    async clickInWorkspace(selector) {
      await evalIn(await sidePanelTarget(), `(document.querySelector(${JSON.stringify(selector)}).click(), null)`, true);
    },
    async uploadInWorkspace(selector, file) {
      await inTarget(await sidePanelTarget(), async (send) => {
        const { root } = (await send('DOM.getDocument', {})) as { root: { nodeId: number } };
        const { nodeId } = (await send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
        if (!nodeId) throw new Error(`no ${selector} in the side panel`);
        await send('DOM.setFileInputFiles', { nodeId, files: [file] });
      });
    },
    async exportedFile(click) {
      const before = new Set(readdirSync(downloads));
      await click();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        // Chromium writes NAME.crdownload first and renames it when complete.
        const fresh = readdirSync(downloads).filter(
          (f) => !before.has(f) && !f.endsWith('.crdownload') && statSync(join(downloads, f), { throwIfNoEntry: false })?.size,
        );
        if (fresh.length > 0) {
          await page.waitForTimeout(200);
          return readFileSync(join(downloads, fresh[0]!), 'utf8');
        }
        await page.waitForTimeout(100);
      }
      throw new Error('no file was downloaded');
    },
    async requests() {
      return [...seen];
    },
    async cspViolations() {
      return [...violations];
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async extensionPage(path) {
      const tab = await ctx.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', (d) => {
        dialogs.push(d.message());
        void (d.type() === 'confirm' ? d.accept() : d.dismiss());
      });
      const probe = await ctx.newCDPSession(tab);
      tabTargets.add(((await probe.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } }).targetInfo.targetId);
      await probe.detach();
      await tab.goto(`chrome-extension://${extensionId}${path}`);
      const handle: ExtensionPage = {
        setViewport: (width, height) => tab.setViewportSize({ width, height }),
        reload: () => tab.reload().then(() => undefined),
        dialogs,
        upload: (selector, file) => tab.setInputFiles(selector, file),
        pdf: async () => {
          const session = await ctx.newCDPSession(tab);
          const { data } = (await session.send('Page.printToPDF', { printBackground: true })) as { data: string };
          await session.detach();
          return Buffer.from(data, 'base64');
        },
        eval: (expression) => tab.evaluate(expression),
        click: (selector) => tab.click(selector),
        fill: (selector, value) => tab.fill(selector, value),
        select: (selector, value) => tab.selectOption(selector, value).then(() => undefined),
        screenshot: (path, fullPage = true) => tab.screenshot({ path, fullPage }).then(() => undefined),
        close: () => tab.close(),
      };
      return handle;
    },
    async answerPermissionPrompt(_from, accept, screenshot) {
      // Chromium draws the prompt itself, in its window, out of reach of CDP
      // and of the page (which keeps the focus): wait until the screen shows
      // a dialog's worth of new pixels, as a person sees it appear.
      // It fades in, and its Allow button stays disabled for a moment (the
      // browser's guard against hurried clicks; it does not show on the
      // screen until it changes): wait until the dialog is there, then until
      // the screen has stopped changing and that moment has passed.
      const ALLOW_DELAY_MS = 1500;
      const before = await captureScreen(display);
      let last = before;
      let appeared = 0;
      const shown = await eventually(async () => {
        const now = await captureScreen(display);
        const up = changedPixels(before, now) > 20_000;
        if (up && !appeared) appeared = Date.now();
        const settled = up && changedPixels(last, now) === 0 && Date.now() - appeared >= ALLOW_DELAY_MS;
        last = now;
        return settled ? now : null;
      }, 'the permission prompt on the screen');
      if (screenshot) writePng(screenshot, shown);
      // Deny has the focus; Tab moves to Allow.
      if (accept) await pressKeys(display, 'Tab');
      await pressKeys(display, 'Return');
      return null;
    },
    async stopBackground() {
      const session = await ctx.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
    },
    async freshProfile() {
      profile = mkdtempSync(join(tmpdir(), 'dvc-chromium-'));
      await restart();
    },
    restart,
    async close() {
      await ctx.close();
    },
  };
}

/**
 * Record every HTTP(S) request of the browser context, and who made it.
 * Playwright reports the tabs' and the service worker's requests but not the
 * popup's (it does not list the popup as a page); interception at the
 * browser level (CDP Fetch) sees the popup's, but not the service worker's.
 * Together they cover every context of the extension.
 */
async function watchRequests(ctx: BrowserContext, seen: SeenRequest[], violations: string[]): Promise<BrowserContext> {
  const isNetwork = (url: string) => /^(https?|wss?):/.test(url);
  ctx.on('request', (request) => {
    if (!isNetwork(request.url())) return;
    const worker = request.serviceWorker();
    if (worker) {
      seen.push({ url: request.url(), by: worker.url().startsWith('chrome-extension:') ? 'extension' : 'page', from: worker.url() });
      return;
    }
    const from = request.frame().page()?.url() ?? request.frame().url();
    seen.push({ url: request.url(), by: from.startsWith('chrome-extension:') ? 'extension' : 'page', from });
  });

  const browser = ctx.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  const targets = new Map<string, string>(); // target (and main frame) id -> URL
  type TargetInfo = { targetId: string; url: string };
  const onTarget = ({ targetInfo }: { targetInfo: TargetInfo }) => {
    targets.set(targetInfo.targetId, targetInfo.url);
    watchConsole(targetInfo);
  };
  cdp.on('Target.targetCreated', onTarget);
  cdp.on('Target.targetInfoChanged', onTarget);

  // CSP violations of the extension's documents: a blocked eval that the
  // code catches leaves nothing in the console, but Chromium files it as a
  // DevTools issue. Each extension target is attached as soon as it
  // appears; Audits.enable hands over the issues raised before.
  const watched = new Set<string>();
  const watchConsole = (target: TargetInfo) => {
    if (!target.url.startsWith('chrome-extension:') || watched.has(target.targetId)) return;
    watched.add(target.targetId);
    void cdp
      .send('Target.attachToTarget', { targetId: target.targetId, flatten: false })
      .then(({ sessionId }) =>
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Audits.enable' }) }),
      )
      .catch(() => undefined);
  };
  type CspIssue = { violatedDirective: string; contentSecurityPolicyViolationType: string; sourceCodeLocation?: { url: string; lineNumber: number; columnNumber: number } };
  cdp.on('Target.receivedMessageFromTarget', ({ targetId, message }: { targetId?: string; message: string }) => {
    const m = JSON.parse(message) as { method?: string; params?: { issue: { code: string; details: { contentSecurityPolicyIssueDetails?: CspIssue } } } };
    const csp = m.method === 'Audits.issueAdded' ? m.params?.issue.details.contentSecurityPolicyIssueDetails : undefined;
    if (!csp) return;
    const at = csp.sourceCodeLocation;
    const where = at?.url ? `${at.url}:${at.lineNumber + 1}:${at.columnNumber + 1}` : (targets.get(targetId ?? '') ?? '?');
    violations.push(`${where}: ${csp.contentSecurityPolicyViolationType} (${csp.violatedDirective})`);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  cdp.on('Fetch.requestPaused', (event: { requestId: string; frameId?: string; request: { url: string } }) => {
    void cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
    if (!isNetwork(event.request.url)) return;
    const from = event.frameId ? targets.get(event.frameId) : undefined;
    // The tabs' requests are already recorded above; anything from an
    // extension document, or from a frame no target owns, is recorded here.
    if (from && !from.startsWith('chrome-extension:')) return;
    seen.push({ url: event.request.url, by: from ? 'extension' : 'browser', from: from ?? `frame ${event.frameId ?? '?'}` });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  return ctx;
}
