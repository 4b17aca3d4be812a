/**
 * `npm run bench:crawl` (part of `npm run bench`; after `npm run build`):
 * the built command line crawling a generated 200-page portal on 127.0.0.1
 * in Debian's headless Chromium at concurrency 1, 2 and 4: pages per
 * minute, and the peak memory of Node (the command line) and of Chromium
 * (all its processes together), sampled from /proc every 250 ms. Then one
 * page audited rendered against static, against `node -e 0`.
 *
 * Writes bench/results/crawl.json and bench/results/crawl.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './bundle';
import { generatePortalPage } from './generate';

const BIN = join(ROOT, 'dist/cli/dvc-inspector.js');
const PAGES = Number(process.env.BENCH_CRAWL_PAGES ?? 200);
/** Concurrency 2 by default (the machine has 2 cores); '1,2,4' to compare. */
const CONCURRENCIES = (process.env.BENCH_CRAWL_CONCURRENCY ?? '2').split(',').map(Number);
const LOAD_ONLY = join(ROOT, 'bench/load-only.mjs');
const ONE_PAGE_RUNS = Number(process.env.BENCH_ONE_PAGE_RUNS ?? 5);
const SECTIONS = 20;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A portal of `PAGES` pages: home → 20 sections → 9 procedure pages each; every tenth page builds part of itself with a script. */
function portalPage(path: string): string | null {
  const nav = Array.from({ length: SECTIONS }, (_, s) => `<a href="/linh-vuc/${s}">Lĩnh vực ${s + 1}</a>`).join(' ');
  const footer = `<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Minh</p><p>Tổng đài hỗ trợ: 0293.3554567</p><a href="/">Trang chủ</a></footer>`;
  const shell = (title: string, body: string, n: number) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><header><h1>Cổng Dịch vụ công tỉnh Bình Minh</h1><nav>${nav}</nav></header><main>${body}</main>${footer}${
      n % 10 === 0 ? `<script>setTimeout(function(){var p=document.createElement('p');p.textContent='Tra cứu hồ sơ';document.querySelector('main').appendChild(p);},100);</script>` : ''
    }</body></html>`;
  const rows = (n: number) =>
    Array.from({ length: 25 }, (_, i) => `<tr><td>${n}.${i}</td><td>Thủ tục cấp giấy phép số ${i}</td><td>Toàn trình</td><td><a href="#">Nộp hồ sơ</a></td></tr>`).join('');
  if (path === '/') return shell('Trang chủ', `<p>Chào mừng.</p><table>${rows(0)}</table>`, 1);
  const section = /^\/linh-vuc\/(\d+)$/.exec(path);
  if (section && Number(section[1]) < SECTIONS) {
    const s = Number(section[1]);
    const links = Array.from({ length: 9 }, (_, i) => `<li><a href="/thu-tuc/${s}-${i}">Thủ tục ${s}-${i}</a></li>`).join('');
    return shell(`Lĩnh vực ${s + 1}`, `<ul>${links}</ul><table>${rows(s)}</table>`, s + 2);
  }
  const proc = /^\/thu-tuc\/(\d+)-(\d)$/.exec(path);
  if (proc && Number(proc[1]) < SECTIONS) {
    const n = Number(proc[1]) * 9 + Number(proc[2]);
    return shell(`Thủ tục ${proc[1]}-${proc[2]}`, `<h2>Thủ tục ${n}</h2><table>${rows(n)}</table>`, n + 30);
  }
  return null;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every descendant of `root`, from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) if (pp === p) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

async function timed(args: string[], sampleMemory = false, stdin?: string): Promise<{ ms: number; code: number | null; stdout: string; nodePeak: number; chromiumPeak: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (stdin !== undefined) child.stdin!.end(stdin);
  let stdout = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', () => undefined);
  let nodePeak = 0;
  let chromiumPeak = 0;
  const timer = sampleMemory
    ? setInterval(() => {
        nodePeak = Math.max(nodePeak, rssOf(child.pid!));
        chromiumPeak = Math.max(chromiumPeak, descendants(child.pid!).reduce((sum, pid) => sum + rssOf(pid), 0));
      }, 250)
    : null;
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (timer) clearInterval(timer);
  return { ms: performance.now() - t0, code, stdout, nodePeak, chromiumPeak };
}

async function main(): Promise<void> {
  if (!existsSync(BIN)) throw new Error('run "npm run build" first (dist/cli)');
  // A real-size page (about 1,000 elements, as a portal's home page) for the one-page audits.
  const realSize = generatePortalPage(1000).html;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/portaldvc/1000') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(realSize);
    const html = portalPage(path);
    if (!html) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const crawls: Array<{
    concurrency: number;
    pages: number;
    seconds: number;
    pagesPerMinute: number;
    nodePeakMB: number;
    chromiumPeakMB: number;
    score: string;
    loadOnly: { seconds: number; pagesPerMinute: number; nodePeakMB: number; chromiumPeakMB: number };
    throughputShare: number;
  }> = [];
  try {
    for (const c of CONCURRENCIES) {
      const r = await timed(
        [BIN, 'crawl', `${origin}/`, '--json', '--max-pages', String(PAGES), '--max-depth', '3', '--concurrency', String(c), '--delay', '0', '--no-routes', '--no-sitemap'],
        true,
      );
      if (r.code !== 0) throw new Error(`crawl at concurrency ${c} exited ${r.code}`);
      const report = JSON.parse(r.stdout) as { pages: Array<{ url: string }>; score: { formatted: { en: string } } };
      // The same pages loaded by the same Chromium with the same concurrency, and nothing else.
      const lo = await timed([LOAD_ONLY, '--concurrency', String(c), '-'], true, report.pages.map((p) => p.url).join('\n'));
      if (lo.code !== 0) throw new Error(`load-only loop at concurrency ${c} exited ${lo.code}`);
      const loadOnly = {
        seconds: Number((lo.ms / 1000).toFixed(1)),
        pagesPerMinute: Math.round((report.pages.length / lo.ms) * 60_000),
        nodePeakMB: Math.round(lo.nodePeak / 1024 / 1024),
        chromiumPeakMB: Math.round(lo.chromiumPeak / 1024 / 1024),
      };
      const row = {
        concurrency: c,
        pages: report.pages.length,
        seconds: Number((r.ms / 1000).toFixed(1)),
        pagesPerMinute: Math.round((report.pages.length / r.ms) * 60_000),
        nodePeakMB: Math.round(r.nodePeak / 1024 / 1024),
        chromiumPeakMB: Math.round(r.chromiumPeak / 1024 / 1024),
        score: report.score.formatted.en,
        loadOnly,
        throughputShare: Number((lo.ms / r.ms).toFixed(2)),
      };
      crawls.push(row);
      console.log(
        `[bench crawl] concurrency ${c}: ${row.pages} pages in ${row.seconds} s = ${row.pagesPerMinute} pages/min (load only: ${loadOnly.pagesPerMinute}); peak RSS Node ${row.nodePeakMB} MB, Chromium ${row.chromiumPeakMB} MB`,
      );
    }
    const page = `${origin}/portaldvc/1000`;
    const rendered: number[] = [];
    const statik: number[] = [];
    const bare: number[] = [];
    const loadOnly: number[] = [];
    // Interleaved, so a burst of load on the shared machine falls on all of them alike.
    for (let i = 0; i < ONE_PAGE_RUNS; i++) {
      rendered.push((await timed([BIN, page, '--json'])).ms);
      loadOnly.push((await timed([LOAD_ONLY, page])).ms);
      statik.push((await timed([BIN, page, '--json', '--static'])).ms);
      bare.push((await timed(['-e', '0'])).ms);
    }
    const onePage = {
      runs: ONE_PAGE_RUNS,
      page: 'generated portal page of about 1,000 elements',
      renderedMs: Math.round(median(rendered)),
      staticMs: Math.round(median(statik)),
      nodeBareMs: Math.round(median(bare)),
      loadOnlyMs: Math.round(median(loadOnly)),
      all: { rendered: rendered.map(Math.round), static: statik.map(Math.round), nodeBare: bare.map(Math.round), loadOnly: loadOnly.map(Math.round) },
    };
    console.log(
      `[bench crawl] one page: rendered ${onePage.renderedMs} ms (bare page load ${onePage.loadOnlyMs} ms), static ${onePage.staticMs} ms, node -e 0 ${onePage.nodeBareMs} ms`,
    );
    const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadavg: loadavg().map((x) => Number(x.toFixed(2))), node: process.version };
    writeFileSync(join(ROOT, 'bench/results/crawl.json'), `${JSON.stringify({ when: new Date().toISOString(), machine, pagesTarget: PAGES, crawls, onePage }, null, 2)}\n`);
    const md = [
      `# Crawl benchmark (${new Date().toISOString().slice(0, 10)})`,
      '',
      `${machine.cores} cores (${machine.cpu}), load average ${machine.loadavg.join(' ')}, Node ${machine.node}. A generated ${PAGES}-page portal on 127.0.0.1, crawled by the built command line (\`dist/cli\`) in headless Chromium, \`--delay 0\`.`,
      '',
      '| concurrency | pages | time | pages/min | load-only pages/min | share | peak RSS Node | peak RSS Chromium |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...crawls.map(
        (r) =>
          `| ${r.concurrency} | ${r.pages} | ${r.seconds} s | ${r.pagesPerMinute} | ${r.loadOnly.pagesPerMinute} | ${Math.round(r.throughputShare * 100)}% | ${r.nodePeakMB} MB | ${r.chromiumPeakMB} MB |`,
      ),
      '',
      `One page of about 1,000 elements (median of ${ONE_PAGE_RUNS}, whole command including start-up): static ${onePage.staticMs} ms (${(onePage.staticMs / onePage.nodeBareMs).toFixed(1)}× \`node -e 0\`, ${onePage.nodeBareMs} ms); rendered ${onePage.renderedMs} ms (${(onePage.renderedMs / onePage.loadOnlyMs).toFixed(1)}× a bare page load in the same Chromium, ${onePage.loadOnlyMs} ms, \`bench/load-only.mjs\`).`,
      '',
    ].join('\n');
    writeFileSync(join(ROOT, 'bench/results/crawl.md'), md);
    console.log(md);
  } finally {
    await new Promise((ok) => server.close(ok));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
