import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const CATALOGUE = 'https://dichvucong.example.gov.vn/portaldvc/danh-muc-tthc';
const SUBMIT = 'https://dichvucong.example.gov.vn/portaldvc/nop-ho-so?ma=1.001193';

async function judge(id: string, body: string, url = CATALOGUE, head = '') {
  const criterion = DEFAULT_PROFILE.criteria.find((c) => c.id === id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  const html = `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
  return evaluateCriterion(criterion, await snapshotFromHtml(html, url));
}

describe('TT-01 full / partial online labels', () => {
  it('is met with current labels but flags legacy wording still on the page', async () => {
    const f = await judge('TT-01', '<span class="badge">Toàn trình</span><p>Mức độ 3</p>');
    expect(f.state).toBe('met');
    expect(f.evidence.map((e) => e.text)).toEqual(['Toàn trình', 'Mức độ 3']);
    expect(f.message?.vi).toContain('lỗi thời');
  });

  it('is not met when only "Mức độ 3/4" or "DVC mức 4" is used, saying the wording is outdated', async () => {
    for (const legacy of ['<p>Dịch vụ công trực tuyến Mức độ 3/4</p>', '<span>DVC mức 4</span>']) {
      const f = await judge('TT-01', legacy);
      expect(f.state).toBe('not_met');
      expect(f.evidence).toHaveLength(1);
      expect(f.message?.en).toContain('outdated');
    }
  });

  it('takes filter counts and level values in capitals', async () => {
    expect((await judge('TT-01', '<a href="?muc=tt">Toàn trình (125)</a>')).state).toBe('met');
    expect((await judge('TT-01', '<dd>DỊCH VỤ CÔNG TRỰC TUYẾN MỘT PHẦN</dd>')).state).toBe('met');
  });

  it('does not take "một phần" inside a sentence, nor unrelated levels', async () => {
    const f = await judge('TT-01', '<p>Một phần hồ sơ có thể nộp sau.</p><p>Mức độ hài lòng: 5 sao</p><p>Cấp độ 3</p>');
    expect(f.state).toBe('not_met');
    expect(f.evidence).toHaveLength(0);
  });
});

describe('TT-02 submit online', () => {
  it('takes a capitalised button with an arrow but not a guide link', async () => {
    expect((await judge('TT-02', '<a class="btn" href="#">» NỘP HỒ SƠ TRỰC TUYẾN</a>')).state).toBe('met');
    expect((await judge('TT-02', '<a href="/portaldvc/huong-dan-nop-ho-so-truc-tuyen">Hướng dẫn nộp hồ sơ trực tuyến</a>')).state).toBe('not_met');
  });

  it('takes the eligibility message shown for procedures that are not online', async () => {
    const f = await judge('TT-02', '<div class="alert">Thủ tục đã chọn không phải là thủ tục toàn trình, một phần</div>');
    expect(f.state).toBe('met');
  });

  it('records a submit button leading to the national portal as delegated', async () => {
    const f = await judge(
      'TT-02',
      '<a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193"><span>Nộp trực tuyến</span></a>',
    );
    expect(f.state).toBe('met');
    expect(f.message?.en).toContain('national portal');
  });
});

describe('TT-03 interactive e-forms', () => {
  it('does not take a feedback form or a login form', async () => {
    const feedback =
      '<h2>Gửi phản ánh</h2><form><input placeholder="Họ và tên"><input placeholder="Email"><input placeholder="Số điện thoại"><textarea placeholder="Nội dung"></textarea></form>';
    expect((await judge('TT-03', feedback, 'https://dichvucong.example.gov.vn/portaldvc/pakn-dvc-tinh')).state).toBe('not_checked');
    const login = '<h3>Thành phần hồ sơ</h3><form><input placeholder="Tên đăng nhập"><input type="password" placeholder="Mật khẩu"></form>';
    expect((await judge('TT-03', login, SUBMIT)).state).toBe('not_checked');
  });

  it('takes applicant fields of a React form outside any <form>', async () => {
    const f = await judge(
      'TT-03',
      '<h3>THÔNG TIN CHỦ HỒ SƠ</h3><div><input aria-label="Họ tên"><input aria-label="Ngày sinh"><input aria-label="Số CCCD"></div>',
      SUBMIT,
    );
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.selector).toBe('body');
  });
});

describe('TT-05 reuse of digitised documents', () => {
  it('takes both tone-mark placements of "số hóa"', async () => {
    expect((await judge('TT-05', '<button>Chọn giấy tờ đã số hoá</button>', SUBMIT)).state).toBe('needs_review');
    expect((await judge('TT-05', '<button>Chọn giấy tờ đã số hóa</button>', SUBMIT)).state).toBe('needs_review');
  });

  it('ignores the configuration flag in commented-out code', async () => {
    const f = await judge('TT-05', '', SUBMIT, '<script>var cfg = {}; /* cfg.CoTaiSuDungTPHS = true; */</script>');
    expect(f.state).toBe('not_checked');
  });
});

describe('TT-06 / TT-08 labels in prose do not count', () => {
  it('does not take delivery or supplement wording in a long procedure step', async () => {
    const step =
      '<p>Bước 3: Trường hợp hồ sơ chưa đầy đủ, cán bộ hướng dẫn bổ sung hồ sơ; người nộp có thể nhận kết quả qua dịch vụ bưu chính công ích theo yêu cầu.</p>';
    expect((await judge('TT-06', step)).state).toBe('not_checked');
    expect((await judge('TT-08', step)).state).toBe('not_checked');
  });

  it('takes them as short controls', async () => {
    expect((await judge('TT-06', '<label>Nhận kết quả qua bưu chính</label>', SUBMIT)).state).toBe('needs_review');
    expect((await judge('TT-08', '<span class="badge">CHỜ BỔ SUNG</span>', SUBMIT)).state).toBe('needs_review');
  });
});

describe('TT-07 receipt', () => {
  it('takes a receipt download known only by its route', async () => {
    const f = await judge('TT-07', '<a href="/api/ho-so/45/phieu-tiep-nhan"><i class="fa fa-print"></i></a>');
    expect(f.state).toBe('needs_review');
  });
});

describe('TT-09 mobile-usable', () => {
  it('takes device-width in any order and spacing', async () => {
    const f = await judge('TT-09', '', CATALOGUE, '<meta name="viewport" content="initial-scale=1, WIDTH = device-width">');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.selector).toBe('meta[name="viewport"]');
  });

  it('flags a fixed-width viewport as the problem', async () => {
    const f = await judge('TT-09', '', CATALOGUE, '<meta name="viewport" content="width=1024">');
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toBe('width=1024');
    expect(f.message?.vi).toContain('device-width');
  });
});

describe('TT-10 notifications', () => {
  it('takes a Zalo official-account link alone', async () => {
    expect((await judge('TT-10', '<a href="https://zalo.me/4321987654321"><img src="/zalo.png" alt=""></a>')).state).toBe('needs_review');
  });

  it('takes a notification opt-in checkbox', async () => {
    const f = await judge('TT-10', '<label><input type="checkbox" name="sms"> Nhận thông báo qua SMS</label>', SUBMIT);
    expect(f.state).toBe('needs_review');
  });
});
