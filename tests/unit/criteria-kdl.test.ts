import { describe, expect, it } from 'vitest';
import { HOME, judge } from './support/criteria';

describe('KDL-01 personal e-data store', () => {
  it('takes the store menu in capitals and its slug route', async () => {
    expect((await judge('KDL-01', '<a href="/x">KHO TÀI LIỆU CÁ NHÂN</a>')).state).toBe('needs_review');
    const slug = await judge('KDL-01', '<a href="/portaldvc/ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu"><i class="icon"></i></a>');
    expect(slug.state).toBe('needs_review');
  });

  it('takes the OpenCPS store page', async () => {
    const f = await judge('KDL-01', '<div id="app"></div>', 'https://dichvucong.example.gov.vn/web/cong-dich-vu-cong/qlkdl#/');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.selector).toBe('html');
  });

  it('does not take open data, databases or the treasury', async () => {
    const f = await judge(
      'KDL-01',
      '<a href="https://data.example.gov.vn">Kho dữ liệu mở</a><p>Cơ sở dữ liệu quốc gia về dân cư</p><p>Kho bạc Nhà nước</p>',
    );
    expect(f.state).toBe('not_checked');
  });
});

describe('KDL-02 results pushed into the store', () => {
  const STORE = 'https://dichvucong.example.gov.vn/portaldvc/ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu';

  it('takes result entries on the store page', async () => {
    const f = await judge('KDL-02', '<ul><li>Giấy tờ tải lên</li><li>Giấy tờ kết quả</li></ul>', STORE);
    expect(f.state).toBe('needs_review');
    expect(f.evidence.map((e) => e.text)).toContain('Giấy tờ kết quả');
  });

  it('does not take result wording on other pages, even with a store menu', async () => {
    const f = await judge(
      'KDL-02',
      '<a href="/portaldvc/ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu">Kho tài liệu điện tử</a><p>Kết quả giải quyết: Đã trả</p>',
      'https://dichvucong.example.gov.vn/portaldvc/tra-cuu',
    );
    expect(f.state).toBe('not_checked');
  });

  it('takes a "saved into the store" notice anywhere', async () => {
    expect((await judge('KDL-02', '<p>Kết quả đã được tự động lưu vào kho của bạn.</p>')).state).toBe(
      'needs_review',
    );
  });
});

describe('KDL-03 reuse from the store', () => {
  it('takes the picker button whatever its letter case', async () => {
    const f = await judge('KDL-03', '<button type="button">Chọn từ Kho giấy tờ</button>');
    expect(f.state).toBe('needs_review');
  });

  it('takes the reuse switch of the portal configuration, but not a commented one', async () => {
    const on = await judge('KDL-03', '<div id="root"></div>', HOME, '<script>var c = { CoTaiSuDungTPHS: true };</script>');
    expect(on.state).toBe('needs_review');
    const off = await judge('KDL-03', '<div id="root"></div>', HOME, '<script>// var c = { CoTaiSuDungTPHS: true };\nvar d = 1;</script>');
    expect(off.state).toBe('not_checked');
  });

  it('does not take a plain upload', async () => {
    expect((await judge('KDL-03', '<input type="file" aria-label="Chọn tệp"><button>Tải lên</button>')).state).toBe('not_checked');
  });
});
