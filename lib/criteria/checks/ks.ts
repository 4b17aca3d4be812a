import type { Check, Checks } from '../check';
import { findLinks, findScripts, findText, pageAt } from '../find';
import { anyOf, dedupe, evidenceAt, phrase, urls } from '../match';
import type { Evidence } from '../types';
import type { PageView } from '../views';
import { norm } from './common';

/** KS — digital signing, including remote signing for organisations and individuals. */

/**
 * Buttons and action links whose caption begins with "Ký số" ("Ký số",
 * "Ký số tệp đính kèm"): the signing action itself, unlike articles about
 * "chữ ký số" that merely mention the words, menu links to guides, or remote
 * signing ("Ký số từ xa", KS-02).
 */
const SIGN_ACTION = /^ký số(?![\p{L}\p{N}])(?! từ xa)/u;
function signActions(page: PageView): Evidence[] {
  // A link is an action when it leads nowhere else: script handlers, "#", or the page itself.
  const isAction = (href: string) => /^javascript:/i.test(href) || href.endsWith('#') || href === page.url;
  const out: Evidence[] = [];
  for (const b of page.snap.buttons) if (SIGN_ACTION.test(norm(b.text))) out.push(evidenceAt(page.url, b.selector, b.text));
  for (const l of page.links) if (isAction(l.href) && (SIGN_ACTION.test(l.norm) || SIGN_ACTION.test(l.normLabel))) out.push(evidenceAt(page.url, l.selector, l.link.text || l.link.label));
  return dedupe(out);
}

/** Signing plugins: VGCA (Ban Cơ yếu, used by OpenCPS), VNPT-CA plugin, portals' own esign*.js / kyso.js. */
const SIGN_PLUGIN_SCRIPTS = urls([/vgcaplugin/i, /\/esign[^/]{0,60}\.js/i, /\/kyso[^/]{0,60}\.js/i, /vnpt[-_]?(?:cams[-_])?plugin[^/]{0,60}\.js/i]);
/** Calls into the plugins from inline code (commented-out calls never reach the snapshot). */
const SIGN_PLUGIN_CALLS = [/\bvgca_sign_\w{1,40}\s*\(/, /\bvnpt_plugin\.\w{1,40}\s*\(/];
const SIGN_LABELS = phrase([
  'Ký số thành phần hồ sơ',
  'Ký số tệp đính kèm',
  'Ký số tài liệu',
  'Ký số giấy tờ',
  'Ký số hồ sơ',
  'Ký số tệp tin',
  'Ký số bằng USB Token',
  'Ký số bằng Token',
]);

/** Remote signing (ký số từ xa) through a public CA or the NEAC eSign hub. */
const REMOTE_SIGN = phrase(['Ký số từ xa', 'Thông tin ký số', 'Tài khoản ký số', 'Lấy chứng thư số', 'Chọn chứng thư số', 'Nhà cung cấp dịch vụ ký số', 'SmartCA', 'MySign', 'Cổng eSign']);
/** Public CAs offering remote signing; named alone they are only evidence on a page about signing. */
const CA_PROVIDERS = phrase(['VNPT-CA', 'VNPT CA', 'Viettel-CA', 'Viettel CA', 'CA2', 'BkavCA', 'Bkav-CA', 'FPT-CA', 'FPT CA', 'TrustCA', 'MISA-CA', 'MISA CA', 'Nacencomm']);
const SIGNING_CONTEXT = phrase(['Ký số', 'Chữ ký số', 'Chứng thư số']);

/** Certificates of organisations and businesses, as opposed to personal ones. */
const ORG_SIGN = phrase([
  'Ký số tổ chức',
  'Ký số của tổ chức',
  'Ký số doanh nghiệp',
  'Ký số từ xa cho tổ chức',
  'Chữ ký số tổ chức',
  'Chữ ký số của tổ chức',
  'Chữ ký số doanh nghiệp',
  'Chữ ký số của doanh nghiệp',
  'Chứng thư số tổ chức',
  'Chứng thư số của tổ chức',
  'Chứng thư số doanh nghiệp',
]);
/** In a signing form, a choice of certificate holder labelled just "Tổ chức" / "Doanh nghiệp". */
const ORG_HOLDER_CHOICES = new Set(['tổ chức', 'doanh nghiệp', 'tổ chức, doanh nghiệp', 'tổ chức/doanh nghiệp']);

const PERSONAL_SIGNATURE = phrase(['Chữ ký số cá nhân', 'Quản lý chữ ký số', 'Chữ ký số của tôi', 'Thông tin chữ ký số', 'Cấu hình chữ ký số']);
const PERSONAL_SIGNATURE_ROUTES = urls(['chu-ky-so-ca-nhan', 'dvc-chu-ky-so', 'quan-ly-chu-ky-so']);

/** Signals about the signature on an electronic result, and the result files themselves. */
const SIGNED_RESULT = phrase(['Đã ký số', 'Văn bản đã ký số', 'Kết quả đã được ký số', 'Kiểm tra chữ ký số', 'Xác thực chữ ký số', 'Xác minh chữ ký số', 'Xác thực văn bản ký số']);
const E_RESULT_DOWNLOADS = phrase(['Kết quả điện tử', 'Tải kết quả', 'Tải về kết quả', 'Tải file kết quả', 'Tải tệp kết quả', 'Xem kết quả điện tử']);

const ks02: Check = (page) => {
  const providers = findText(page, SIGNING_CONTEXT, { cap: 1 }).length > 0 ? findText(page, CA_PROVIDERS) : [];
  return { evidence: anyOf(findText(page, REMOTE_SIGN), providers) };
};

const ks03: Check = (page) => {
  const signing = findText(page, REMOTE_SIGN, { cap: 1 }).length > 0 || findText(page, SIGNING_CONTEXT, { cap: 1 }).length > 0;
  const choices = signing
    ? page.snap.forms
        .flatMap((f) => f.inputs)
        .filter((i) => ORG_HOLDER_CHOICES.has(norm(i.label)))
        .map((i) => evidenceAt(page.url, i.selector, i.label))
    : [];
  return { evidence: anyOf(findText(page, ORG_SIGN), choices) };
};

const ks05: Check = (page) => {
  const evidence = anyOf(findText(page, SIGNED_RESULT), findLinks(page, { labels: E_RESULT_DOWNLOADS }), findText(page, E_RESULT_DOWNLOADS));
  return evidence.length > 0 ? { evidence, message: { id: 'KS-05.checkThePdf' } } : { evidence };
};

export const signingChecks: Checks = {
  'KS-01': (page) => ({
    evidence: anyOf(findScripts(page, { src: SIGN_PLUGIN_SCRIPTS, code: SIGN_PLUGIN_CALLS }), signActions(page), findText(page, SIGN_LABELS)),
  }),
  'KS-02': ks02,
  'KS-03': ks03,
  'KS-04': (page) => ({
    evidence: anyOf(
      pageAt(page, PERSONAL_SIGNATURE_ROUTES),
      findLinks(page, { urls: PERSONAL_SIGNATURE_ROUTES, labels: PERSONAL_SIGNATURE, slugs: true }),
      findText(page, PERSONAL_SIGNATURE),
    ),
  }),
  'KS-05': ks05,
};
