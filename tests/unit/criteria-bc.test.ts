import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const URL_DVC = 'https://dichvucong.example.gov.vn/';
const BC03 = DEFAULT_PROFILE.criteria.find((c) => c.id === 'BC-03')!;

async function judge(body: string, head = '') {
  const html = `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
  return evaluateCriterion(BC03, await snapshotFromHtml(html, URL_DVC));
}

const COUNTERS =
  '<div><h4>Thống kê truy cập</h4><p>ĐANG ONLINE: 42</p><p>Lượt truy cập hôm nay: 1.204</p><p>Tổng lượt truy cập: 9.876.543</p></div>';

describe('BC-03 access logging and statistics', () => {
  it('never takes visitor counters as evidence, and says why', async () => {
    const f = await judge(COUNTERS);
    expect(f.state).toBe('not_checked');
    expect(f.evidence).toEqual([]);
    expect(f.message?.vi).toContain('bộ đếm');
  });

  it('keeps counters out of the evidence when a real statistics system is present', async () => {
    const f = await judge(COUNTERS, '<script async src="https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js"></script>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]?.text).toContain('f-emc.ngsp.gov.vn');
  });

  it('recognises a Matomo snippet', async () => {
    const f = await judge('', "<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>");
    expect(f.state).toBe('needs_review');
  });

  it('recognises an access-log page by its slug', async () => {
    const f = await judge('<a href="/tai-khoan/nhat-ky-truy-cap">Xem</a>');
    expect(f.state).toBe('needs_review');
  });
});
