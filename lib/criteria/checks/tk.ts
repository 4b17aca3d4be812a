import type { Check, Checks } from '../check';
import { findImages, findInputs, findLinks, findText, linkEvidence, scanText } from '../find';
import { anyOf, dedupe, evidenceAt, exact, hostOf, identifiers, phrase, urls } from '../match';
import { routes } from '../platforms';
import type { Evidence } from '../types';
import type { PageView } from '../views';
import { codeEvidence, codeMatches, failed, none, norm, strong, weak } from './common';

/** TK — accounts, e-ID and authentication (VNeID, national population database). */

const isLoginPage = (page: PageView) => page.pageType.type === 'sign-in' || page.snap.forms.some((f) => f.inputs.some((i) => i.type === 'password'));

// TK-01: VNeID sign-in.
const VNEID_URLS = urls(['sso.dancuquocgia.gov.vn', '/vneidsso/']);
const VNEID_WORDS = phrase(['VNeID', 'Tài khoản Định danh điện tử cấp bởi Bộ Công An', 'Đăng nhập bằng VNeID', 'Định danh điện tử VNeID']);
const VNEID_IMAGES = { src: urls([/logo_bca\.png/i, /vneid/i]), alt: phrase(['VNeID']) };
const VNEID_CODE = /sso\.dancuquocgia\.gov\.vn|\/vneidsso\//g;

/** A visible way to sign in with VNeID (shared with TK-04). */
export function vneidSignIn(page: PageView): Evidence[] {
  return page.memo('vneidSignIn', () =>
    anyOf(
      findLinks(page, { urls: VNEID_URLS, labels: VNEID_WORDS }),
      scanText(page, (t) => VNEID_WORDS(t.norm), { maxLength: 80, kinds: ['button', 'text'], needs: VNEID_WORDS }),
      findImages(page, VNEID_IMAGES),
    ),
  );
}

// TK-02: the national portal's single sign-on, not merely a link to its home page.
const DVCQG_SSO_URLS = urls(['xacthuc.dichvucong.gov.vn', '/dvcqgsso/', 'dang-nhap-dvcqg', 'dangnhapdvcqg']);
const DVCQG_SSO_CODE = /xacthuc\.dichvucong\.gov\.vn|dvcqgsso/g;
const NATIONAL = String.raw`(?:cổng )?(?:dịch vụ công quốc gia|dvc quốc gia|dvcqg)`;
const DVCQG_SSO_LABEL = new RegExp(
  String.raw`tài khoản (?:được )?cấp bởi ${NATIONAL}|đăng nhập (?:bằng |qua |với |từ )?(?:tài khoản )?${NATIONAL}`,
  'u',
);

/** The citizens' sign-in through the national portal: a visible control (strong), or code only a script reaches (weak). */
export function nationalSignIn(page: PageView): { strong: Evidence[]; weak: Evidence[]; uncalled: Evidence[] } {
  return page.memo('nationalSignIn', () => {
    const visible = anyOf(
      findLinks(page, { urls: DVCQG_SSO_URLS }),
      scanText(page, (t) => DVCQG_SSO_LABEL.test(t.norm), { maxLength: 200 }),
      page.snap.forms.filter((f) => DVCQG_SSO_URLS(f.action)).map((f) => evidenceAt(page.url, f.selector, f.action)),
    );
    const code = codeMatches(page, DVCQG_SSO_CODE);
    return {
      strong: anyOf(visible, code.filter((m) => m.reach === 'control').map((m) => codeEvidence(page, m))),
      weak: dedupe(code.filter((m) => m.reach === 'code' || m.reach === 'top-level').map((m) => codeEvidence(page, m))),
      uncalled: dedupe(code.filter((m) => m.reach === 'uncalled').map((m) => codeEvidence(page, m))),
    };
  });
}

// TK-03: national registration, and the red flag of a local sign-up.
const NATIONAL_SIGNUP = urls(['dangky.dichvucong.gov.vn', 'dichvucong.gov.vn/p/home/dvc-dang-ky']);
const CONFIRM_PASSWORD = phrase(['Nhập lại mật khẩu', 'Xác nhận mật khẩu', 'Xác nhận lại mật khẩu', 'Gõ lại mật khẩu']);
const CHANGE_PASSWORD = phrase(['Mật khẩu cũ', 'Mật khẩu hiện tại', 'Đổi mật khẩu']);
/** "Đăng ký", "Đăng ký tài khoản", and the "Đang ký" typo portals ship. */
const SIGNUP_CONTROL = /^(?:đăng|đang) ký(?: tài khoản(?: mới)?| thành viên)?$/u;
/** Hosts where a citizen account is made: the national portal and VNeID. */
const NATIONAL_ACCOUNT_HOST = /(?:^|\.)(?:dichvucong|dancuquocgia|vneid)\.gov\.vn$/i;
const SIGNUP_HEADING = phrase(['Đăng ký tài khoản', 'Đăng ký thành viên', 'Tạo tài khoản']);
const SIGNUP_ROUTE = routes('signUp');

/** Forms that create a local account: a password, its confirmation, a sign-up title; not a change of password. */
function localSignupForms(page: PageView): Evidence[] {
  const isSignupPage = page.texts.some((t) => SIGNUP_HEADING(t.norm)) || page.snap.buttons.some((b) => /^đăng ký\b/u.test(norm(b.text)));
  if (!isSignupPage) return [];
  const out: Evidence[] = [];
  for (const f of page.snap.forms) {
    const password = f.inputs.some((i) => i.type === 'password');
    const confirm = f.inputs.find(
      (i) => CONFIRM_PASSWORD(norm(i.label)) || CONFIRM_PASSWORD(norm(i.placeholder)) || /^(?:re|confirm)_?pass|pass(?:word)?_?(?:confirm|again|2)$/i.test(i.name || i.id),
    );
    const change = f.inputs.some((i) => CHANGE_PASSWORD(norm(i.label)) || CHANGE_PASSWORD(norm(i.placeholder)));
    if (password && confirm && !change) out.push(evidenceAt(page.url, f.selector, `${confirm.label || confirm.placeholder || confirm.name} (${f.action})`));
  }
  return out;
}

// TK-04: the two doors, citizens and businesses on one side, officers on the other.
const CITIZEN_LOGIN = /(?:công dân|người dân|tổ chức|doanh nghiệp)[^.:;]{0,30}đăng nhập|đăng nhập (?:dành cho |cho |của )?(?:công dân|người dân|tổ chức|doanh nghiệp)/u;
const OFFICER_LOGIN = /(?:cán bộ|công chức|cbcc)[^.:;]{0,30}đăng nhập|đăng nhập (?:dành cho |cho |của )?(?:cán bộ|công chức|cbcc|hệ thống một cửa|một cửa)/u;
const CITIZEN_TABS = exact(['Công dân', 'Người dân', 'Công dân, doanh nghiệp', 'Công dân/Doanh nghiệp', 'Tổ chức, công dân']);
const OFFICER_TABS = exact(['Cán bộ', 'Cán bộ, công chức', 'Cán bộ công chức', 'CBCC']);
const OFFICER_URLS = urls(['/c/portal/login', 'motcua.', '/mot-cua']);

// TK-05: the national population database.
const POPULATION_DB = phrase([
  'Định danh chủ hồ sơ',
  'CSDL quốc gia về dân cư',
  'CSDLQG về dân cư',
  'Cơ sở dữ liệu quốc gia về dân cư',
  'Xác thực thông tin công dân',
]);
const POPULATION_DB_CODE = /apiCSDLDanCu|ChiaSeThongTinCongDan|CSDLQGDC|CSDLDanCu/gi;

// TK-06: organisations and businesses as account holders.
const ORG_LOGIN = /(?:tổ chức|doanh nghiệp)[^.:;]{0,30}đăng nhập|đăng nhập[^.:;]{0,30}(?:tổ chức|doanh nghiệp)/u;
const ORG_ACCOUNT = phrase(['Tài khoản tổ chức', 'Tài khoản doanh nghiệp', 'Định danh điện tử tổ chức', 'Định danh điện tử của tổ chức', 'Tra cứu mã số thuế', 'Tra cứu thông tin doanh nghiệp']);
const ORG_TABS = exact(['Tổ chức', 'Doanh nghiệp', 'Tổ chức/Doanh nghiệp', 'Tổ chức, doanh nghiệp', 'Tổ chức - Doanh nghiệp']);
const TAX_CODE = phrase(['Mã số thuế', 'Mã số doanh nghiệp']);
const TAX_CODE_NAME = identifiers(['Mã số thuế', 'masothue', 'Mã số doanh nghiệp', 'taxCode']);

// TK-07: the personal account area.
const PERSONAL_URLS = urls(['/ho-so-ca-nhan', '/dvc-cua-toi', '/dich-vu-cong-cua-toi']);
const PERSONAL_LABELS = phrase(['Hồ sơ cá nhân', 'Dịch vụ công của tôi', 'Thông tin tài khoản', 'Tài khoản của tôi', 'Quản lý tài khoản']);

const tk01: Check = (page) => {
  const visible = vneidSignIn(page);
  if (visible.length > 0) return strong(visible);
  const code = codeMatches(page, VNEID_CODE);
  const reached = code.filter((m) => m.reach !== 'uncalled').map((m) => codeEvidence(page, m));
  if (reached.length > 0) return weak(reached, { id: 'code.onlyInScript' });
  return none(code.length > 0 ? { id: 'code.uncalled' } : undefined);
};

const tk02: Check = (page) => {
  const found = nationalSignIn(page);
  if (found.strong.length > 0) return strong(found.strong);
  if (found.weak.length > 0) return weak(found.weak, { id: 'code.onlyInScript' });
  return none(found.uncalled.length > 0 ? { id: 'code.uncalled' } : undefined);
};

const tk03: Check = (page) => {
  const local = localSignupForms(page);
  if (local.length > 0) return failed(local, { id: 'TK-03.localForm' });
  const national = findLinks(page, { urls: NATIONAL_SIGNUP });
  const controls: Array<{ selector: string; words: string; href: string }> = [];
  for (const l of page.links) {
    const signup = SIGNUP_CONTROL.test(norm(l.link.text || l.link.label)) || (l.sameSite && SIGNUP_ROUTE(l.href));
    if (signup) controls.push({ selector: l.selector, words: l.link.text || l.link.label, href: l.href });
  }
  for (const b of page.snap.buttons) if (SIGNUP_CONTROL.test(norm(b.text))) controls.push({ selector: b.selector, words: b.text, href: '' });
  const localControls = controls.filter((c) => !NATIONAL_ACCOUNT_HOST.test(hostOf(c.href)));
  const shown = new Set(controls.map((c) => c.selector));
  const evidence = anyOf(
    controls.map((c) => evidenceAt(page.url, c.selector, c.href ? `${c.words} → ${c.href}` : c.words)),
    national.filter((e) => !shown.has(e.selector)),
  );
  if (localControls.length > 0) return weak(evidence, { id: 'TK-03.localLink' });
  return { evidence };
};

const tk04: Check = (page) => {
  const login = isLoginPage(page);
  const national = nationalSignIn(page).strong;
  const citizen = anyOf(
    scanText(page, (t) => CITIZEN_LOGIN.test(t.norm), { maxLength: 80 }),
    login ? scanText(page, (t) => CITIZEN_TABS(t.norm), { maxLength: 80, needs: CITIZEN_TABS }) : [],
    // The citizens' door through the national portal or VNeID is theirs (TK-02, TK-01).
    national,
    vneidSignIn(page),
  );
  const officer = anyOf(
    scanText(page, (t) => OFFICER_LOGIN.test(t.norm), { maxLength: 80 }),
    login ? scanText(page, (t) => OFFICER_TABS(t.norm), { maxLength: 80, needs: OFFICER_TABS }) : [],
    page.links.filter((l) => l.sameSite && OFFICER_URLS(l.href) && /đăng nhập|login|cán bộ/u.test(l.norm)).map((l) => linkEvidence(page, l)),
    findLinks(page, { urls: urls(['/c/portal/login']) }),
  );
  if (citizen.length > 0 && officer.length > 0) return strong(anyOf(citizen.slice(0, 2), officer.slice(0, 2)));
  if (citizen.length > 0) return failed(citizen, { id: 'TK-04.onlyCitizen' });
  if (officer.length > 0) return failed(officer, { id: 'TK-04.onlyOfficer' });
  return none();
};

const tk05: Check = (page) => ({
  evidence: anyOf(findText(page, POPULATION_DB), codeMatches(page, POPULATION_DB_CODE).map((m) => codeEvidence(page, m))),
});

const tk06: Check = (page) => ({
  evidence: anyOf(
    scanText(page, (t) => ORG_LOGIN.test(t.norm), { maxLength: 80 }),
    findText(page, ORG_ACCOUNT),
    isLoginPage(page) ? scanText(page, (t) => ORG_TABS(t.norm), { maxLength: 80, needs: ORG_TABS }) : [],
    findInputs(page, TAX_CODE, { names: TAX_CODE_NAME }),
  ),
});

const tk07: Check = (page) => ({
  evidence: anyOf(
    PERSONAL_URLS(page.url) ? [evidenceAt(page.url, 'html', page.url)] : [],
    findLinks(page, { urls: PERSONAL_URLS, labels: PERSONAL_LABELS, slugs: true }),
    findText(page, PERSONAL_LABELS),
  ),
});

export const accountChecks: Checks = { 'TK-01': tk01, 'TK-02': tk02, 'TK-03': tk03, 'TK-04': tk04, 'TK-05': tk05, 'TK-06': tk06, 'TK-07': tk07 };
