import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '../../lib/criteria';
import type { Criterion, State } from '../../lib/criteria/types';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

/**
 * Every criterion a page can show is judged on real HTML through the real
 * snapshot builder: `<ID>.positive*.html` must give the "found" state and
 * `<ID>.negative*.html` the "not found" one. A fixture may name its address
 * in a first-line comment `<!-- url: https://… -->`, and override the
 * expected state with `<!-- expect: needs_review -->`.
 */
const DIR = join(__dirname, '../fixtures/criteria');
const DEFAULT_URL = 'https://dichvucong.example.gov.vn/';

function expected(c: Criterion, kind: 'positive' | 'negative'): State {
  if (kind === 'positive') return c.method === 'assisted' ? 'needs_review' : 'met';
  if (c.method === 'auto') return 'not_met';
  return 'not_checked';
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe.each(profile.criteria.filter((c) => c.method !== 'manual').map((c) => [c.id, c] as const))('%s', (id, criterion) => {
  const mine = files.filter((f) => f.startsWith(`${id}.`));
  it.each(mine)('%s', async (file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    const url = /<[!]--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? DEFAULT_URL;
    const kind = file.includes('.positive') ? 'positive' : 'negative';
    const want = (/<[!]--\s*expect:\s*([a-z_]+)\s*-->/.exec(html)?.[1] as State | undefined) ?? expected(criterion, kind);
    const finding = evaluateCriterion(criterion, await snapshotFromHtml(html, url));
    expect(finding.state).toBe(want);
    if (want === 'met' || want === 'needs_review') {
      if (criterion.combine !== 'every') expect(finding.evidence.length).toBeGreaterThan(0);
      for (const e of finding.evidence) {
        expect(e.pageUrl).toBe(url);
        expect(e.selector).not.toBe('');
      }
    }
  });
});
