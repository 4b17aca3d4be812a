/**
 * Memory of a 50-page portal audit in the background's own code, in Node
 * (`node --expose-gc --import tsx bench/memory.ts`, part of `npm run bench`):
 * each page's snapshot crosses as JSON and is validated (PageSnapshotSchema),
 * judged (auditPage) and merged into the portal's audit (withPage) as
 * lib/extension/audit-tab.ts does, the store kept as one object and written
 * as JSON after every page as storage.local holds it. The heap is read after
 * a full collection, before the first page and after the last. The
 * extension's service worker itself is not measured (its storage needs the
 * browser).
 *
 * Writes bench/results/memory.json.
 */
import '../lib/zod-setup';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditPage } from '../lib/audit/evaluate';
import { newPortalAudit, withPage } from '../lib/audit/portal';
import { DEFAULT_PROFILE } from '../lib/criteria';
import { snapshotFromHtml } from '../lib/snapshot/from-html';
import { PageSnapshotSchema } from '../lib/snapshot/schema';
import { ROOT } from './bundle';
import { generatePortalPage } from './generate';

const PAGES = Number(process.env.BENCH_MEMORY_PAGES ?? 50);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

async function main(): Promise<void> {
  if (!gc) throw new Error('run with node --expose-gc');
  const origin = 'https://dichvucong.binhminh.gov.vn';
  // Snapshots as the page sends them: JSON strings (made before the baseline, as the page makes them).
  const sent: string[] = [];
  for (let i = 0; i < PAGES; i++) {
    const size = i === 0 ? 10_000 : i % 10 === 0 ? 5_000 : 1_000;
    const snap = await snapshotFromHtml(generatePortalPage(size, 100 + i).html, `${origin}/portaldvc/trang-${i}`);
    sent.push(JSON.stringify(snap));
  }
  let store: { portals: Record<string, { current: ReturnType<typeof newPortalAudit> }>; stored: string } = {
    portals: { [origin]: { current: newPortalAudit(origin, DEFAULT_PROFILE) } },
    stored: '',
  };
  gc();
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  for (const json of sent) {
    const snapshot = PageSnapshotSchema.parse(JSON.parse(json));
    const page = { ...auditPage(snapshot, DEFAULT_PROFILE), rendering: 'browser' as const };
    const current = withPage(store.portals[origin]!.current, page);
    const portals = { ...store.portals, [origin]: { current } };
    store = { portals, stored: JSON.stringify(portals) };
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  const result = {
    when: new Date().toISOString(),
    where: 'Node, the background code (validate, judge, merge, serialise); not the service worker itself',
    pages: PAGES,
    heapBaseMB: mb(base),
    heapAfterMB: mb(after),
    retainedMB: mb(after - base),
    peakDeltaMB: mb(peak - base),
    storedJsonKB: Math.round(Buffer.byteLength(store.stored) / 1024),
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/memory.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`[bench memory] ${PAGES}-page portal: heap retained ${result.retainedMB} MB (stored JSON ${result.storedJsonKB} kB), peak +${result.peakDeltaMB} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
