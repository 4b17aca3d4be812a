import type { PageSnapshot } from '../snapshot/schema';
import { escapeRegExp, normalizeVi } from '../text/vietnamese';
import { anyOf, excerpt, findImages, findInputs, findLinks, findScripts, findText, labelMatcher, pageAt, scanText, textsOf } from './match';
import { type Evidence, type Group } from './types';

/** Text without leading/trailing punctuation or icons: "-- Chọn --" -> "chọn". */
const bare = (norm: string) => norm.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Elements whose whole text is one of the labels (badges, tabs, buttons). */
function findExact(page: PageSnapshot, labels: readonly string[]): Evidence[] {
  const wanted = new Set(labels.map((l) => bare(normalizeVi(l))));
  return scanText(page, (t) => wanted.has(bare(t.norm)), 80);
}

/** A RegExp over normalised text, from normalised alternatives. */
function phrase(labels: readonly string[]): string {
  return `(?:${labels.map((l) => escapeRegExp(normalizeVi(l))).join('|')})`;
}

/** A page where one signs in: a password field, a login route or a login title. */
function isLoginPage(page: PageSnapshot): boolean {
  if (page.forms.some((f) => f.inputs.some((i) => i.type.toLowerCase() === 'password'))) return true;
  if (/dang-?nhap|login|signin|\/auth(?:\b|\/)|\/sso\b/i.test(page.url)) return true;
  return /^đăng nhập/.test(normalizeVi(page.title));
}

// TK-02: SSO of the national portal (DVCQG), not merely a link to its home page.
const DVCQG_SSO_URLS = ['xacthuc.dichvucong.gov.vn', '/dvcqgsso/'] as const;
const DVCQG_SSO_LABEL = new RegExp(
  `${phrase(['Tài khoản cấp bởi Cổng dịch vụ công quốc gia', 'Tài khoản cấp bởi Cổng DVC quốc gia', 'Tài khoản cấp bởi Cổng DVCQG'])}|` +
    `đăng nhập (?:bằng |qua |với |từ )?(?:tài khoản )?(?:cổng )?(?:${phrase(['dịch vụ công quốc gia', 'DVC quốc gia', 'DVCQG'])})`,
  'u',
);

// TK-03: the national registration, and the red flag of a local sign-up form.
const NATIONAL_SIGNUP_URLS = ['dangky.dichvucong.gov.vn', 'dichvucong.gov.vn/p/home/dvc-dang-ky'] as const;
const CONFIRM_PASSWORD = labelMatcher(['Nhập lại mật khẩu', 'Xác nhận mật khẩu', 'Xác nhận lại mật khẩu', 'Gõ lại mật khẩu']);
const CHANGE_PASSWORD = labelMatcher(['Mật khẩu cũ', 'Mật khẩu hiện tại', 'Đổi mật khẩu']);
const SIGNUP_LINK = /^đăng ký(?: tài khoản)?$/u;
/** Hosts where a citizen account is made: the national portal and VNeID. */
const NATIONAL_ACCOUNT_HOST = /(?:^|\.)(?:dichvucong|dancuquocgia|vneid)\.gov\.vn$/i;
const hostOf = (href: string) => {
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
};
const SIGNUP_HEADING = labelMatcher(['Đăng ký tài khoản', 'Đăng ký thành viên', 'Tạo tài khoản']);

/** Forms that create a local account: a password, its confirmation, a sign-up title; not a change of password. */
function localSignupForms(page: PageSnapshot): Evidence[] {
  const isSignupPage =
    textsOf(page).some((t) => SIGNUP_HEADING(t.raw)) || page.buttons.some((b) => /^đăng ký\b/.test(normalizeVi(b.text)));
  if (!isSignupPage) return [];
  const out: Evidence[] = [];
  for (const f of page.forms) {
    const password = f.inputs.some((i) => i.type.toLowerCase() === 'password');
    const confirm = f.inputs.find(
      (i) => CONFIRM_PASSWORD(i.label) || CONFIRM_PASSWORD(i.placeholder) || /^(?:re|confirm)_?pass|pass(?:word)?_?(?:confirm|again|2)$/i.test(i.name || i.id),
    );
    const change = f.inputs.some((i) => CHANGE_PASSWORD(i.label) || CHANGE_PASSWORD(i.placeholder));
    if (password && confirm && !change)
      out.push({ pageUrl: page.url, selector: f.selector, text: excerpt(`${confirm.label || confirm.placeholder || confirm.name} (${f.action})`) });
  }
  return out;
}

// TK-04: the two doors, citizens and businesses on one side, officers on the other.
const CITIZEN_LOGIN = /(?:công dân|người dân|tổ chức|doanh nghiệp)[^.:;]{0,30}đăng nhập|đăng nhập (?:dành cho |cho |của )?(?:công dân|người dân|tổ chức|doanh nghiệp)/u;
const OFFICER_LOGIN = /(?:cán bộ|công chức|cbcc)[^.:;]{0,30}đăng nhập|đăng nhập (?:dành cho |cho |của )?(?:cán bộ|công chức|cbcc|hệ thống một cửa|một cửa)/u;
const CITIZEN_TABS = ['Công dân', 'Người dân', 'Công dân, doanh nghiệp', 'Công dân/Doanh nghiệp', 'Tổ chức, công dân'];
const OFFICER_TABS = ['Cán bộ', 'Cán bộ, công chức', 'Cán bộ công chức', 'CBCC'];

// TK-06: organisations and businesses as account holders.
const ORG_LOGIN = /(?:tổ chức|doanh nghiệp)[^.:;]{0,30}đăng nhập|đăng nhập[^.:;]{0,30}(?:tổ chức|doanh nghiệp)/u;
const ORG_ACCOUNT_LABELS = [
  'Tài khoản tổ chức',
  'Tài khoản doanh nghiệp',
  'Định danh điện tử tổ chức',
  'Định danh điện tử của tổ chức',
  'Tra cứu mã số thuế',
  'Tra cứu thông tin doanh nghiệp',
];
const ORG_TABS = ['Tổ chức', 'Doanh nghiệp', 'Tổ chức/Doanh nghiệp', 'Tổ chức, doanh nghiệp', 'Tổ chức - Doanh nghiệp'];

/** TK — accounts, e-ID and authentication (VNeID, national population database). */
export const accounts: Group = {
  id: 'TK',
  title: { vi: 'Tài khoản, định danh và xác thực điện tử', en: 'Accounts, e-ID and authentication' },
  criteria: [
    {
      id: 'TK-01',
      group: 'TK',
      title: { vi: 'Đăng nhập bằng tài khoản định danh điện tử VNeID', en: 'Login with the national e-ID (VNeID)' },
      basis: 'S11; NĐ 59/2022 → 69/2024 [P]; TT 21/2023 "tài khoản" [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang đăng nhập có nút hoặc liên kết tới sso.dancuquocgia.gov.vn, nhãn "VNeID" hoặc "Tài khoản Định danh điện tử cấp bởi Bộ Công An".',
        en: 'The login page links to sso.dancuquocgia.gov.vn or shows "VNeID" / "Tài khoản Định danh điện tử cấp bởi Bộ Công An".',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['sso.dancuquocgia.gov.vn', '/vneidsso/'] }),
          findText(page, ['VNeID', 'Tài khoản Định danh điện tử cấp bởi Bộ Công An', 'Đăng nhập bằng VNeID']),
          findImages(page, { src: [/logo_bca\.png/i, /vneid/i], alt: ['VNeID'] }),
        ),
      }),
    },
    {
      id: 'TK-02',
      group: 'TK',
      title: { vi: 'Đăng nhập một lần qua Cổng DVC quốc gia', en: 'SSO with the national portal' },
      basis: 'S10; S1 Art 3.10 [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trên trang đăng nhập, tìm lựa chọn "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" dẫn tới xacthuc.dichvucong.gov.vn/oauth2/authorize (OpenCPS: /o/rest/v2/dvcqgsso/authurl); bấm thử để xác nhận được chuyển sang trang xác thực của Cổng DVC quốc gia.',
        en: 'On the login page, look for "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" leading to xacthuc.dichvucong.gov.vn/oauth2/authorize (OpenCPS: /o/rest/v2/dvcqgsso/authurl); click it to confirm it redirects to the national portal\'s sign-in.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: DVCQG_SSO_URLS }),
          findScripts(page, { code: [/xacthuc\.dichvucong\.gov\.vn/i, /dvcqgsso/i] }),
          scanText(page, (t) => DVCQG_SSO_LABEL.test(t.norm), 200),
        ),
      }),
    },
    {
      id: 'TK-03',
      group: 'TK',
      title: {
        vi: 'Không dùng tài khoản công dân riêng; đăng ký chuyển về DVCQG/VNeID',
        en: 'No local citizen sign-up; accounts moved to VNeID',
      },
      basis: 'S11 [P]',
      method: 'assisted',
      // One page with a local sign-up form is enough to fail the portal.
      combine: 'every',
      howToVerify: {
        vi: 'Bấm "Đăng ký" trên cổng: phải dẫn tới dangky.dichvucong.gov.vn/register hoặc hướng dẫn dùng tài khoản VNeID, không mở biểu mẫu tạo tài khoản (mật khẩu, nhập lại mật khẩu) riêng của cổng.',
        en: 'Click "Đăng ký" (sign up): it must lead to dangky.dichvucong.gov.vn/register or to VNeID guidance, not to a portal-local sign-up form (password and confirmation).',
      },
      check: (page) => {
        const local = localSignupForms(page);
        if (local.length > 0)
          return {
            state: 'not_met',
            evidence: local,
            message: {
              vi: 'Cổng có biểu mẫu tự đăng ký tài khoản riêng (mật khẩu, nhập lại mật khẩu); tài khoản công dân phải dùng VNeID/Cổng DVC quốc gia.',
              en: 'The portal has its own sign-up form (password and confirmation); citizen accounts must be VNeID / national-portal accounts.',
            },
          };
        const national = findLinks(page, { urls: NATIONAL_SIGNUP_URLS });
        // Any other "Đăng ký" link: the inspector follows it to see where it leads.
        const signupLinks = page.links.filter((l) => SIGNUP_LINK.test(bare(normalizeVi(l.text || l.label))));
        const localLinks = signupLinks.filter((l) => !NATIONAL_ACCOUNT_HOST.test(hostOf(l.href)));
        const shown = new Set(signupLinks.map((l) => l.selector));
        const evidence = anyOf(
          signupLinks.map((l) => ({ pageUrl: page.url, selector: l.selector, text: excerpt(`${l.text || l.label} → ${l.href}`) })),
          national.filter((e) => !shown.has(e.selector)),
        );
        if (localLinks.length > 0)
          return {
            evidence,
            message: {
              vi: 'Nút "Đăng ký" dẫn tới trang của chính cổng: mở trang đó để xem có tạo tài khoản công dân riêng không.',
              en: 'The "Đăng ký" (sign up) link stays on the portal: open it to see whether it creates a portal-local citizen account.',
            },
          };
        return { evidence };
      },
    },
    {
      id: 'TK-04',
      group: 'TK',
      title: { vi: 'Tách đăng nhập công dân / cán bộ', en: 'Separate citizen and officer login' },
      basis: 'S1 Art 5(e) [G]; [I]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang chủ hoặc trang đăng nhập có hai lối vào riêng: "Công dân/Doanh nghiệp đăng nhập" và "Cán bộ đăng nhập" (OpenCPS: /c/portal/login cho cán bộ).',
        en: 'The home or login page offers two separate entries: "Công dân/Doanh nghiệp đăng nhập" (citizens and businesses) and "Cán bộ đăng nhập" (officers); OpenCPS uses /c/portal/login for officers.',
      },
      check: (page) => {
        const login = isLoginPage(page);
        const citizen = anyOf(scanText(page, (t) => CITIZEN_LOGIN.test(t.norm), 80), login ? findExact(page, CITIZEN_TABS) : []);
        const officer = anyOf(
          scanText(page, (t) => OFFICER_LOGIN.test(t.norm), 80),
          login ? findExact(page, OFFICER_TABS) : [],
          findLinks(page, { urls: ['/c/portal/login'] }),
        );
        if (citizen.length > 0 && officer.length > 0) return { evidence: anyOf(citizen.slice(0, 2), officer.slice(0, 2)) };
        if (citizen.length > 0 || officer.length > 0)
          return {
            state: 'not_met',
            evidence: anyOf(citizen, officer),
            message: {
              vi: `Chỉ thấy lối đăng nhập ${citizen.length > 0 ? 'của công dân/doanh nghiệp' : 'của cán bộ'}, chưa thấy lối riêng cho ${citizen.length > 0 ? 'cán bộ' : 'công dân/doanh nghiệp'}.`,
              en: `Only the ${citizen.length > 0 ? 'citizen/business' : 'officer'} login was seen, no separate ${citizen.length > 0 ? 'officer' : 'citizen/business'} login.`,
            },
          };
        return { evidence: [] };
      },
    },
    {
      id: 'TK-05',
      group: 'TK',
      title: {
        vi: 'Kết nối CSDL quốc gia về dân cư (xác thực, khai thác thông tin)',
        en: 'Connected to the national population database',
      },
      basis: 'S5 [G mention]; ND 107/2021 [K]',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập bằng tài khoản thử, mở biểu mẫu nộp hồ sơ: thông tin công dân phải được điền sẵn từ CSDL quốc gia về dân cư; phía cán bộ có chức năng "Định danh chủ hồ sơ". Cần đơn vị vận hành xác nhận kết nối (văn bản, nhật ký gọi API).',
        en: 'Sign in with a test account and open a submission form: citizen data should be prefilled from the population database; officers have "Định danh chủ hồ sơ". The operator must attest the connection (documents, API call logs).',
      },
      check: (page) => ({
        evidence: anyOf(
          findText(page, [
            'Định danh chủ hồ sơ',
            'CSDL quốc gia về dân cư',
            'CSDLQG về dân cư',
            'Cơ sở dữ liệu quốc gia về dân cư',
            'Xác thực thông tin công dân',
          ]),
          findScripts(page, { code: [/apiCSDLDanCu/i, /ChiaSeThongTinCongDan/i, /CSDLQGDC|CSDLDanCu/i] }),
        ),
      }),
    },
    {
      id: 'TK-06',
      group: 'TK',
      title: { vi: 'Tài khoản tổ chức/doanh nghiệp', en: 'Organisation / business accounts' },
      basis: 'ND 69/2024 [P]; [I]',
      method: 'assisted',
      howToVerify: {
        vi: 'Trang đăng nhập có lựa chọn cho tổ chức/doanh nghiệp (tài khoản định danh điện tử của tổ chức, mã số thuế); thử đăng nhập bằng tài khoản doanh nghiệp để xác nhận.',
        en: 'The login page offers an organisation/business option (organisation e-ID account, tax code); sign in with a business test account to confirm.',
      },
      check: (page) => ({
        evidence: anyOf(
          scanText(page, (t) => ORG_LOGIN.test(t.norm), 80),
          findText(page, ORG_ACCOUNT_LABELS),
          isLoginPage(page) ? findExact(page, ORG_TABS) : [],
          findInputs(page, ['Mã số thuế', 'Mã số doanh nghiệp']),
        ),
      }),
    },
    {
      id: 'TK-07',
      group: 'TK',
      title: { vi: 'Trang thông tin tài khoản / hồ sơ cá nhân', en: 'Personal account area' },
      basis: 'S1 Art 6(n),(m) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Sau khi đăng nhập, mở mục "Hồ sơ cá nhân" / "Dịch vụ công của tôi" (/portaldvc/ho-so-ca-nhan/…): xem và sửa được thông tin tài khoản, danh sách hồ sơ đã nộp.',
        en: 'After signing in, open "Hồ sơ cá nhân" / "Dịch vụ công của tôi" (/portaldvc/ho-so-ca-nhan/…): account details can be viewed and edited, and submitted dossiers are listed.',
      },
      check: (page) => ({
        evidence: anyOf(
          pageAt(page, ['/ho-so-ca-nhan', '/dvc-cua-toi', '/dich-vu-cong-cua-toi']),
          findLinks(page, { urls: ['/ho-so-ca-nhan', '/dvc-cua-toi'], labels: ['Hồ sơ cá nhân', 'Dịch vụ công của tôi'], slugs: true }),
          findText(page, ['Hồ sơ cá nhân', 'Dịch vụ công của tôi', 'Thông tin tài khoản', 'Tài khoản của tôi', 'Quản lý tài khoản']),
        ),
      }),
    },
  ],
};
