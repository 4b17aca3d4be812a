import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import type { PageSnapshot } from '../../lib/snapshot/schema';

const URL_DVC = 'https://dichvucong.example.gov.vn/portaldvc/home';

function criterion(id: string) {
  const c = DEFAULT_PROFILE.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

async function judge(id: string, body: string, url = URL_DVC, lang = 'vi', head = '') {
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
  return evaluateCriterion(criterion(id), await snapshotFromHtml(html, url));
}

describe('GD-01 HTTPS', () => {
  it('combines as "every": one insecure page fails the portal', () => {
    expect(criterion('GD-01').combine).toBe('every');
  });

  it('fails an http: page and names its address', async () => {
    const f = await judge('GD-01', '<h1>Trang chủ</h1>', 'http://dichvucong.example.gov.vn/');
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]?.text).toBe('http://dichvucong.example.gov.vn/');
    expect(f.message?.vi).toMatch(/HTTP/);
  });

  it('fails an https: page whose form posts over http://', async () => {
    const f = await judge('GD-01', '<form action="http://dichvucong.example.gov.vn/pakn/gui" method="post"><input name="a"></form>');
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]?.text).toContain('<form> http://dichvucong.example.gov.vn/pakn/gui');
  });

  it('meets on a clean https: page, with https:// links to http sites not counting as mixed content', async () => {
    const f = await judge('GD-01', '<a href="http://old.example.gov.vn/">Trang cũ</a>');
    expect(f.state).toBe('met');
  });
});

describe('GD-02 .gov.vn domain', () => {
  it('accepts any case of a .gov.vn host', async () => {
    expect((await judge('GD-02', '<p>x</p>', 'https://DichVuCong.Example.GOV.VN/')).state).toBe('met');
  });

  it('rejects a look-alike host that only contains gov.vn', async () => {
    const f = await judge('GD-02', '<p>x</p>', 'https://dichvucong.gov.vn.example.com/');
    expect(f.state).toBe('not_met');
    expect(f.message?.en).toBe('The page runs on "dichvucong.gov.vn.example.com", not an official .gov.vn domain.');
  });

  it('says so when the page runs on the vendor domain', async () => {
    const f = await judge('GD-02', '<p>x</p>', 'https://dvc.example.vnptigate.vn/vi/');
    expect(f.state).toBe('not_met');
    expect(f.message?.vi).toContain('nhà cung cấp nền tảng');
  });
});

describe('GD-03 accessibility indicators', () => {
  it('accepts lang="vi-VN", empty alt for decoration, and ignores hidden fields', async () => {
    const f = await judge(
      'GD-03',
      '<img src="/a.png" alt=""><form><input type="hidden" name="t"><input name="q" aria-label="Tìm thủ tục"></form>',
      URL_DVC,
      'vi-VN',
    );
    expect(f.state).toBe('needs_review');
    expect(f.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(['lang="vi-VN"', '1/1 <img alt>', '1/1 <label>']),
    );
  });

  it('notes fields named only by a placeholder', async () => {
    const f = await judge('GD-03', '<input name="q" placeholder="Nhập từ khóa">');
    expect(f.state).toBe('needs_review');
    expect(f.evidence.some((e) => e.text === '1/1 <label> (1 placeholder)')).toBe(true);
  });

  it('reports each failing indicator with the offending element', async () => {
    const f = await judge('GD-03', '<img src="/logo.png"><img src="/b.png" alt="Banner"><select name="linhVuc"></select>', URL_DVC, '');
    expect(f.state).toBe('not_met');
    expect(f.message?.vi).toContain('không khai báo lang');
    expect(f.message?.vi).toContain('1/2 ảnh thiếu thuộc tính alt');
    expect(f.message?.vi).toContain('1/1 ô nhập không có nhãn');
    expect(f.evidence.some((e) => e.selector.includes('img') && e.text.includes('/logo.png'))).toBe(true);
    expect(f.evidence.some((e) => e.selector.includes('select'))).toBe(true);
  });
});

describe('GD-04 dossier codes', () => {
  it('finds codes in both agency-code shapes and ignores impossible dates', async () => {
    const f = await judge(
      'GD-04',
      '<p>000.00.15.H29-230512-0003</p><p>H12.26.17-231025-00012</p><p>000.00.15.H29-231345-0001</p>',
    );
    expect(f.state).toBe('needs_review');
    expect(f.evidence.map((e) => e.text)).toEqual(['000.00.15.H29-230512-0003', 'H12.26.17-231025-00012']);
  });

  it('shows a labelled code in another shape for the inspector', async () => {
    const f = await judge('GD-04', '<p>MÃ HỒ SƠ: HS2024-000123</p>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]?.text).toBe('Mã hồ sơ: HS2024-000123');
    expect(f.message?.vi).toContain('1 mã có dạng khác');
  });

  it('does not take procedure codes or dates for dossier codes', async () => {
    const f = await judge('GD-04', '<p>Mã thủ tục: 2.000986.000.00.00.H29</p><p>Ngày 12/05/2023</p>');
    expect(f.state).toBe('not_checked');
  });
});

describe('GD-06 response time', () => {
  it('reports browser timing as indicative evidence', async () => {
    const snap: PageSnapshot = await snapshotFromHtml('<html lang="vi"><body>x</body></html>', URL_DVC);
    const f = evaluateCriterion(criterion('GD-06'), {
      ...snap,
      timing: { responseStart: 412.6, domContentLoaded: 1830, load: 2950.2 },
    });
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]?.text).toContain('413 ms');
    expect(f.evidence[0]?.text).toContain('2950 ms');
    expect(f.message?.en).toMatch(/indicative/i);
  });

  it('stays not checked without timing', async () => {
    expect((await judge('GD-06', '<p>x</p>')).state).toBe('not_checked');
  });
});

describe('GD-07 national one-stop', () => {
  it('counts an ALL-CAPS submit button pointing at the national portal', async () => {
    const f = await judge('GD-07', '<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">NỘP HỒ SƠ</a>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]?.text).toContain('dichvucong.gov.vn');
  });

  it('matches the notice in lower case', async () => {
    const f = await judge('GD-07', '<p>Người dân nộp hồ sơ trên cổng dịch vụ công quốc gia</p>');
    expect(f.state).toBe('needs_review');
  });

  it('does not count look-alike hosts, SSO, or a plain link to the national home page', async () => {
    const f = await judge(
      'GD-07',
      '<a href="https://dichvucong.gov.vn.example.com/p/home/dvc-tthc-category.html">Nộp hồ sơ</a>' +
        '<a href="https://xacthuc.dichvucong.gov.vn/oauth2/authorize?client_id=x">Nộp hồ sơ</a>' +
        '<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng Dịch vụ công quốc gia</a>',
    );
    expect(f.state).toBe('not_checked');
  });
});

describe('GD-03 a viewport that blocks zoom', () => {
  it.each(['width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0', 'width=device-width, user-scalable=no', 'width=device-width, maximum-scale=1.5'])(
    'fails on %s and says why',
    async (content) => {
      const f = await judge('GD-03', '<p>x</p>', URL_DVC, 'vi', `<meta name="viewport" content="${content}">`);
      expect(f.state).toBe('not_met');
      expect(f.message?.vi).toContain('chặn phóng to');
      expect(f.evidence[0]!.text).toBe(content);
    },
  );

  it('does not fail on a viewport that lets users zoom', async () => {
    const f = await judge('GD-03', '<p>x</p>', URL_DVC, 'vi', '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">');
    expect(f.state).toBe('needs_review');
  });
});
