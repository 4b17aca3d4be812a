/**
 * `npm run bench` (after `npm run build`): how fast the audit is on the
 * heaviest portal pages, against the physical floor and against axe-core,
 * in real headless Chromium. See README, "Performance".
 *
 * Writes bench/results/latest.json (every figure) and latest.md (the table).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundlePageCode, ROOT } from './bundle';
import { generatePortalPage } from './generate';
import { measureHostile, type HostileResult } from './hostile';
import { measurePopup, type PopupResult } from './popup';
import { snapshotFromHtml } from '../lib/snapshot/from-html';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000,200000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The 200k page: fewer runs, so the whole benchmark keeps within 5 minutes. */
const RUNS_FOR = (n: number) => (n >= 200_000 ? Math.min(RUNS, 3) : RUNS);
/** axe.run is slow on big pages: fewer runs there, and each one capped. */
const AXE_RUNS = (n: number) => (n <= 1000 ? 5 : n <= 10_000 ? 3 : 1);
const AXE_CAP_MS = (n: number) => (n <= 10_000 ? 30_000 : n <= 50_000 ? 60_000 : 30_000);
/** The whole run stays under 5 minutes on 2 cores: axe's caps shrink to fit what is left. */
const TOTAL_BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 270_000);
/** Pages the real extension audits from the shortcut (each also with the floor extension). */
const POPUP_SIZES = (process.env.BENCH_POPUP_SIZES ?? '1000,10000').split(',').map(Number);
/** The address the snapshot is told: an https: portal, so the mixed-content checks run as on a real one. */
const PORTAL_URL = 'https://dichvucong.binhminh.gov.vn/portaldvc/thu-tuc-hanh-chinh';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

const started = Date.now();
const left = () => TOTAL_BUDGET_MS - (Date.now() - started);
const log = (...args: unknown[]) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);
const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

interface SizeResult {
  target: number;
  elements: number;
  htmlBytes: number;
  catalogueRows: number;
  loadMs: number;
  runs: number;
  floorMs: number[];
  snapshotMs: number[];
  auditMs: number[];
  criteriaMs: number[];
  firstAuditMs: number;
  snapshotBytes: number;
  truncated: string[];
  met: number;
  heap: { baseMB: number; peakDeltaMB: number; retainedMB: number; exact: boolean };
  axe: { runs: number[]; cappedAtMs: number | null; violations: number | null };
  median: { floor: number; snapshot: number; audit: number; criteria: number; axe: number | null };
  perThousand: { floor: number; snapshot: number; audit: number };
  ratios: { auditOverFloor: number; snapshotOverFloor: number; axeOverAudit: number | null; axeOverAuditAtLeast: boolean };
  slowestCriteria?: Array<{ id: string; ms: number }>;
}

interface Responsiveness {
  elements: number;
  async: { ms: number; longestTask: number; longTasks: number; maxGap: number };
  sync: { ms: number; longestTask: number; longTasks: number; maxGap: number };
}

function machine(browserVersion: string) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  let chromiumVersion = browserVersion;
  try {
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // The version from the browser is enough.
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    chromium: chromiumVersion,
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  };
}

function serve(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const html = pages.get((req.url ?? '/').split('?')[0]!);
    // An empty page is a page too (the hostile corpus has one).
    if (html !== undefined) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    // The page's stylesheets, scripts and images: nothing (they are not what is measured).
    else res.writeHead(404, { 'content-type': 'text/plain' }).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

async function evalOrTimeout<T>(page: Page, expression: string, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([page.evaluate(expression) as Promise<T>, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function measureSize(browser: Browser, origin: string, target: number, gen: { elements: number; rows: number; bytes: number }, code: string, axeCode: string, isLast: boolean): Promise<{ size: SizeResult; responsiveness: Responsiveness | null }> {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(`${origin}/portaldvc/${target}`, { waitUntil: 'load', timeout: 120_000 });
  const loadMs = Date.now() - t0;
  await page.addScriptTag({ content: code });
  const elements = (await page.evaluate('__dvcBench.elementCount()')) as number;
  const url = JSON.stringify(PORTAL_URL);
  log(`${target}: ${elements} elements, loaded in ${loadMs} ms`);

  type Audit = { ms: number; snapshotMs: number; criteriaMs: number; bytes: number; truncated: string[]; metCount: number };
  // The first audit on the page, before the engine has warmed up (as the extension's is).
  const first = (await page.evaluate(`__dvcBench.audit(${url})`)) as Audit;
  const floorMs: number[] = [];
  const snapshotMs: number[] = [];
  const auditMs: number[] = [];
  const criteriaMs: number[] = [];
  let last = first;
  for (let i = 0; i < RUNS_FOR(target); i++) {
    floorMs.push(((await page.evaluate('__dvcBench.floor()')) as { ms: number }).ms);
    snapshotMs.push(((await page.evaluate(`__dvcBench.snapshot(${url})`)) as { ms: number }).ms);
    last = (await page.evaluate(`__dvcBench.audit(${url})`)) as Audit;
    auditMs.push(last.ms);
    criteriaMs.push(last.criteriaMs);
  }
  const heap = (await page.evaluate(`__dvcBench.heap(${url})`)) as { base: number; peak: number; retained: number; exact: boolean };
  const slowestCriteria =
    target === 50_000 || (SIZES.length === 1 && isLast)
      ? ((await page.evaluate(`__dvcBench.criteriaProfile(${url}, 2)`)) as Array<{ id: string; ms: number }>).slice(0, 8).map((c) => ({ id: c.id, ms: round(c.ms, 1) }))
      : undefined;

  let responsiveness: Responsiveness | null = null;
  if (isLast) {
    log(`${target}: responsiveness (long tasks while the page is read)`);
    const a = (await page.evaluate(`__dvcBench.responsiveness(${url}, 'async')`)) as Responsiveness['async'];
    const s = (await page.evaluate(`__dvcBench.responsiveness(${url}, 'sync')`)) as Responsiveness['sync'];
    const r = (x: Responsiveness['async']) => ({ ms: round(x.ms), longestTask: round(x.longestTask), longTasks: x.longTasks, maxGap: round(x.maxGap) });
    responsiveness = { elements, async: r(a), sync: r(s) };
  }

  // axe-core last: on a huge page a capped run leaves the page busy, and it is closed.
  await page.addScriptTag({ content: axeCode });
  const axeRuns: number[] = [];
  let cappedAtMs: number | null = null;
  let violations: number | null = null;
  for (let i = 0; i < AXE_RUNS(target); i++) {
    // Keep 60 s for the larger pages and the popup still to come.
    const reserve = isLast ? 25_000 : 60_000;
    const cap = Math.max(5_000, Math.min(AXE_CAP_MS(target), left() - reserve));
    if (i > 0 && left() - reserve < AXE_CAP_MS(target) / 2) break;
    const res = await evalOrTimeout<{ ms: number; violations: number }>(
      page,
      `(async () => { const t0 = performance.now(); const r = await axe.run(document); return { ms: performance.now() - t0, violations: r.violations.length }; })()`,
      cap,
    );
    if (res === 'timeout') {
      cappedAtMs = cap;
      break;
    }
    axeRuns.push(res.ms);
    violations = res.violations;
  }
  log(`${target}: axe ${cappedAtMs ? `> ${cappedAtMs / 1000} s (stopped)` : axeRuns.map((x) => x.toFixed(0)).join(', ') + ' ms'}`);
  await page.close({ runBeforeUnload: false });

  const m = {
    floor: median(floorMs),
    snapshot: median(snapshotMs),
    audit: median(auditMs),
    criteria: median(criteriaMs),
    axe: axeRuns.length ? median(axeRuns) : null,
  };
  // A capped axe run still tells a lower bound.
  const axeFor = m.axe ?? cappedAtMs;
  const k = elements / 1000;
  const mb = (b: number) => round(b / 2 ** 20, 1);
  return {
    responsiveness,
    size: {
      target,
      elements,
      htmlBytes: gen.bytes,
      catalogueRows: gen.rows,
      loadMs,
      runs: RUNS_FOR(target),
      floorMs: floorMs.map((x) => round(x)),
      snapshotMs: snapshotMs.map((x) => round(x)),
      auditMs: auditMs.map((x) => round(x)),
      criteriaMs: criteriaMs.map((x) => round(x)),
      firstAuditMs: round(first.ms),
      snapshotBytes: last.bytes,
      truncated: last.truncated,
      met: last.metCount,
      heap: { baseMB: mb(heap.base), peakDeltaMB: mb(heap.peak - heap.base), retainedMB: mb(heap.retained), exact: heap.exact },
      axe: { runs: axeRuns.map((x) => round(x, 0)), cappedAtMs, violations },
      median: { floor: round(m.floor), snapshot: round(m.snapshot), audit: round(m.audit), criteria: round(m.criteria), axe: m.axe === null ? null : round(m.axe, 0) },
      perThousand: { floor: round(m.floor / k, 2), snapshot: round(m.snapshot / k, 2), audit: round(m.audit / k, 2) },
      ratios: {
        auditOverFloor: round(m.audit / m.floor, 1),
        snapshotOverFloor: round(m.snapshot / m.floor, 1),
        axeOverAudit: axeFor === null ? null : round(axeFor / m.audit, 1),
        axeOverAuditAtLeast: m.axe === null && cappedAtMs !== null,
      },
      slowestCriteria,
    },
  };
}

const SHORTCUT_RUNS = Number(process.env.BENCH_SHORTCUT_RUNS ?? 3);

export interface ShortcutResult {
  elements: number;
  /** Alt+Shift+D to the score shown in the real popup, per run. */
  ms: number[];
  /** The same with the floor extension: its injected script returns a ready snapshot of an empty page at once. */
  floorMs: number[];
}

/**
 * The built extension with its injected script replaced by one that returns
 * at once (a ready snapshot of an empty page at the same address): the
 * shortcut, the injection, the background's judging of an empty page, the
 * store and the popup showing its answer, without reading the page.
 */
async function floorExtension(pageUrl: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-floor-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const empty = await snapshotFromHtml('<!doctype html><html lang="vi"><head><title></title></head><body></body></html>', pageUrl);
  writeFileSync(join(dir, 'snapshot.js'), `var snapshot = ({ ok: true, json: ${JSON.stringify(JSON.stringify(empty))} });\nsnapshot;\n`);
  return dir;
}

interface Target {
  id: string;
  text: string;
  met: boolean | null;
  measured: string;
}

function judge(sizes: SizeResult[], resp: Responsiveness | null, popup: PopupResult | null, hostile: HostileResult | null): Target[] {
  const at = (n: number) => sizes.find((s) => s.target === n);
  const s50 = at(50_000);
  const s200 = at(200_000);
  const s10 = at(10_000);
  const targets: Target[] = [];
  targets.push({
    id: 'audit-vs-floor',
    text: 'Full audit ≤ 3× the floor at 50k elements',
    met: s50 ? s50.ratios.auditOverFloor <= 3 : null,
    measured: s50 ? `${s50.ratios.auditOverFloor}× (snapshot alone ${s50.ratios.snapshotOverFloor}×)` : 'not run',
  });
  targets.push({
    id: 'vs-axe',
    text: 'Full audit ≥ 20× faster than axe.run at 50k elements',
    met: s50?.ratios.axeOverAudit == null ? null : s50.ratios.axeOverAudit >= 20,
    measured: s50?.ratios.axeOverAudit == null ? 'not run' : `${s50.ratios.axeOverAuditAtLeast ? '≥ ' : ''}${s50.ratios.axeOverAudit}×`,
  });
  targets.push({
    id: 'audit-50k',
    text: 'Full audit of 50k elements < 100 ms',
    met: s50 ? s50.median.audit < 100 : null,
    measured: s50 ? `${s50.median.audit} ms (snapshot ${s50.median.snapshot} ms, criteria ${s50.median.criteria} ms)` : 'not run',
  });
  if (s50 && s200) {
    // Compared where the caps are full on both pages, so the fixed cost of the kept entries does not flatter it.
    const growth = (k: 'floor' | 'snapshot' | 'audit') => round(s200.perThousand[k] / s50.perThousand[k], 2);
    const from10 = s10
      ? `; from 10k: snapshot ${round(s200.perThousand.snapshot / s10.perThousand.snapshot, 2)}×, audit ${round(s200.perThousand.audit / s10.perThousand.audit, 2)}×`
      : '';
    targets.push({
      id: 'linear',
      text: 'Linear growth: ms per 1k elements at 200k ≤ 1.5× that at 50k (snapshot and audit)',
      met: growth('snapshot') <= 1.5 && growth('audit') <= 1.5,
      measured: `snapshot ${growth('snapshot')}×, audit ${growth('audit')}×, floor ${growth('floor')}×${from10}`,
    });
  }
  targets.push({
    id: 'snapshot-size',
    text: 'Snapshot < 1 MB (JSON) at 200k elements',
    met: s200 ? s200.snapshotBytes < 1_000_000 : null,
    measured: s200 ? `${round(s200.snapshotBytes / 1000, 0)} kB` : 'not run',
  });
  targets.push({
    id: 'longest-task',
    text: 'No task over 50 ms in the page while a 200k-element page is read (chunked walk)',
    met: resp ? resp.async.longestTask <= 50 && resp.async.maxGap <= 50 : null,
    measured: resp
      ? `longest task ${resp.async.longestTask} ms, largest event-loop gap ${resp.async.maxGap} ms (one-go walk: ${resp.sync.maxGap} ms)`
      : 'not run',
  });
  if (hostile && hostile.pages.length > 0) {
    const worst = [...hostile.pages].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0]!;
    targets.push({
      id: 'hostile-longest-task',
      text: `No task over 50 ms in the page while any of the ${hostile.pages.length} hostile corpus pages is read (chunked walk)`,
      met: worst.longestTaskMs <= 50,
      measured: `worst: ${worst.name}, longest task ${worst.longestTaskMs} ms`,
    });
    const steepest = [...hostile.growth].sort((a, b) => b.ratio - a.ratio)[0];
    if (steepest)
      targets.push({
        id: 'hostile-linear',
        text: 'Linear growth on hostile input: doubling the hostile part at most triples the audit time (quadratic would quadruple it)',
        met: steepest.ratio <= 3,
        measured: `steepest: ${steepest.name} ×${steepest.ratio} (${steepest.auditMs[0]} → ${steepest.auditMs[1]} ms)`,
      });
  }
  if (popup?.pageLongestTaskMs != null)
    targets.push({
      id: 'extension-longest-task',
      text: `No task over 50 ms in the page during the real extension's audit (${popup.pageElements} elements)`,
      met: popup.pageLongestTaskMs <= 50,
      measured: `longest task ${popup.pageLongestTaskMs} ms (${popup.pageLongTasks} over 50 ms)`,
    });
  return targets;
}

const fmtMs = (x: number | null) => (x === null ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

function markdown(result: {
  machine: ReturnType<typeof machine>;
  sizes: SizeResult[];
  responsiveness: Responsiveness | null;
  popup: PopupResult | null;
  targets: Target[];
  generatedAt: string;
  durationS: number;
  hostile: HostileResult | null;
}): string {
  const { sizes } = result;
  const lines: string[] = [];
  lines.push(`# DVC Inspector benchmark — ${result.generatedAt.slice(0, 10)}`, '');
  lines.push(
    `Synthetic portal pages (catalogue table, mega-menu, footer, inline scripts, Vietnamese text), headless Chromium, medians of ${RUNS} runs (3 at 200k; axe: fewer, capped). ` +
      'Audit = snapshot + all 83 criteria, with the product’s own code (lib/snapshot, lib/audit, lib/criteria bundled into the page). ' +
      'Floor = one bare TreeWalker pass reading every element’s tag, attributes and own text. First audit = the first on the page, before the JIT has warmed up. ' +
      'Page heap peak Δ = JS heap the page’s share (the chunked walk) adds at its peak.',
    '',
  );
  lines.push('| elements | floor | snapshot | audit (criteria) | first audit | axe.run | audit/floor | axe/audit | ms per 1k (floor / snapshot / audit) | snapshot JSON | page heap peak Δ |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    const axe = s.median.axe !== null ? fmtMs(s.median.axe) : s.axe.cappedAtMs !== null ? `> ${s.axe.cappedAtMs / 1000} s` : '–';
    const ratio = s.ratios.axeOverAudit === null ? '–' : `${s.ratios.axeOverAuditAtLeast ? '> ' : ''}${s.ratios.axeOverAudit}×`;
    lines.push(
      `| ${s.elements.toLocaleString('en')} | ${fmtMs(s.median.floor)} | ${fmtMs(s.median.snapshot)} | ${fmtMs(s.median.audit)} (${fmtMs(s.median.criteria)}) | ${fmtMs(s.firstAuditMs)} | ${axe} | ${s.ratios.auditOverFloor}× | ${ratio} | ${s.perThousand.floor} / ${s.perThousand.snapshot} / ${s.perThousand.audit} | ${(s.snapshotBytes / 1000).toFixed(0)} kB | ${s.heap.peakDeltaMB} MB |`,
    );
  }
  lines.push('');
  if (result.responsiveness) {
    const r = result.responsiveness;
    lines.push(
      `**Responsiveness** (${r.elements.toLocaleString('en')} elements; the page's share of an audit: the walk and the clone of its result): ` +
        `chunked walk ${fmtMs(r.async.ms)} in all, longest task ${fmtMs(r.async.longestTask)}, largest event-loop gap ${fmtMs(r.async.maxGap)}; ` +
        `one-go walk: longest task ${fmtMs(r.sync.longestTask)}, gap ${fmtMs(r.sync.maxGap)}.`,
      '',
    );
  }
  if (result.popup) {
    const p = result.popup;
    const med = (xs: Array<number | null>) => {
      const v = xs.filter((x): x is number => x !== null);
      return v.length ? fmtMs(median(v)) : '–';
    };
    lines.push(
      `**Popup** (built extension, page of ${p.pageElements.toLocaleString('en')} elements, ${p.mode}): ` +
        (p.shortcutToScoreMs !== null ? `shortcut to score ${fmtMs(p.shortcutToScoreMs)}, longest task in the page meanwhile ${fmtMs(p.pageLongestTaskMs)}; ` : '') +
        `popup reopened with ?tabId=: first contentful paint ${med(p.reopen.map((r) => r.firstContentfulPaintMs))}, score shown ${med(p.reopen.map((r) => r.scoreMs))}` +
        (p.reopen.some((r) => r.failure) ? ` (failure shown: ${p.reopen.map((r) => r.failure).filter(Boolean).join(', ')})` : '') +
        ` (medians of ${p.reopen.length}).`,
      '',
    );
  }
  if (result.hostile) {
    const h = result.hostile;
    const worst = [...h.pages].sort((a, b) => b.auditMs - a.auditMs).slice(0, 8);
    lines.push('**Hostile corpus** (tests/hostile/corpus.ts, each page in real Chromium; snapshot = one go, audit = snapshot + 83 criteria, chunked = as injected, with the longest task the page saw). The slowest pages:', '');
    lines.push('| page | HTML | elements | snapshot | audit | chunked | longest task |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const p of worst) lines.push(`| ${p.name} | ${(p.htmlBytes / 1e6).toFixed(2)} MB | ${p.elements.toLocaleString('en')} | ${fmtMs(p.snapshotMs)} | ${fmtMs(p.auditMs)} | ${fmtMs(p.chunkedMs)} | ${fmtMs(p.longestTaskMs)} |`);
    const longest = [...h.pages].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0];
    if (longest) lines.push('', `Longest task over all ${h.pages.length} pages: ${fmtMs(longest.longestTaskMs)} (${longest.name}).`);
    lines.push('', '**Hostile part doubled** (audit time at ×1 → ×2; about 2× is linear):', '');
    lines.push('| page | ×1 | ×2 | ratio |', '|---|---:|---:|---:|');
    for (const g of h.growth) lines.push(`| ${g.name} | ${fmtMs(g.auditMs[0])} | ${fmtMs(g.auditMs[1])} | ${g.ratio}× |`);
    lines.push('');
  }
  const slow = sizes.find((s) => s.slowestCriteria)?.slowestCriteria;
  if (slow) lines.push(`**Slowest criteria** at 50k (ms each): ${slow.map((c) => `${c.id} ${c.ms}`).join(', ')}.`, '');
  lines.push('| target | met | measured |', '|---|:---:|---|');
  for (const t of result.targets) lines.push(`| ${t.text} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} | ${t.measured} |`);
  lines.push('');
  const m = result.machine;
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}; Node ${m.node}; load average at start ${m.loadAverageAtStart.join(' / ')}. ` +
      `The whole run took ${result.durationS} s. Reproduce: \`npm run build && npm run bench\`.`,
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No built extension in .output/chrome-mv3: run `npm run build` first.');
  const code = await bundlePageCode();
  const axeCode = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const pages = new Map<string, string>();
  const gens = new Map<number, { elements: number; rows: number; bytes: number }>();
  for (const n of [...new Set([...SIZES, ...POPUP_SIZES])]) {
    const g = generatePortalPage(n);
    pages.set(`/portaldvc/${n}`, g.html);
    gens.set(n, { elements: g.elements, rows: g.rows, bytes: Buffer.byteLength(g.html) });
  }
  const { server, origin } = await serve(pages);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
  const info = machine(browser.version());
  log(`page code ${code.length} bytes; ${info.cpu}, ${info.cores} cores; load average ${info.loadAverageAtStart.join(' ')}`);
  const sizes: SizeResult[] = [];
  let responsiveness: Responsiveness | null = null;
  let popup: PopupResult | null = null;
  const shortcut: ShortcutResult[] = [];
  let hostile: HostileResult | null = null;
  try {
    if (process.env.BENCH_HOSTILE !== '0') {
      log('hostile corpus');
      hostile = await measureHostile(browser, origin, pages, code, log);
    }
    for (const [i, n] of (process.env.BENCH_HOSTILE === 'only' ? [] : SIZES).entries()) {
      const r = await measureSize(browser, origin, n, gens.get(n)!, code, axeCode, i === SIZES.length - 1);
      sizes.push(r.size);
      responsiveness ??= r.responsiveness;
    }
    await browser.close();
    if (process.env.BENCH_POPUP !== '0' && process.env.BENCH_HOSTILE !== 'only') {
      for (const n of POPUP_SIZES) {
        const pageUrl = `${origin}/portaldvc/${n}`;
        const measure = (extensionDir: string, runs: number) =>
          measurePopup({ extensionDir, pageUrl, pageElements: gens.get(n)!.elements, runs, timeoutMs: 60_000 }).catch((err: unknown) => {
            log(`popup measurement failed: ${err instanceof Error ? err.message : String(err)}`);
            return null;
          });
        log(`shortcut: the built extension on a ${n}-element page, and the floor extension`);
        const floorDir = await floorExtension(pageUrl);
        const runs: ShortcutResult = { elements: gens.get(n)!.elements, ms: [], floorMs: [] };
        try {
          // Alternated, so a burst of load on the shared machine falls on both alike.
          for (let i = 0; i < SHORTCUT_RUNS; i++) {
            const real = await measure(EXTENSION_DIR, i === 0 && n === POPUP_SIZES[POPUP_SIZES.length - 1] ? 3 : 0);
            if (real?.shortcutToScoreMs != null) runs.ms.push(real.shortcutToScoreMs);
            if (real && i === 0 && n === POPUP_SIZES[POPUP_SIZES.length - 1]) popup = real;
            const floor = await measure(floorDir, 0);
            if (floor?.shortcutToScoreMs != null) runs.floorMs.push(floor.shortcutToScoreMs);
          }
        } finally {
          rmSync(floorDir, { recursive: true, force: true });
        }
        log(`shortcut to score on ${n}: ${runs.ms.join(', ')} ms; floor ${runs.floorMs.join(', ')} ms`);
        shortcut.push(runs);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }

  const targets = judge(sizes, responsiveness, popup, hostile);
  const result = {
    generatedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { ...info, loadAverageAtEnd: loadavg().map((x) => round(x, 2)) },
    settings: { sizes: SIZES, runs: RUNS, portalUrl: PORTAL_URL, pageCodeBytes: code.length, axeCore: JSON.parse(readFileSync(join(ROOT, 'node_modules/axe-core/package.json'), 'utf8')).version as string },
    sizes,
    responsiveness,
    popup,
    shortcut,
    hostile,
    targets,
  };
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = markdown(result);
  writeFileSync(join(dir, 'latest.md'), md);
  console.log(`\n${md}`);
  log('wrote bench/results/latest.json and latest.md');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
