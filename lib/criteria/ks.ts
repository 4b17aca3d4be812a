import type { PageSnapshot } from '../snapshot/schema';
import { normalizeVi } from '../text/vietnamese';
import { anyOf, dedupe, excerpt, findLinks, findScripts, findText, pageAt } from './match';
import type { Evidence, Group, Localized } from './types';

/**
 * Buttons and action links whose caption begins with "Ký số" ("Ký số",
 * "Ký số tệp đính kèm"): the signing action itself, unlike articles about
 * "chữ ký số" that merely mention the words, menu links to guides, or remote
 * signing ("Ký số từ xa", KS-02).
 */
function signActions(page: PageSnapshot): Evidence[] {
  const starts = (text: string) => /^ký số(?![\p{L}\p{N}])(?! từ xa)/u.test(normalizeVi(text));
  // A link is an action when it leads nowhere else: script handlers, "#", or the page itself.
  const isAction = (href: string) => /^javascript:/i.test(href) || href.endsWith('#') || href === page.url;
  const out: Evidence[] = [];
  for (const b of page.buttons) if (starts(b.text)) out.push({ pageUrl: page.url, selector: b.selector, text: excerpt(b.text) });
  for (const l of page.links)
    if (isAction(l.href) && (starts(l.text) || starts(l.label)))
      out.push({ pageUrl: page.url, selector: l.selector, text: excerpt(l.text || l.label) });
  return dedupe(out);
}

/** Signing plugins: VGCA (Ban Cơ yếu, used by OpenCPS), VNPT-CA plugin, portals' own esign*.js / kyso.js. */
const SIGN_PLUGIN_SCRIPTS: (string | RegExp)[] = [/vgcaplugin/i, /\/esign[^/]*\.js/i, /\/kyso[^/]*\.js/i, /vnpt[-_]?(?:cams[-_])?plugin[^/]*\.js/i];
/** Calls into the plugins from inline code (commented-out calls never reach the snapshot). */
const SIGN_PLUGIN_CALLS = [/\bvgca_sign_\w+\s*\(/, /\bvnpt_plugin\.\w+\s*\(/];
const SIGN_LABELS = [
  'Ký số thành phần hồ sơ',
  'Ký số tệp đính kèm',
  'Ký số tài liệu',
  'Ký số giấy tờ',
  'Ký số hồ sơ',
  'Ký số tệp tin',
  'Ký số bằng USB Token',
  'Ký số bằng Token',
];

/** Remote signing (ký số từ xa) through a public CA or the NEAC eSign hub. */
const REMOTE_SIGN_LABELS = [
  'Ký số từ xa',
  'Thông tin ký số',
  'Tài khoản ký số',
  'Lấy chứng thư số',
  'Chọn chứng thư số',
  'Nhà cung cấp dịch vụ ký số',
  'SmartCA',
  'MySign',
  'Cổng eSign',
];
/** Public CAs offering remote signing; named alone they are only evidence on a page about signing. */
const CA_PROVIDERS = [
  'VNPT-CA',
  'VNPT CA',
  'Viettel-CA',
  'Viettel CA',
  'CA2',
  'BkavCA',
  'Bkav-CA',
  'FPT-CA',
  'FPT CA',
  'TrustCA',
  'MISA-CA',
  'MISA CA',
  'Nacencomm',
];
const SIGNING_CONTEXT = ['Ký số', 'Chữ ký số', 'Chứng thư số'];

/** Certificates of organisations and businesses, as opposed to personal ones. */
const ORG_SIGN_LABELS = [
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
];
/** In a signing form, a choice of certificate holder labelled just "Tổ chức" / "Doanh nghiệp". */
const ORG_HOLDER_CHOICES = ['tổ chức', 'doanh nghiệp', 'tổ chức, doanh nghiệp', 'tổ chức/doanh nghiệp'];

const PERSONAL_SIGNATURE_LABELS = ['Chữ ký số cá nhân', 'Quản lý chữ ký số', 'Chữ ký số của tôi', 'Thông tin chữ ký số', 'Cấu hình chữ ký số'];
const PERSONAL_SIGNATURE_ROUTES = ['chu-ky-so-ca-nhan', 'dvc-chu-ky-so', 'quan-ly-chu-ky-so'];

/** Signals about the signature on an electronic result, and the result files themselves. */
const SIGNED_RESULT_LABELS = [
  'Đã ký số',
  'Văn bản đã ký số',
  'Kết quả đã được ký số',
  'Kiểm tra chữ ký số',
  'Xác thực chữ ký số',
  'Xác minh chữ ký số',
  'Xác thực văn bản ký số',
];
const E_RESULT_DOWNLOADS = ['Kết quả điện tử', 'Tải kết quả', 'Tải về kết quả', 'Tải file kết quả', 'Tải tệp kết quả', 'Xem kết quả điện tử'];
const CHECK_THE_PDF: Localized = {
  vi: 'Tải một tệp kết quả điện tử mẫu và kiểm tra chữ ký số của cơ quan trong phần mềm đọc PDF (có /ByteRange, /Contents và tên đơn vị ký).',
  en: 'Download a sample e-result and check the agency\'s signature in a PDF reader (it has /ByteRange, /Contents and the signer\'s name).',
};

export const digitalSigning: Group = {
  id: 'KS',
  title: { vi: 'Ký số, bao gồm ký số từ xa của tổ chức, cá nhân', en: 'Digital signing, including remote signing' },
  criteria: [
    {
      id: 'KS-01',
      group: 'KS',
      title: { vi: 'Ký số thành phần hồ sơ khi nộp (token)', en: 'Citizen signs uploaded files (USB token)' },
      basis: 'TT 21/2023 group "ký số" [P]; news group',
      method: 'auto*',
      howToVerify: {
        vi: 'Trên trang nộp hồ sơ, cạnh tệp đính kèm có nút "Ký số" và trang nạp plugin ký số (vgcaplugin.js của Ban Cơ yếu, plugin VNPT-CA, esign*.js/kyso.js). Thử ký một tệp bằng USB token để xác nhận.',
        en: 'On the submission page, attachments have a "Ký số" (sign) button and the page loads a signing plugin (Ban Cơ yếu vgcaplugin.js, VNPT-CA plugin, esign*.js/kyso.js). Sign a file with a USB token to confirm.',
      },
      check: (page) => ({
        evidence: anyOf(
          findScripts(page, { src: SIGN_PLUGIN_SCRIPTS, code: SIGN_PLUGIN_CALLS }),
          signActions(page),
          findText(page, SIGN_LABELS),
        ),
      }),
    },
    {
      id: 'KS-02',
      group: 'KS',
      title: { vi: 'Ký số từ xa (cá nhân) qua CA công cộng / Cổng eSign NEAC', en: 'Remote signing for individuals' },
      basis: 'news group; TT 17/2025/TT-BKHCN (NEAC interop) [P]; NĐ 23/2025 [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Khi ký số tệp đính kèm, có lựa chọn ký số từ xa: hộp "Thông tin ký số" với "Nhà cung cấp" (VNPT-CA, Viettel-CA, CA2, BkavCA, FPT-CA, TrustCA, MISA-CA), "Tài khoản ký số", nút "Lấy chứng thư số". Thử ký bằng tài khoản ký số từ xa cá nhân và xác nhận tệp được ký.',
        en: 'Signing an attachment offers remote signing: a "Thông tin ký số" dialog with a provider choice (VNPT-CA, Viettel-CA, CA2, BkavCA, FPT-CA, TrustCA, MISA-CA), a signing account, a "Lấy chứng thư số" (get certificate) button. Sign with a personal remote-signing account and confirm the file is signed.',
      },
      check: (page) => {
        const providers = findText(page, SIGNING_CONTEXT).length > 0 ? findText(page, CA_PROVIDERS) : [];
        return { evidence: anyOf(findText(page, REMOTE_SIGN_LABELS), providers) };
      },
    },
    {
      id: 'KS-03',
      group: 'KS',
      title: { vi: 'Ký số từ xa của tổ chức/doanh nghiệp', en: 'Remote signing for organisations' },
      basis: 'news group [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập bằng tài khoản tổ chức/doanh nghiệp thử và ký một tệp đính kèm: xác nhận chọn được chứng thư số của tổ chức (ký số từ xa hoặc token của doanh nghiệp).',
        en: 'Sign in with a test organisation account and sign an attachment: confirm an organisation certificate can be chosen (remote signing or the business\'s token).',
      },
      check: (page) => {
        const signing = findText(page, [...REMOTE_SIGN_LABELS, ...SIGNING_CONTEXT]).length > 0;
        const holder = (label: string) => ORG_HOLDER_CHOICES.includes(normalizeVi(label));
        const choices = signing
          ? page.forms
              .flatMap((f) => f.inputs)
              .filter((i) => holder(i.label))
              .map((i) => ({ pageUrl: page.url, selector: i.selector, text: excerpt(i.label) }))
          : [];
        return { evidence: anyOf(findText(page, ORG_SIGN_LABELS), choices) };
      },
    },
    {
      id: 'KS-04',
      group: 'KS',
      title: { vi: 'Quản lý chữ ký số cá nhân trong tài khoản', en: 'Personal signature settings' },
      basis: '[I] from a real provincial portal',
      method: 'assisted',
      howToVerify: {
        vi: 'Trong khu vực cá nhân có mục "Chữ ký số cá nhân" (ví dụ /ho-so-ca-nhan/dvc-chu-ky-so-ca-nhan). Mở mục đó bằng tài khoản thử để xác nhận khai báo, xem được chứng thư số của mình.',
        en: 'The personal area has a "Chữ ký số cá nhân" (personal signature) entry (e.g. /ho-so-ca-nhan/dvc-chu-ky-so-ca-nhan). Open it with a test account to confirm one can register and see one\'s certificate.',
      },
      check: (page) => ({
        evidence: anyOf(
          pageAt(page, PERSONAL_SIGNATURE_ROUTES),
          findLinks(page, { urls: PERSONAL_SIGNATURE_ROUTES, labels: PERSONAL_SIGNATURE_LABELS, slugs: true }),
          findText(page, PERSONAL_SIGNATURE_LABELS),
        ),
      }),
    },
    {
      id: 'KS-05',
      group: 'KS',
      title: { vi: 'Kết quả điện tử được cơ quan ký số (có giá trị pháp lý)', en: 'E-results signed by the agency' },
      basis: 'NĐ 45/2020 [K]; NĐ 68/2024 chữ ký số chuyên dùng công vụ [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tải một kết quả điện tử mẫu (từ tra cứu hồ sơ hoặc kho dữ liệu) và mở bằng phần mềm đọc PDF: xác nhận có chữ ký số hợp lệ của cơ quan giải quyết (trường /ByteRange, /Contents, tên đơn vị ký).',
        en: 'Download a sample e-result (from the lookup or the data store) and open it in a PDF reader: confirm it carries a valid digital signature of the deciding agency (/ByteRange, /Contents, signer\'s name).',
      },
      check: (page) => {
        const evidence = anyOf(
          findText(page, SIGNED_RESULT_LABELS),
          findLinks(page, { labels: E_RESULT_DOWNLOADS }),
          findText(page, E_RESULT_DOWNLOADS),
        );
        return evidence.length > 0 ? { evidence, message: CHECK_THE_PDF } : { evidence };
      },
    },
  ],
};
