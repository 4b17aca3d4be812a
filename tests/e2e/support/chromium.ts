import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { pressKeys } from './display';
import type { BrowserDriver, ExtensionPage, SeenRequest } from './driver';
import { ROOT } from './server';

/** Debian's Chromium with the built extension, driven by playwright-core. */
export async function launchChromium(display: string): Promise<BrowserDriver> {
  const dir = join(ROOT, '.output/chrome-mv3');
  const downloads = mkdtempSync(join(tmpdir(), 'dvc-dl-'));
  let profile = mkdtempSync(join(tmpdir(), 'dvc-chromium-'));
  const seen: SeenRequest[] = [];
  const violations: string[] = [];
  const launch = async () => watchRequests(await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    env: { ...process.env, DISPLAY: display },
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
      // that is not there (the demo page links Google's reCAPTCHA script).
      // The request watch still sees each attempt.
      '--proxy-server=http://127.0.0.1:9',
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

  /** Evaluate in the real popup: found among the browser's targets over CDP. */
  async function evalInPopup<T>(expression: string): Promise<T> {
    cdp ??= await ctx.newCDPSession(page);
    const session = cdp;
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const popup = targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/popup.html`);
    if (!popup) throw new Error('the popup is not open');
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
      sessionId: string;
    };
    const id = nextId++;
    const reply = await new Promise<{ result?: { result: { value: T } }; error?: unknown }>((resolve) => {
      const onMessage = (e: { sessionId?: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number };
        if (m.id === id) {
          session.off('Target.receivedMessageFromTarget', onMessage);
          resolve(m as never);
        }
      };
      session.on('Target.receivedMessageFromTarget', onMessage);
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      });
    });
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    if (!reply.result) throw new Error(`evaluation failed: ${JSON.stringify(reply.error)}`);
    return reply.result.result.value;
  }

  return {
    name: 'chromium',
    async open(url) {
      // A popup left open by the previous step would be toggled shut by the
      // next key press: close it first, as Escape would.
      cdp ??= await ctx.newCDPSession(page);
      const session = cdp;
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string }> };
      for (const t of targetInfos.filter((t) => t.url === `chrome-extension://${extensionId}/popup.html`)) {
        await session.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      }
      await page.goto(url);
      await page.bringToFront();
    },
    async pressShortcut() {
      await page.waitForTimeout(300);
      await pressKeys(display, 'alt+shift+d');
    },
    evalInPopup,
    evalInPage: (expression) => page.evaluate(expression),
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
      await tab.goto(`chrome-extension://${extensionId}${path}`);
      const handle: ExtensionPage = {
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
        screenshot: (path) => tab.screenshot({ path, fullPage: true }).then(() => undefined),
        close: () => tab.close(),
      };
      return handle;
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
