import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium, headless, with its own background traffic off (no
 * component updates, sync, first-run or background networking): the only
 * requests are the audited pages' own.
 */
export const CHROMIUM_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--metrics-recording-only',
  '--disable-default-apps',
];

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class ChromiumMissing extends Error {
  constructor(path: string) {
    super(
      `Chromium is not installed at ${path}: install Debian's package "chromium" (apt-get install chromium), point --chromium or CHROMIUM_PATH at a Chromium, or audit the markup alone with --static`,
    );
    this.name = 'ChromiumMissing';
  }
}

export function chromiumPath(given?: string | null): string {
  return given || process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function launchOptions(executablePath: string): LaunchOptions {
  if (!existsSync(executablePath)) throw new ChromiumMissing(executablePath);
  // Signals are the command line's to handle (a crawl interrupted saves its state and says how to resume);
  // Playwright's own handler would exit at once.
  return { executablePath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const options = launchOptions(executablePath);
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch(options);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new Error(`Chromium (${executablePath}) did not start: ${message}`);
  }
}
