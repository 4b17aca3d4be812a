import { describe, expect, it } from 'vitest';
import { judge } from './support/criteria';

const DETAIL = 'https://dichvucong.example.gov.vn/portaldvc/chi-tiet-thu-tuc?ma=1.001193';

/** A detail page listing the first `n` procedure parts as label rows. */
const PARTS = [
  'Mã thủ tục',
  'Số quyết định',
  'Tên thủ tục',
  'Cấp thực hiện',
  'Loại thủ tục',
  'Lĩnh vực',
  'Trình tự thực hiện',
  'Cách thức thực hiện',
  'Thành phần hồ sơ',
  'Đối tượng thực hiện',
  'Cơ quan thực hiện',
  'Cơ quan có thẩm quyền',
  'Địa chỉ tiếp nhận hồ sơ',
  'Kết quả thực hiện',
  'Căn cứ pháp lý',
  'Yêu cầu, điều kiện thực hiện',
];
const detail = (labels: string[]) => `<table>${labels.map((l) => `<tr><td>${l}:</td><td>…</td></tr>`).join('')}</table>`;

describe('CK-01 published catalogue with facets', () => {
  it('does not take the field and agency selects of a feedback form: it asks for the catalogue', async () => {
    const f = await judge(
      'CK-01',
      '<h2>Gửi phản ánh kiến nghị</h2><form><label for="lv">Lĩnh vực</label><select id="lv"></select><label for="cq">Cơ quan</label><select id="cq"></select></form>',
      'https://dichvucong.example.gov.vn/portaldvc/pakn-dvc-tinh',
    );
    expect(f.state).toBe('not_checked');
    expect(f.message?.en).toContain('a procedure catalogue');
  });

  it('does not take the row labels of a procedure page for catalogue filters', async () => {
    const f = await judge('CK-01', detail(PARTS), DETAIL);
    expect(f.state).toBe('not_checked');
  });

  it('takes a catalogue whose filters are known only by their names (Liferay portlets), one filter being weak', async () => {
    const selects = (names: string[]) => `<h2>Danh mục thủ tục hành chính</h2><form>${names.map((n) => `<select name="_p_WAR_p_${n}"></select>`).join('')}<input type="text" name="_p_WAR_p_name"></form>`;
    expect((await judge('CK-01', selects(['administrationNo', 'domainNo']))).state).toBe('met');
    const one = await judge('CK-01', selects(['domainNo']));
    expect(one.state).toBe('needs_review');
    expect(one.message?.vi).toBe('Danh mục TTHC chỉ lọc được theo lĩnh vực; còn thiếu bộ lọc theo các tiêu chí khác.');
  });

  it('records a link to the national catalogue as delegated', async () => {
    const f = await judge('CK-01', '<a href="https://dichvucong.gov.vn/p/home/dvc-tthc-category.html">Thủ tục hành chính</a>');
    expect(f.state).toBe('met');
    expect(f.message?.vi).toContain('Cổng Dịch vụ công quốc gia');
  });

  it('takes filters in capitals under a catalogue heading', async () => {
    const f = await judge('CK-01', '<h2>DANH MỤC THỦ TỤC HÀNH CHÍNH</h2><div>-- Chọn lĩnh vực --</div><div>-- Chọn đơn vị --</div>');
    expect(f.state).toBe('met');
    expect(f.evidence.map((e) => e.text)).toContain('-- Chọn lĩnh vực --');
  });
});

describe('CK-02 procedure parts', () => {
  it('needs review from 8 parts, listing the parts still missing, and is met from 14', async () => {
    const f = await judge('CK-02', detail(PARTS.slice(0, 8)), DETAIL);
    expect(f.state).toBe('needs_review');
    expect(f.message?.vi).toContain('8/16');
    expect(f.message?.vi).toContain('Căn cứ pháp lý');
    const almost = await judge('CK-02', detail(PARTS.slice(0, 14)), DETAIL);
    expect(almost.state).toBe('met');
    expect(almost.message?.en).toBe('14 of 16 mandatory parts shown; still missing: legal basis (Căn cứ pháp lý), requirements and conditions (Yêu cầu, điều kiện thực hiện).');
  });

  it('takes its thresholds from the profile', async () => {
    const { criterion } = await import('./support/criteria');
    const { evaluateCriterion } = await import('../../lib/audit/evaluate');
    const { snapshotFromHtml } = await import('../../lib/snapshot/from-html');
    const strict = { ...criterion('CK-02'), options: { minParts: 8, completeParts: 16 } };
    const page = await snapshotFromHtml(`<html><body>${detail(PARTS.slice(0, 14))}</body></html>`, DETAIL);
    expect(evaluateCriterion(strict, page).state).toBe('needs_review');
  });

  it('asks for a procedure page on other pages rather than failing', async () => {
    const f = await judge('CK-02', '<h1>Cổng dịch vụ công</h1><p>Lĩnh vực</p>');
    expect(f.state).toBe('not_checked');
    expect(f.message?.en).toContain('a procedure detail page');
  });

  it('is not met with 7 parts, naming each missing one', async () => {
    const f = await judge('CK-02', detail(PARTS.slice(0, 7)), DETAIL);
    expect(f.state).toBe('not_met');
    for (const missing of PARTS.slice(7)) expect(f.message?.vi).toContain(missing);
    expect(f.message?.en).toContain('legal basis (Căn cứ pháp lý)');
  });

  it('reads numbered, capitalised and decomposed-Unicode labels', async () => {
    const labels = PARTS.map((l, i) => `${i + 1}. ${i % 2 ? l.toUpperCase() : l.normalize('NFD')}`);
    const f = await judge('CK-02', detail(labels), DETAIL);
    expect(f.state).toBe('met');
    expect(f.message).toBeUndefined();
  });

  it('does not count a label that only appears inside a sentence', async () => {
    const f = await judge('CK-02', '<p>Hồ sơ gồm các giấy tờ theo Trình tự thực hiện và Căn cứ pháp lý hiện hành.</p>', DETAIL);
    expect(f.state).toBe('not_met');
    expect(f.evidence).toHaveLength(0);
  });
});

describe('CK-03 national procedure codes', () => {
  it('reads the code out of an iGate code with suffix and links its national record', async () => {
    const f = await judge('CK-03', '<p>Mã: 1.004227.000.00.00.H12</p>', DETAIL);
    expect(f.state).toBe('needs_review');
    expect(f.message?.en).toContain('ma_thu_tuc=1.004227');
  });

  it('does not take longer numbers, amounts or phone numbers', async () => {
    const f = await judge('CK-03', '<p>11.001234 · 1.0012345 · 1.500.000 đồng · 0293.3554567</p>', DETAIL);
    expect(f.state).toBe('not_checked');
  });
});

describe('CK-04 downloadable forms', () => {
  it('takes a file in the same row as a form label', async () => {
    const f = await judge('CK-04', '<table><tr><td>Biểu mẫu</td><td><a href="/f/phu-luc-1.xlsx">phu-luc-1.xlsx</a></td></tr></table>', DETAIL);
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('phu-luc-1.xlsx');
  });

  it('takes a form file by its name even without a label', async () => {
    expect((await judge('CK-04', '<a href="/Upload/ToKhai_01.pdf">Tải về</a>', DETAIL)).state).toBe('met');
  });

  it('does not take a legal document far from any form label, nor a form page that is not a file', async () => {
    const f = await judge(
      'CK-04',
      `<section><p>Mẫu đơn, tờ khai</p><a href="/portaldvc/bieu-mau">Xem mẫu đơn</a></section>
       <section><div><div><span>Luật Hộ tịch</span><a href="/vb/luat-ho-tich.pdf">luat-ho-tich.pdf</a></div></div></section>`,
      DETAIL,
    );
    expect(f.state).toBe('not_met');
  });
});

describe('CK-05 processing statistics', () => {
  it('takes a statistics route but not the visitor-counter route', async () => {
    expect((await judge('CK-05', '<a href="/portaldvc/thong-ke">Thống kê</a>')).state).toBe('met');
    expect((await judge('CK-05', '<a href="/portaldvc/thong-ke-truy-cap">Thống kê truy cập</a><p>Đang online: 52</p>')).state).toBe('not_met');
  });

  it('needs two timeliness classes, not one', async () => {
    expect((await judge('CK-05', '<span>Đúng hạn: 98%</span><span>Trễ hạn: 2%</span>')).state).toBe('met');
    expect((await judge('CK-05', '<span>Đúng hạn: 98%</span>')).state).toBe('not_met');
  });
});

describe('CK-06 the 766 index', () => {
  it('takes the index name written with the comma', async () => {
    const f = await judge('CK-06', '<h3>Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024</h3>');
    expect(f.state).toBe('met');
  });
});

describe('CK-07 overdue dossiers and apologies', () => {
  it('takes a menu entry but not a statistics column of the same name', async () => {
    expect((await judge('CK-07', '<a href="/portaldvc/danh-sach">HỒ SƠ QUÁ HẠN</a>')).state).toBe('needs_review');
    expect((await judge('CK-07', '<table><tr><th>Hồ sơ quá hạn</th></tr></table>')).state).toBe('not_checked');
  });
});

describe('CK-08 owner and contact information', () => {
  it('takes a plain-text email and says what is missing otherwise', async () => {
    const full = await judge('CK-08', '<p>Đơn vị quản lý: Sở TT&amp;TT</p><p>Trụ sở: 1 Lê Lợi</p><p>Thư điện tử: stttt@example.gov.vn</p>');
    expect(full.state).toBe('met');
    const partial = await judge('CK-08', '<p>Cơ quan chủ quản: UBND tỉnh</p><p>Email: ubnd@example.gov.vn</p>');
    expect(partial.state).toBe('needs_review');
    expect(partial.message?.en).toBe('Contact information is incomplete: no address.');
    const owner = await judge('CK-08', '<p>Cơ quan chủ quản: UBND tỉnh</p>');
    expect(owner.state).toBe('not_met');
  });

  it('does not take "Địa chỉ email:" for a postal address', async () => {
    const f = await judge('CK-08', '<p>Cơ quan chủ quản: UBND tỉnh</p><p>Địa chỉ email: ubnd@example.gov.vn</p>');
    expect(f.state).toBe('needs_review');
    expect(f.message?.vi).toBe('Thông tin liên hệ chưa đủ: thiếu địa chỉ.');
  });
});

describe('CK-09 per-step status', () => {
  it('needs a status name, not only a status heading', async () => {
    expect((await judge('CK-09', '<h4>Tiến trình xử lý</h4><p>Không có dữ liệu</p>')).state).toBe('not_checked');
    expect((await judge('CK-09', '<h4>TIẾN TRÌNH XỬ LÝ</h4><span class="status">Đã trả kết quả</span>')).state).toBe('needs_review');
  });
});

describe('CK-10 how-to guidance', () => {
  it('takes an icon-only link to the guide slug but not an official "Hướng dẫn số" document', async () => {
    expect((await judge('CK-10', '<a href="/huong-dan-su-dung"><i class="fa fa-book"></i></a>')).state).toBe('met');
    expect((await judge('CK-10', '<a href="/van-ban/15">Hướng dẫn số 15/HD-UBND</a>')).state).toBe('not_met');
  });
});

describe('CK-08 owners as portals write them', () => {
  it('does not take "Bộ phận một cửa" or "Ban biên tập" for the owning agency', async () => {
    const f = await judge('CK-08', '<footer><p>Bộ phận một cửa</p><p>Ban biên tập</p><p>Địa chỉ: 01 Lê Lợi, phường 1</p><p>Email: motcua@example.gov.vn</p></footer>');
    expect(f.state).toBe('needs_review');
    expect(f.message?.en).toBe('Contact information is incomplete: no owning agency.');
  });

  it('takes an agency named as the footer heading above its address and e-mail', async () => {
    const f = await judge('CK-08', '<footer><h4>Ban quản lý khu công nghệ cao Hòa Lạc</h4><p>Trụ sở: Km 29 Đại lộ Thăng Long</p><p>Email: info@hhtp.gov.vn</p></footer>');
    expect(f.state).toBe('met');
  });
});

describe('CK-02 part labels as portals vary them', () => {
  it('reads "Các bước thực hiện", "Thời gian giải quyết", "Cơ sở pháp lý" and "Cơ quan trực tiếp thực hiện"', async () => {
    const labels = ['Mã thủ tục', 'Số quyết định', 'Tên thủ tục', 'Cấp thực hiện', 'Loại thủ tục', 'Lĩnh vực', 'Các bước thực hiện', 'Thời gian giải quyết', 'Thành phần, số lượng hồ sơ', 'Đối tượng thực hiện', 'Cơ quan trực tiếp thực hiện', 'Cơ quan có thẩm quyền', 'Nơi tiếp nhận', 'Kết quả thực hiện', 'Cơ sở pháp lý', 'Yêu cầu - điều kiện'];
    const f = await judge('CK-02', detail(labels), DETAIL);
    expect(f.state).toBe('met');
    expect(f.message).toBeUndefined();
  });
});
