/**
 * Every finding of every fixture and evaluation-corpus page (and of the
 * generated benchmark pages), as JSON: the reference an optimisation of the
 * criteria must reproduce byte for byte.
 *
 *   npx tsx bench/findings-dump.ts OUT.json   (then `cmp` two dumps)
 *
 * Reads tests/fixtures/**.html, the corpora's labels (tests/fixtures/corpus*,
 * and eval-dev from DVC_EVAL_DEV_LABELS with pages in DVC_EVAL_BUILD,
 * default /tmp/evalbuild, when present).
 */
import '../lib/zod-setup';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { auditPage } from '../lib/audit/evaluate';
import { DEFAULT_PROFILE } from '../lib/criteria';
import { snapshotFromHtml } from '../lib/snapshot/from-html';
import { generatePortalPage } from './generate';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_URL = 'https://dichvucong.example.gov.vn/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
  });
}

async function main(): Promise<void> {
  const pages: Array<{ name: string; html: string; url: string }> = [];
  for (const f of walk(join(ROOT, 'tests/fixtures')).sort())
    pages.push({ name: relative(ROOT, f), html: readFileSync(f, 'utf8'), url: /<[!]--\s*url:\s*(\S+)\s*-->/.exec(readFileSync(f, 'utf8'))?.[1] ?? DEFAULT_URL });
  const corpora: Array<[string, string]> = [
    [join(ROOT, 'tests/fixtures/corpus/labels.json'), join(ROOT, 'tests/fixtures/corpus')],
    [join(ROOT, 'tests/fixtures/corpus2/labels.json'), join(ROOT, 'tests/fixtures/corpus2')],
    [process.env.DVC_EVAL_DEV_LABELS ?? '/work/shared/eval-dev/labels.json', process.env.DVC_EVAL_BUILD ?? '/tmp/evalbuild'],
  ];
  for (const [labels, dir] of corpora) {
    if (!existsSync(labels)) continue;
    for (const p of (JSON.parse(readFileSync(labels, 'utf8')) as { pages: Array<{ file: string; url: string }> }).pages) {
      const file = join(dir, p.file);
      if (existsSync(file)) pages.push({ name: `${relative(ROOT, labels)}:${p.file}@${p.url}`, html: readFileSync(file, 'utf8'), url: p.url });
    }
  }
  for (const n of [1000, 10_000]) pages.push({ name: `generated:${n}`, html: generatePortalPage(n).html, url: 'https://dichvucong.binhminh.gov.vn/portaldvc/thu-tuc-hanh-chinh' });
  const out: Record<string, unknown> = {};
  const t0 = performance.now();
  let criteriaMs = 0;
  for (const p of pages) {
    const snap = await snapshotFromHtml(p.html, p.url);
    const t = performance.now();
    const audit = auditPage(snap, DEFAULT_PROFILE, new Date(0));
    criteriaMs += performance.now() - t;
    out[p.name] = audit;
  }
  writeFileSync(process.argv[2] ?? '/tmp/findings.json', `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${pages.length} pages, ${(performance.now() - t0).toFixed(0)} ms (criteria ${criteriaMs.toFixed(0)} ms)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
