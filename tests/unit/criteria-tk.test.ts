import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { auditPage, evaluateCriterion } from '../../lib/audit/evaluate';
import { mergeFindings } from '../../lib/audit/merge';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';

const HOME = 'https://dichvucong.example.gov.vn/portaldvc/home';
const LOGIN = 'https://dichvucong.example.gov.vn/portaldvc/dang-nhap';

function criterion(id: string) {
  const c = DEFAULT_PROFILE.criteria.find((c) => c.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

function page(body: string, url = HOME, title = 'Cổng Dịch vụ công') {
  return snapshotFromHtml(`<!doctype html><html lang="vi"><head><title>${title}</title></head><body>${body}</body></html>`, url);
}

async function judge(id: string, body: string, url = HOME, title?: string) {
  return evaluateCriterion(criterion(id), await page(body, url, title));
}

describe('TK-02 single sign-on through the national portal', () => {
  it('takes an ALL-CAPS login button naming the national portal', async () => {
    const f = await judge('TK-02', '<button>ĐĂNG NHẬP BẰNG TÀI KHOẢN CỔNG DỊCH VỤ CÔNG QUỐC GIA</button>', LOGIN);
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('ĐĂNG NHẬP BẰNG TÀI KHOẢN CỔNG DỊCH VỤ CÔNG QUỐC GIA');
  });

  it('takes the OpenCPS SSO endpoint in script code as weak evidence: no control leads to it', async () => {
    const f = await judge('TK-02', `<script>fetch('/o/rest/v2/dvcqgsso/authurl').then(r => r.text()).then(u => location.href = u);</script><button>Đăng nhập</button>`, LOGIN);
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.selector).toMatch(/script/);
    expect(f.message?.en).toMatch(/only in script code/);
  });

  it('takes it from a visible control that calls the function (strong)', async () => {
    const f = await judge(
      'TK-02',
      `<a href="#" onclick="loginDvcqg()">Đăng nhập</a><script>var loginDvcqg = function () { $.get('/o/rest/v2/dvcqgsso/authurl', { state: '' }); };</script>`,
      LOGIN,
    );
    expect(f.state).toBe('met');
  });

  it('does not take code nothing calls (another portal\'s copy-pasted sign-in function)', async () => {
    const f = await judge(
      'TK-02',
      `<a href="/web/site/dang-nhap">Đăng nhập</a><script>var loginDvcqg = function () { $.get('/o/rest/v2/dvcqgsso/authurl', { redirectURL: 'https://dichvucong.haugiang.gov.vn/' }); };</script>`,
      LOGIN,
    );
    expect(f.state).toBe('not_met');
    expect(f.message?.en).toMatch(/nothing uses is not a feature/);
  });

  it('does not take a plain link to the national portal home page', async () => {
    const f = await judge('TK-02', '<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng Dịch vụ công quốc gia</a>');
    expect(f.state).toBe('not_met');
  });
});

describe('TK-03 no local citizen sign-up', () => {
  it('asks the inspector to follow a "Đăng ký" link that stays on the portal', async () => {
    const f = await judge('TK-03', '<a href="/portaldvc/dang-ky">ĐĂNG KÝ</a>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toContain('/portaldvc/dang-ky');
    expect(f.message?.en).toMatch(/stays on the portal/);
  });

  it('adds no message of its own when sign-up goes to the national portal', async () => {
    const f = await judge('TK-03', '<a href="https://dangky.dichvucong.gov.vn/register">Tạo tài khoản</a>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence).toHaveLength(1);
    // The usual "needs the inspector" sentence is added when the portal's findings are shown.
    expect(f.message).toBeUndefined();
  });

  it('fails the portal when any page has a local sign-up form', async () => {
    const c = criterion('TK-03');
    const national = await page('<a href="https://dangky.dichvucong.gov.vn/register">Đăng ký</a>');
    const signup = await page(
      `<h2>Đăng ký tài khoản</h2><form action="/Account/Register" method="post">
         <input name="Email" placeholder="Email"><input type="password" name="Password" placeholder="Mật khẩu">
         <input type="password" name="ConfirmPassword" placeholder="Xác nhận mật khẩu"><button>Đăng ký</button></form>`,
      'https://dichvucong.example.gov.vn/Account/Register',
    );
    expect(evaluateCriterion(c, signup).state).toBe('not_met');
    const [merged] = mergeFindings([c], [auditPage(national, [c]), auditPage(signup, [c])]);
    expect(merged!.state).toBe('not_met');
    expect(merged!.evidence[0]!.pageUrl).toBe('https://dichvucong.example.gov.vn/Account/Register');
  });

  it('does not take a change-of-password form for a sign-up', async () => {
    const f = await judge(
      'TK-03',
      `<h2>Đăng ký tài khoản</h2><form><input type="password" placeholder="Mật khẩu cũ">
       <input type="password" placeholder="Mật khẩu mới"><input type="password" placeholder="Nhập lại mật khẩu"></form>`,
    );
    expect(f.state).toBe('not_checked');
  });
});

describe('TK-04 separate citizen and officer login', () => {
  it('fails with a reason when only the citizen door is shown', async () => {
    const f = await judge('TK-04', '<a href="/dang-nhap">Công dân, doanh nghiệp đăng nhập</a>');
    expect(f.state).toBe('not_met');
    expect(f.evidence).toHaveLength(1);
    expect(f.message?.vi).toContain('cán bộ');
  });

  it('takes "Công dân" / "Cán bộ" tabs on a login page only', async () => {
    const tabs = '<div class="tabs"><a href="#cd">Công dân</a><a href="#cb">Cán bộ</a></div>';
    expect((await judge('TK-04', tabs, LOGIN)).state).toBe('met');
    expect((await judge('TK-04', tabs, HOME)).state).toBe('not_met');
  });
});

describe('TK-05 population database', () => {
  it('takes the label in capitals and ignores commented-out configuration', async () => {
    expect((await judge('TK-05', '<p>XÁC THỰC VỚI CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ</p>')).state).toBe('needs_review');
    expect((await judge('TK-05', "<script>var cfg = {}; // cfg.url = '/apiCSDLDanCu/ChiaSeThongTinCongDan';</script>")).state).toBe('not_checked');
  });
});

describe('TK-06 organisation accounts', () => {
  it('takes a "Tổ chức" tab on a login page but not the word elsewhere', async () => {
    const body = '<button type="button">Công dân</button><button type="button">Tổ chức</button>';
    expect((await judge('TK-06', body, LOGIN)).state).toBe('needs_review');
    expect((await judge('TK-06', body, HOME)).state).toBe('not_checked');
  });

  it('takes a tax-code field known only by its name', async () => {
    const f = await judge('TK-06', '<form><input name="ma_so_thue"><input type="password" name="pw"></form>', LOGIN);
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toBe('ma_so_thue');
  });
});

describe('TK-07 personal account area', () => {
  it('takes an icon-only link to the personal-area slug', async () => {
    const f = await judge('TK-07', '<a href="/portaldvc/ho-so-ca-nhan/thong-tin"><img src="/i/user.svg" alt=""></a>');
    expect(f.state).toBe('needs_review');
  });

  it('does not take a dossier lookup', async () => {
    expect((await judge('TK-07', '<a href="/portaldvc/tra-cuu">Tra cứu hồ sơ</a>')).state).toBe('not_checked');
  });
});
