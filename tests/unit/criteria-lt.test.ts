import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const URL_DVC = 'https://dichvucong.example.gov.vn/';

function criterion(id: string) {
  const c = DEFAULT_PROFILE.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

async function judge(id: string, body: string, url = URL_DVC, head = '') {
  const html = `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
  return evaluateCriterion(criterion(id), await snapshotFromHtml(html, url));
}

describe('LT-01 sync to the national portal', () => {
  it('is evidence when the inspector is on the national lookup page itself', async () => {
    const f = await judge('LT-01', '<h1>Tra cứu hồ sơ</h1>', 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]?.selector).toBe('html');
  });

  it('counts a sync notice in capitals', async () => {
    const f = await judge('LT-01', '<span class="badge">ĐÃ ĐỒNG BỘ LÊN CỔNG DVC QUỐC GIA</span>');
    expect(f.state).toBe('needs_review');
  });

  it('does not count the lookup page of a look-alike host', async () => {
    const f = await judge('LT-01', '<a href="https://dichvucong.gov.vn.example.com/p/home/dvc-tra-cuu-ho-so.html">Tra cứu</a>');
    expect(f.state).toBe('not_checked');
  });
});

describe('LT-02 EMC tracker', () => {
  it('quotes the snippet call as evidence', async () => {
    const f = await judge('LT-02', '', URL_DVC, "<script>window._govaq = window._govaq || []; _govaq.push(['setSiteId', '77']);</script>");
    expect(f.state).toBe('met');
    expect(f.evidence[0]?.text).toContain('_govaq');
  });

  it('ignores a snippet disabled with HTML-style or block comments inside the script', async () => {
    const f = await judge(
      'LT-02',
      '',
      URL_DVC,
      "<script>\n<!-- _govaq.push(['setSiteId', '77']);\n/* g.src = 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js'; */\nvar x = 1;</script>",
    );
    expect(f.state).toBe('not_met');
  });

  it('does not take visible text about EMC for the tracker', async () => {
    const f = await judge('LT-02', '<p>Mã theo dõi _govaq, setSiteId của f-emc.ngsp.gov.vn</p>');
    expect(f.state).toBe('not_met');
  });
});

describe('LT-05 postal integration', () => {
  it('matches VNPOST in capitals', async () => {
    const f = await judge('LT-05', '<label><input type="radio" name="n"> Nhận kết quả qua VNPOST</label>');
    expect(f.state).toBe('needs_review');
  });

  it('does not take a post-office address for integration', async () => {
    const f = await judge('LT-05', '<p>Địa chỉ: cạnh Bưu điện tỉnh, số 2 đường Hùng Vương</p>');
    expect(f.state).toBe('not_checked');
  });
});

describe('LT-06 bundled services', () => {
  it('matches decomposed Unicode (NFD) text', async () => {
    const f = await judge('LT-06', `<a href="/dvclt">${'Dịch vụ công liên thông'.normalize('NFD')}</a>`);
    expect(f.state).toBe('met');
  });

  it('matches a diacritic-less slug', async () => {
    const f = await judge('LT-06', '<a href="/portaldvc/dich-vu-cong-lien-thong?loai=khai-tu">Khai tử</a>');
    expect(f.state).toBe('met');
  });

  it('does not count "một cửa liên thông"', async () => {
    const f = await judge('LT-06', '<p>Bộ phận một cửa liên thông cấp huyện</p><a href="/mot-cua-lien-thong">Một cửa liên thông</a>');
    expect(f.state).toBe('not_met');
  });
});
