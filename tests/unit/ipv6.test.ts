import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { ADDED_2024_CRITERIA } from '../../lib/criteria/profiles/added-2024';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { lookupIpv6 } from '../../cli/net/ipv6';
import { addPageFacts } from '../../cli/render/portal-facts';

/** The AAAA lookup with a stubbed resolver: tests never touch the network. */
const failing = (code: string) => ({ resolve6: async () => Promise.reject(Object.assign(new Error(code), { code })) });
const tn01 = ADDED_2024_CRITERIA.find((c) => c.id === 'TN-01')!;

describe('IPv6 lookup (TN-01)', () => {
  it('records the addresses, or none for a name without AAAA, or the error of a failed lookup', async () => {
    expect(await lookupIpv6('DichVuCong.MinhHoa.gov.vn', { resolve6: async () => ['2001:db8::1', '2001:db8::1', '2001:db8::2'] })).toEqual({
      host: 'dichvucong.minhhoa.gov.vn',
      addresses: ['2001:db8::1', '2001:db8::2'],
    });
    expect(await lookupIpv6('a.gov.vn', failing('ENODATA'))).toEqual({ host: 'a.gov.vn', addresses: [] });
    expect(await lookupIpv6('a.gov.vn', failing('ESERVFAIL'))).toEqual({ host: 'a.gov.vn', addresses: [], error: 'ESERVFAIL' });
    expect(await lookupIpv6('a.gov.vn', { resolve6: () => new Promise(() => undefined) }, 20)).toEqual({ host: 'a.gov.vn', addresses: [], error: 'ETIMEOUT' });
  });

  it('the command line adds the lookup to the page it audits, and TN-01 judges it', async () => {
    const asked: string[] = [];
    const snap = await snapshotFromHtml('<title>Cổng</title>', 'https://dichvucong.minhhoa.gov.vn/');
    await addPageFacts(snap, snap.url, [tn01], { perfRuns: 0, userAgent: 't', timeoutMs: 1000, resolver: { resolve6: async (h) => (asked.push(h), []) } });
    expect(asked).toEqual(['dichvucong.minhhoa.gov.vn']);
    const f = evaluateCriterion(tn01, snap);
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toContain('no AAAA record');
  });

  it('never looks up a local address', async () => {
    const asked: string[] = [];
    const snap = await snapshotFromHtml('<title>Cổng</title>', 'http://127.0.0.1:8080/');
    await addPageFacts(snap, snap.url, [tn01], { perfRuns: 0, userAgent: 't', timeoutMs: 1000, resolver: { resolve6: async (h) => (asked.push(h), []) } });
    expect(asked).toEqual([]);
    expect(snap.network).toBeUndefined();
  });
});
