import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const URL = 'https://dichvucong.example.gov.vn/portaldvc/nop-ho-so-truc-tuyen';

async function judge(id: string, body: string, head = '', url = URL) {
  const criterion = DEFAULT_PROFILE.criteria.find((c) => c.id === id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  const html = `<!doctype html><html lang="vi"><head><title>Nộp hồ sơ</title>${head}</head><body>${body}</body></html>`;
  return evaluateCriterion(criterion, await snapshotFromHtml(html, url));
}

describe('KS-01 signing dossier parts with a token', () => {
  it.each([
    ['/js/vgcaplugin.js'],
    ['/static/vendor/vnpt-plugins/vnpt-cams-plugin.js'],
    ['/assets/js/esign-client.js'],
    ['/scripts/kyso.js'],
  ])('takes the signing plugin %s as evidence', async (src) => {
    const f = await judge('KS-01', '<p>Thành phần hồ sơ</p>', `<script src="${src}"></script>`);
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toContain(src);
  });

  it('takes a call into the VGCA plugin, but not a commented-out one', async () => {
    const call = await judge('KS-01', '<script>function ky(p){ vgca_sign_issued(JSON.stringify(p), cb); }</script>');
    expect(call.state).toBe('met');
    expect(call.evidence[0]!.text).toBe('vgca_sign_issued(');
    const commented = await judge('KS-01', '<script>/* vgca_sign_issued(p, cb); */ var a = 1;</script>');
    expect(commented.state).toBe('not_checked');
  });

  it('takes a "Ký số" button in decomposed Unicode and capitals', async () => {
    const f = await judge('KS-01', `<button type="button">${'KÝ SỐ'.normalize('NFD')}</button>`);
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.selector).toContain('button');
  });

  it('does not take a menu link to a guide, remote signing, or an article about chữ ký số', async () => {
    const f = await judge(
      'KS-01',
      `<a href="/huong-dan/ky-so">Ký số: hướng dẫn</a>
       <button type="button">Ký số từ xa</button>
       <p>Người dân nên đăng ký chữ ký số để giao dịch điện tử.</p>`,
    );
    expect(f.state).toBe('not_checked');
  });
});

describe('KS-02 remote signing for individuals', () => {
  it('takes CA names only on a page about signing', async () => {
    const ad = await judge('KS-02', '<footer><p>Đối tác: VNPT-CA, Viettel-CA</p></footer>');
    expect(ad.state).toBe('not_checked');
    const modal = await judge('KS-02', '<h4>Chữ ký số</h4><label><input type="radio" name="ca"> BkavCA</label>');
    expect(modal.state).toBe('needs_review');
    expect(modal.evidence.map((e) => e.text)).toContain('BkavCA');
  });

  it('takes "KÝ SỐ TỪ XA" in capitals and the SmartCA product', async () => {
    expect((await judge('KS-02', '<a href="#">KÝ SỐ TỪ XA</a>')).state).toBe('needs_review');
    expect((await judge('KS-02', '<button>Ký bằng VNPT SmartCA</button>')).state).toBe('needs_review');
  });
});

describe('KS-03 remote signing for organisations', () => {
  it('takes a "Tổ chức" certificate choice only inside a signing dialog', async () => {
    const signup = await judge('KS-03', '<form><label><input type="radio" name="dt"> Tổ chức</label></form>');
    expect(signup.state).toBe('not_checked');
    const signing = await judge(
      'KS-03',
      '<h4>Thông tin ký số</h4><form><label><input type="radio" name="cts"> Tổ chức</label></form>',
    );
    expect(signing.state).toBe('needs_review');
    expect(signing.evidence[0]!.text).toBe('Tổ chức');
  });

  it('takes labels for organisation certificates', async () => {
    expect((await judge('KS-03', '<p>Chọn chứng thư số của tổ chức</p>')).state).toBe('needs_review');
  });
});

describe('KS-04 personal signature settings', () => {
  it('takes the personal-area route even when the link has only an icon', async () => {
    const f = await judge('KS-04', '<a href="/ho-so-ca-nhan/dvc-chu-ky-so-ca-nhan"><i class="fa fa-pen"></i></a>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toContain('dvc-chu-ky-so-ca-nhan');
  });

  it('does not take an article about chữ ký số', async () => {
    expect((await judge('KS-04', '<a href="/tin-tuc/5">Lợi ích của chữ ký số</a>')).state).toBe('not_checked');
  });
});

describe('KS-05 e-results signed by the agency', () => {
  it('asks the inspector to check the PDF signature when a result can be downloaded', async () => {
    const f = await judge('KS-05', '<a href="/files/kq.pdf">Tải kết quả</a>');
    expect(f.state).toBe('needs_review');
    expect(f.message?.en).toContain('/ByteRange');
  });

  it('finds nothing in a lookup that only says the result was handed over', async () => {
    const f = await judge('KS-05', '<p>Trạng thái: Đã trả kết quả</p>');
    expect(f.state).toBe('not_checked');
    expect(f.evidence).toEqual([]);
  });
});
