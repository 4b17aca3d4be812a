// The floor the command line's rendered audits are compared with: the same
// Chromium, launched the same way (headless, through playwright-core), loading
// the same pages with the same concurrency and doing nothing else.
//
//   node bench/load-only.mjs [--concurrency N] URL...   (or URLs one a line on stdin with -)
//
// Prints {"pages": n, "ms": total, "launchMs": …} as JSON. Whole-process time
// is measured by the caller, like the command line's.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
let concurrency = 1;
const urls = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--concurrency') concurrency = Number(args[++i]);
  else if (args[i] === '-') urls.push(...readFileSync(0, 'utf8').split('\n').filter(Boolean));
  else urls.push(args[i]);
}
const t0 = performance.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const launchMs = performance.now() - t0;
const context = await browser.newContext();
let next = 0;
let loaded = 0;
async function worker() {
  const page = await context.newPage();
  while (next < urls.length) {
    const url = urls[next++];
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => null);
    if (res) loaded++;
  }
  await page.close();
}
await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
await browser.close();
process.stdout.write(`${JSON.stringify({ pages: loaded, ms: Math.round(performance.now() - t0), launchMs: Math.round(launchMs) })}\n`);
