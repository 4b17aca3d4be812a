import type { Check, Checks } from '../check';
import { findImages, findInputs, findLinks, findText, pageAt, scanText } from '../find';
import { anyOf, evidenceAt, exact, inside, phrase, urls } from '../match';
import { routes } from '../platforms';
import type { Evidence } from '../types';
import { NATIONAL_PORTAL, type PageView } from '../views';
import { codeEvidence, codeMatches, failed, norm, weak } from './common';

/** TT — online service levels and online submission. */

// TT-01: the Decree 42/2022 levels as a badge or a label value, e.g. "Toàn trình",
// "DVC một phần", "Mức độ: Toàn trình", "Toàn trình (125)" in a filter.
const LEVEL_BADGE =
  /^(?:(?:mức độ(?: dvc| dvctt| dịch vụ công(?: trực tuyến)?)?|loại dvc|dvctt|dịch vụ công trực tuyến)\s?:\s?)?(?:dịch vụ công trực tuyến|dịch vụ công|dvc trực tuyến|dvctt|dvc)?\s?(?:toàn trình|một phần)(?:\s?\(\d{1,6}\))?$/u;
// Pre-2022 wording: "Mức độ 3", "Mức độ 3/4", "DVC mức 4", "Dịch vụ công trực tuyến mức độ 4".
const LEGACY_LEVEL = /(?<![\p{L}\p{N}])mức độ\s?:?\s?[234](?![\p{N}])|(?:dvc|dvctt|dịch vụ công(?: trực tuyến)?)\s(?:mức|mức độ)\s?[234](?![\p{N}])/u;
const trimEnds = (s: string) => s.replace(/^[^\p{L}\p{N}]{1,20}/u, '').replace(/[^\p{L}\p{N})]{1,20}$/u, '');

const tt01: Check = (page) => {
  const current = scanText(page, (t) => LEVEL_BADGE.test(trimEnds(t.norm)), { maxLength: 80 });
  const legacy = scanText(page, (t) => LEGACY_LEVEL.test(t.norm), { maxLength: 400 });
  if (current.length > 0)
    return legacy.length > 0
      ? { evidence: anyOf(current.slice(0, 3), legacy.slice(0, 2)), message: { id: 'TT-01.alsoLegacy' } }
      : { evidence: current };
  if (legacy.length > 0) return failed(legacy, { id: 'TT-01.legacyOnly' });
  return { evidence: [] };
};

// TT-02: the submit control itself, not "Hướng dẫn nộp hồ sơ trực tuyến".
const SUBMIT_LABELS = exact([
  'Nộp hồ sơ trực tuyến',
  'Nộp trực tuyến',
  'Nộp hồ sơ',
  'Nộp hồ sơ ngay',
  'Nộp DVC trực tuyến',
  'Nộp dịch vụ công trực tuyến',
  'Đăng ký trực tuyến',
  'Khai báo hồ sơ mới',
  'Khai báo hồ sơ',
  'Nộp hồ sơ mới',
]);
const NOT_ELIGIBLE = phrase(['Thủ tục đã chọn không phải là thủ tục toàn trình, một phần']);
const SUBMIT_ROUTE = routes('submission');

/** A submit control written by the page's script: markup in a string, "<button …>Nộp hồ sơ <span…". Linear. */
const SCRIPTED_SUBMIT = /<(?:button|a)\b[^<>]{0,300}>\s{0,5}(?:Nộp hồ sơ(?: trực tuyến)?|Nộp trực tuyến|Nộp DVC trực tuyến)\s{0,5}</giu;

const tt02: Check = (page) => {
  const evidence = anyOf(
    scanText(page, (t) => (t.kind === 'link' || t.kind === 'button' || t.kind === 'text') && SUBMIT_LABELS(t.norm), { maxLength: 80, needs: SUBMIT_LABELS }),
    findText(page, NOT_ELIGIBLE),
    pageAt(page, SUBMIT_ROUTE),
    findLinks(page, { urls: SUBMIT_ROUTE }),
  );
  if (evidence.length === 0) {
    // The control exists only once the page's script has drawn it (for the procedures whose level allows it).
    const scripted = codeMatches(page, SCRIPTED_SUBMIT);
    if (scripted.length > 0) return weak(scripted.slice(0, 2).map((m) => codeEvidence(page, m)), { id: 'TT-02.scripted' });
    return { evidence };
  }
  if (NATIONAL_PORTAL.test(page.url)) return { evidence };
  // Every submit control leads to dichvucong.gov.vn: submission is delegated to the national portal.
  const national = page.nationalLinks.map((l) => l.selector);
  const inNational = (selector: string) => national.some((s) => inside(selector, s));
  return evidence.every((e) => inNational(e.selector)) ? { evidence, message: { id: 'delegated' } } : { evidence };
};

// TT-03: an applicant form with fields, on a submission page (not a login, lookup or feedback form).
const EFORM = phrase(['Biểu mẫu điện tử', 'Tờ khai điện tử', 'Tờ khai trực tuyến', 'eForm', 'e-Form', 'Điền tờ khai', 'Kê khai trực tuyến', 'Nhập thông tin tờ khai']);
const APPLICANT_FIELD = phrase([
  'Họ và tên',
  'Họ tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Số CMND',
  'Số CCCD/CMND',
  'Căn cước công dân',
  'Số định danh cá nhân',
  'Số giấy tờ tùy thân',
  'Địa chỉ thường trú',
  'Nơi cư trú',
  'Số điện thoại',
  'Email',
  'Quốc tịch',
  'Dân tộc',
]);
const SUBMISSION_CONTEXT = phrase([
  'Thông tin người nộp',
  'Thông tin người nộp hồ sơ',
  'Thông tin chủ hồ sơ',
  'Thông tin người đề nghị',
  'Thông tin người yêu cầu',
  'Thành phần hồ sơ',
  'Nộp hồ sơ trực tuyến',
]);
const MIN_APPLICANT_FIELDS = 3;

function applicantForms(page: PageView): Evidence[] {
  if (findText(page, SUBMISSION_CONTEXT, { cap: 1 }).length === 0) return [];
  const out: Evidence[] = [];
  for (const f of page.snap.forms) {
    const fields = f.inputs.filter(
      (i) => !['file', 'hidden', 'password'].includes(i.type) && (APPLICANT_FIELD(norm(i.label)) || APPLICANT_FIELD(norm(i.placeholder))),
    );
    if (fields.length >= MIN_APPLICANT_FIELDS) out.push(evidenceAt(page.url, f.selector, fields.map((i) => i.label || i.placeholder).join(' · ')));
  }
  return out;
}

// TT-04: prefill from existing data.
const PREFILL = phrase([
  'Lấy thông tin từ CSDL quốc gia về dân cư',
  'Lấy thông tin từ Cơ sở dữ liệu quốc gia về dân cư',
  'Lấy thông tin từ CSDLQG về dân cư',
  'Lấy thông tin công dân',
  'Lấy thông tin từ VNeID',
  'Đồng bộ thông tin từ VNeID',
  'Lấy thông tin từ tài khoản',
  'Điền thông tin từ tài khoản',
  'Sử dụng thông tin tài khoản',
  'Tự động điền',
  'Điền tự động',
]);
const PREFILL_CODE = /ChiaSeThongTinCongDan|LayThongTinCongDan/gi;

// TT-05 … TT-08: labels in short texts only (a control, a chip, a field), not in the prose of a procedure's steps.
const SHORT = 80;
const REUSE = phrase([
  'Chọn từ kho',
  'Lấy từ kho',
  'Chọn giấy tờ từ kho',
  'Chọn từ kết quả đã có',
  'Chọn giấy tờ đã số hóa',
  'Sử dụng lại giấy tờ',
  'Tái sử dụng giấy tờ',
  'Tái sử dụng thành phần hồ sơ',
  'Tái sử dụng kết quả',
]);
const REUSE_CODE = /CoTaiSuDungTPHS\w{0,40}/g;
const DELIVERY = phrase([
  'Hình thức nhận kết quả',
  'Phương thức nhận kết quả',
  'Cách thức nhận kết quả',
  'Chọn hình thức nhận kết quả',
  'Nhận kết quả qua dịch vụ bưu chính',
  'Nhận kết quả qua bưu chính',
  'Nhận kết quả qua bưu điện',
  'Trả kết quả qua dịch vụ bưu chính',
  'Địa chỉ nhận kết quả',
]);
const VNPOST_SCRIPT = urls([/vn_?post/i]);
const VNPOST_CODE = /vn_post\.json/gi;
const RECEIPT = phrase([
  'Phiếu tiếp nhận hồ sơ và hẹn trả kết quả',
  'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  'Phiếu tiếp nhận hồ sơ',
  'Giấy tiếp nhận hồ sơ',
  'Biên nhận hồ sơ',
  'Giấy biên nhận',
  'Giấy biên nhận hồ sơ',
  'Phiếu hẹn trả kết quả',
  'Ngày hẹn trả',
  'Ngày hẹn trả kết quả',
]);
const RECEIPT_URLS = urls(['phieu-tiep-nhan', 'phieutiepnhan', 'bien-nhan']);
const ADDITIONAL = phrase([
  'Yêu cầu bổ sung',
  'Yêu cầu bổ sung hồ sơ',
  'Bổ sung hồ sơ',
  'Chờ bổ sung',
  'Cần bổ sung',
  'Nộp bổ sung',
  'Hồ sơ bổ sung',
  'Thông báo bổ sung',
  'Bổ sung giấy tờ',
  'Trao đổi với cán bộ',
]);

// TT-09: responsive layout declared, or a mobile route.
const DEVICE_WIDTH = /(?:^|[\s,;])width\s*=\s*device-width/i;
const MOBILE_ROUTE = urls([/\/mobile(?:[/?#]|$)/i]);

// TT-10: notifications.
const NOTIFY_LINKS = urls(['zalo.me/', 'oa.zalo.me', 'link-quan-tam-zalo']);
const NOTIFY_IMAGES = { src: urls([/link-quan-tam-zalo|zalo[^/]{0,40}(?:qr|oa)|qr[^/]{0,40}zalo/i]), alt: phrase(['Zalo OA', 'Quét để quan tâm']) };
const NOTIFY = phrase([
  'Quét để quan tâm',
  'Quét mã để quan tâm',
  'Quan tâm Zalo OA',
  'Zalo OA',
  'Nhận thông báo qua Zalo',
  'Thông báo qua Zalo',
  'Nhận thông báo qua SMS',
  'Thông báo qua SMS',
  'Nhận thông báo qua email',
  'Thông báo qua email',
  'Nhận tin nhắn SMS',
  'Đăng ký nhận thông báo',
]);
const NOTIFY_INPUTS = phrase(['Nhận thông báo qua email', 'Nhận thông báo qua SMS', 'Nhận thông báo qua Zalo']);

export const onlineServiceChecks: Checks = {
  'TT-01': tt01,
  'TT-02': tt02,
  'TT-03': (page) => ({ evidence: anyOf(findText(page, EFORM), applicantForms(page)) }),
  'TT-04': (page) => ({ evidence: anyOf(findText(page, PREFILL), codeMatches(page, PREFILL_CODE).map((m) => codeEvidence(page, m))) }),
  'TT-05': (page) => ({ evidence: anyOf(findText(page, REUSE, { maxLength: SHORT }), codeMatches(page, REUSE_CODE).map((m) => codeEvidence(page, m))) }),
  'TT-06': (page) => ({
    evidence: anyOf(
      findText(page, DELIVERY, { maxLength: SHORT }),
      page.externalScripts.filter((s) => VNPOST_SCRIPT(s.src)).map((s) => evidenceAt(page.url, s.selector, s.src)),
      codeMatches(page, VNPOST_CODE).map((m) => codeEvidence(page, m)),
    ),
  }),
  'TT-07': (page) => ({ evidence: anyOf(findText(page, RECEIPT, { maxLength: SHORT }), findLinks(page, { urls: RECEIPT_URLS })) }),
  'TT-08': (page) => ({ evidence: findText(page, ADDITIONAL, { maxLength: SHORT }) }),
  'TT-09': (page) => {
    const viewport = page.snap.viewport;
    const meta: Evidence[] = viewport !== null ? [evidenceAt(page.url, 'meta[name="viewport"]', viewport)] : [];
    if (viewport !== null && DEVICE_WIDTH.test(viewport)) return { evidence: meta };
    const mobile = anyOf(pageAt(page, MOBILE_ROUTE), findLinks(page, { urls: MOBILE_ROUTE }));
    if (mobile.length > 0) return { evidence: mobile };
    if (viewport !== null) return failed(meta, { id: 'TT-09.fixedWidth' });
    return { evidence: [] };
  },
  'TT-10': (page) => ({
    evidence: anyOf(
      findLinks(page, { urls: NOTIFY_LINKS }),
      findImages(page, NOTIFY_IMAGES),
      findText(page, NOTIFY),
      findInputs(page, NOTIFY_INPUTS),
    ),
  }),
};
