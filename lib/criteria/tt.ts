import type { PageSnapshot } from '../snapshot/schema';
import { normalizeVi } from '../text/vietnamese';
import { anyOf, DELEGATED, excerpt, findImages, findInputs, findLinks, findScripts, findText, labelMatcher, NATIONAL_PORTAL, pageAt, scanText } from './match';
import { type CheckResult, type Evidence, type Group } from './types';

/** Text without leading/trailing punctuation or icons: "» Nộp hồ sơ trực tuyến" -> "nộp hồ sơ trực tuyến". */
const bare = (norm: string) => norm.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Elements whose whole text is one of the labels (badges, buttons). */
function findExact(page: PageSnapshot, labels: readonly string[]): Evidence[] {
  const wanted = new Set(labels.map((l) => bare(normalizeVi(l))));
  return scanText(page, (t) => wanted.has(bare(t.norm)), 80);
}

/** Longer than this is prose ("Trường hợp hồ sơ chưa đầy đủ, hướng dẫn bổ sung hồ sơ…"). */
const SHORT = 80;

/** Labels in short texts only (a control, a chip, a field), not in the prose of a procedure's steps. */
function findShort(page: PageSnapshot, labels: readonly string[], maxLength = SHORT): Evidence[] {
  const match = labelMatcher(labels);
  return scanText(page, (t) => match(t.norm), maxLength);
}


// TT-01: the Decree 42/2022 levels as a badge or a label value, e.g. "Toàn trình",
// "DVC một phần", "Mức độ: Toàn trình", "Toàn trình (125)" in a filter.
const LEVEL_BADGE =
  /^(?:(?:mức độ(?: dvc| dvctt| dịch vụ công(?: trực tuyến)?)?|loại dvc|dvctt|dịch vụ công trực tuyến)\s*:\s*)?(?:dịch vụ công trực tuyến|dịch vụ công|dvc trực tuyến|dvctt|dvc)?\s*(?:toàn trình|một phần)(?:\s*\(\d+\))?$/u;
// Pre-2022 wording: "Mức độ 3", "Mức độ 3/4", "DVC mức 4", "Dịch vụ công trực tuyến mức độ 4".
const LEGACY_LEVEL =
  /(?<![\p{L}\p{N}])mức độ\s*:?\s*[234](?![\p{N}])|(?:dvc|dvctt|dịch vụ công(?: trực tuyến)?)\s+mức\s*[234](?![\p{N}])/u;
const trimEnds = (norm: string) => norm.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N})]+$/u, '');

// TT-02: the submit control itself, not "Hướng dẫn nộp hồ sơ trực tuyến".
const SUBMIT_LABELS = [
  'Nộp hồ sơ trực tuyến',
  'Nộp trực tuyến',
  'Nộp hồ sơ',
  'Nộp hồ sơ ngay',
  'Nộp DVC trực tuyến',
  'Nộp dịch vụ công trực tuyến',
];
const SUBMIT_ROUTE = /\/(?:mobile\/)?nop-?ho-?so(?:-truc-tuyen)?(?:[/?#.]|$)/i;

function submitOnline(page: PageSnapshot): CheckResult {
  const evidence = anyOf(
    findExact(page, SUBMIT_LABELS),
    findText(page, ['Thủ tục đã chọn không phải là thủ tục toàn trình, một phần']),
    pageAt(page, [SUBMIT_ROUTE]),
    findLinks(page, { urls: [SUBMIT_ROUTE] }),
  );
  if (evidence.length === 0 || NATIONAL_PORTAL.test(page.url)) return { evidence };
  // Every submit control leads to dichvucong.gov.vn: submission is delegated to the national portal.
  const national = new Set(page.links.filter((l) => NATIONAL_PORTAL.test(l.href)).map((l) => l.selector));
  const inNational = (selector: string) => [...national].some((s) => selector === s || selector.startsWith(`${s} > `));
  return evidence.every((e) => inNational(e.selector)) ? { evidence, message: DELEGATED } : { evidence };
}

// TT-03: an applicant form with fields, on a submission page (not a login, lookup or feedback form).
const EFORM_LABELS = ['Biểu mẫu điện tử', 'Tờ khai điện tử', 'Tờ khai trực tuyến', 'eForm', 'e-Form', 'Điền tờ khai', 'Kê khai trực tuyến', 'Nhập thông tin tờ khai'];
const APPLICANT_FIELD = labelMatcher([
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
const SUBMISSION_CONTEXT = [
  'Thông tin người nộp',
  'Thông tin người nộp hồ sơ',
  'Thông tin chủ hồ sơ',
  'Thông tin người đề nghị',
  'Thông tin người yêu cầu',
  'Thành phần hồ sơ',
  'Nộp hồ sơ trực tuyến',
];
const MIN_APPLICANT_FIELDS = 3;

function applicantForms(page: PageSnapshot): Evidence[] {
  if (findText(page, SUBMISSION_CONTEXT, 1).length === 0) return [];
  const out: Evidence[] = [];
  for (const f of page.forms) {
    const fields = f.inputs.filter(
      (i) => !['file', 'hidden', 'password'].includes(i.type.toLowerCase()) && (APPLICANT_FIELD(i.label) || APPLICANT_FIELD(i.placeholder)),
    );
    if (fields.length >= MIN_APPLICANT_FIELDS)
      out.push({
        pageUrl: page.url,
        selector: f.selector,
        text: excerpt(fields.map((i) => i.label || i.placeholder).join(' · ')),
      });
  }
  return out;
}

// TT-09: responsive layout declared, or a mobile route.
const DEVICE_WIDTH = /(?:^|[\s,;])width\s*=\s*device-width/i;
const MOBILE_ROUTE = /\/mobile(?:[/?#]|$)/i;

/** TT — online service levels and online submission. */
export const onlineServices: Group = {
  id: 'TT',
  title: { vi: 'Mức độ dịch vụ công trực tuyến và nộp hồ sơ', en: 'Online service levels and submission' },
  criteria: [
    {
      id: 'TT-01',
      group: 'TT',
      title: { vi: 'Gắn mức DVCTT toàn trình / một phần cho từng TTHC', en: 'Each TTHC labelled full or partial online' },
      basis: 'S7 [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Trong danh mục và trang chi tiết, mỗi TTHC có nhãn "Toàn trình" hoặc "Một phần" theo Nghị định 42/2022; cách gọi cũ "Mức độ 3/4" là lỗi thời và cần được thay.',
        en: 'In the catalogue and on detail pages, every procedure carries "Toàn trình" (full) or "Một phần" (partial) as in Decree 42/2022; the old "Mức độ 3/4" wording is outdated and must be replaced.',
      },
      check: (page) => {
        const current = scanText(page, (t) => LEVEL_BADGE.test(trimEnds(t.norm)), 80);
        const legacy = scanText(page, (t) => LEGACY_LEVEL.test(t.norm), 400);
        if (current.length > 0)
          return {
            // Keep room for the outdated wording among the capped evidence.
            evidence: legacy.length > 0 ? anyOf(current.slice(0, 3), legacy.slice(0, 2)) : current,
            ...(legacy.length > 0
              ? {
                  message: {
                    vi: 'Có nhãn toàn trình/một phần, nhưng trang vẫn dùng cách gọi cũ "Mức độ 3/4" (lỗi thời theo Nghị định 42/2022).',
                    en: 'Full/partial labels are shown, but the page still uses the outdated "Mức độ 3/4" wording (superseded by Decree 42/2022).',
                  },
                }
              : {}),
          };
        if (legacy.length > 0)
          return {
            state: 'not_met',
            evidence: legacy,
            message: {
              vi: 'TTHC chỉ được gắn mức theo cách gọi cũ "Mức độ 3/4", đã lỗi thời; Nghị định 42/2022 dùng "toàn trình" và "một phần".',
              en: 'Procedures are labelled only with the outdated "Mức độ 3/4" levels; Decree 42/2022 uses "toàn trình" (full) and "một phần" (partial).',
            },
          };
        return { evidence: [] };
      },
    },
    {
      id: 'TT-02',
      group: 'TT',
      title: { vi: 'Nút nộp trực tuyến trên trang TTHC đủ điều kiện', en: '"Submit online" on eligible procedures' },
      basis: 'S1 Art 6(b) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang chi tiết của TTHC toàn trình/một phần có nút "Nộp hồ sơ trực tuyến"; bấm thử để xác nhận mở được luồng nộp hồ sơ (hoặc chuyển sang Cổng DVC quốc gia).',
        en: 'The detail page of a full or partial online procedure has a "Nộp hồ sơ trực tuyến" button; click it to confirm the submission flow opens (or the national portal\'s).',
      },
      check: (page) => submitOnline(page),
    },
    {
      id: 'TT-03',
      group: 'TT',
      title: { vi: 'Biểu mẫu điện tử tương tác (e-form)', en: 'Interactive e-forms' },
      basis: 'S1 Art 6(d) [G]; TT 32/2017 e-Form definition [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập và bắt đầu nộp một TTHC: tờ khai phải là các ô nhập trên trang (họ tên, số định danh, nội dung đề nghị…), không chỉ là ô tải lên tệp đã điền sẵn.',
        en: 'Sign in and start a submission: the application form must be fields filled in on the page (name, ID number, request…), not only an upload of a pre-filled file.',
      },
      check: (page) => ({ evidence: anyOf(findText(page, EFORM_LABELS), applicantForms(page)) }),
    },
    {
      id: 'TT-04',
      group: 'TT',
      title: { vi: 'Tự động điền dữ liệu đã có', en: 'Prefill from existing data' },
      basis: 'S1 Art 6(a) [G]; ND 45/2020 [K]',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập bằng VNeID rồi mở tờ khai: họ tên, ngày sinh, số định danh, nơi cư trú phải được điền sẵn từ tài khoản/CSDL dân cư, người nộp không phải nhập lại.',
        en: 'Sign in with VNeID and open an application form: name, date of birth, ID number and residence must be prefilled from the account / population database.',
      },
      check: (page) => ({
        evidence: anyOf(
          findText(page, [
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
          ]),
          findScripts(page, { code: [/ChiaSeThongTinCongDan/i, /LayThongTinCongDan/i] }),
        ),
      }),
    },
    {
      id: 'TT-05',
      group: 'TT',
      title: { vi: 'Tái sử dụng giấy tờ đã số hóa/kết quả cũ', en: 'Reuse digitised documents and past results' },
      basis: 'S9 [P]; 766 digitisation (a real provincial portal `CoTaiSuDungTPHS`, `CoTaiSuDungTPHSTuDvcQg`) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Khi nộp hồ sơ, ở mỗi thành phần hồ sơ có lựa chọn "Chọn từ kho" (giấy tờ đã số hóa, kết quả cũ) thay cho tải tệp mới; chọn thử một giấy tờ để xác nhận.',
        en: 'When submitting, each required document offers "Chọn từ kho" (pick a digitised document or past result) instead of a new upload; try picking one to confirm.',
      },
      check: (page) => ({
        evidence: anyOf(
          findShort(page, [
            'Chọn từ kho',
            'Lấy từ kho',
            'Chọn giấy tờ từ kho',
            'Chọn từ kết quả đã có',
            'Chọn giấy tờ đã số hóa',
            'Sử dụng lại giấy tờ',
            'Tái sử dụng giấy tờ',
            'Tái sử dụng thành phần hồ sơ',
            'Tái sử dụng kết quả',
          ]),
          findScripts(page, { code: [/CoTaiSuDungTPHS/] }),
        ),
      }),
    },
    {
      id: 'TT-06',
      group: 'TT',
      title: { vi: 'Lựa chọn nhận kết quả (trực tuyến/bưu chính/trực tiếp)', en: 'Choice of result delivery' },
      basis: 'S1 Art 3(6), 6(p) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Trong luồng nộp hồ sơ có mục "Hình thức nhận kết quả" cho chọn nhận trực tuyến, qua bưu chính công ích hoặc trực tiếp; chọn bưu chính để xác nhận có nhập địa chỉ nhận.',
        en: 'The submission flow has "Hình thức nhận kết quả" (how to receive the result): online, by public postal service or in person; choose post to confirm a delivery address is asked.',
      },
      check: (page) => ({
        evidence: anyOf(
          findShort(page, [
            'Hình thức nhận kết quả',
            'Phương thức nhận kết quả',
            'Cách thức nhận kết quả',
            'Chọn hình thức nhận kết quả',
            'Nhận kết quả qua dịch vụ bưu chính',
            'Nhận kết quả qua bưu chính',
            'Nhận kết quả qua bưu điện',
            'Trả kết quả qua dịch vụ bưu chính',
            'Địa chỉ nhận kết quả',
          ]),
          findScripts(page, { src: [/vn_?post/i], code: [/vn_post\.json/i] }),
        ),
      }),
    },
    {
      id: 'TT-07',
      group: 'TT',
      title: { vi: 'Cấp mã hồ sơ, giấy tiếp nhận & hẹn trả điện tử', en: 'Dossier code and e-receipt issued' },
      basis: 'S2 Art 26 [G]; TT 03/2025 form 01 (S14)',
      method: 'assisted',
      howToVerify: {
        vi: 'Sau khi nộp thử hoặc tra cứu một hồ sơ: có mã hồ sơ và "Phiếu tiếp nhận hồ sơ và hẹn trả kết quả" điện tử (kèm mã QR) tải được.',
        en: 'After a test submission or a lookup: a dossier code and an electronic "Phiếu tiếp nhận hồ sơ và hẹn trả kết quả" (receipt with appointment, with QR code) can be downloaded.',
      },
      check: (page) => ({
        evidence: anyOf(
          findShort(page, [
            'Phiếu tiếp nhận hồ sơ và hẹn trả kết quả',
            'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
            'Phiếu tiếp nhận hồ sơ',
            'Giấy tiếp nhận hồ sơ',
            'Biên nhận hồ sơ',
            'Giấy biên nhận',
            'Phiếu hẹn trả kết quả',
            'Ngày hẹn trả',
            'Ngày hẹn trả kết quả',
          ]),
          findLinks(page, { urls: ['phieu-tiep-nhan', 'phieutiepnhan', 'bien-nhan'] }),
        ),
      }),
    },
    {
      id: 'TT-08',
      group: 'TT',
      title: { vi: 'Trao đổi, yêu cầu bổ sung hồ sơ trực tuyến', en: 'Online requests for additional documents' },
      basis: 'S1 Art 6(đ) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Trong "Dịch vụ công của tôi", hồ sơ được yêu cầu bổ sung hiện thông báo và cho nộp bổ sung trực tuyến; cần một hồ sơ thử ở trạng thái chờ bổ sung để xác nhận.',
        en: 'In "Dịch vụ công của tôi", a dossier asked for more documents shows the request and lets the applicant add them online; needs a test dossier awaiting documents to confirm.',
      },
      check: (page) => ({
        evidence: anyOf(
          findShort(page, [
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
          ]),
        ),
      }),
    },
    {
      id: 'TT-09',
      group: 'TT',
      title: { vi: 'Sử dụng được trên thiết bị di động', en: 'Mobile-usable' },
      basis: 'S1 Art 3(3) [G]; TT 32/2017 [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang khai báo <meta name="viewport" content="width=device-width…"> hoặc có phiên bản /mobile/; mở bằng chế độ thiết bị di động (rộng 375 px) để xác nhận không bị tràn ngang.',
        en: 'The page declares <meta name="viewport" content="width=device-width…"> or has a /mobile/ version; open it in device mode (375 px wide) to confirm nothing overflows sideways.',
      },
      check: (page) => {
        const viewport = page.viewport;
        const meta: Evidence[] =
          viewport !== null ? [{ pageUrl: page.url, selector: 'meta[name="viewport"]', text: excerpt(viewport) }] : [];
        if (viewport !== null && DEVICE_WIDTH.test(viewport)) return { evidence: meta };
        const mobile = anyOf(pageAt(page, [MOBILE_ROUTE]), findLinks(page, { urls: [MOBILE_ROUTE] }));
        if (mobile.length > 0) return { evidence: mobile };
        if (viewport !== null)
          return {
            state: 'not_met',
            evidence: meta,
            message: {
              vi: 'Thẻ viewport đặt độ rộng cố định, không theo màn hình thiết bị (width=device-width): trang không co giãn trên di động.',
              en: 'The viewport tag sets a fixed width instead of width=device-width: the page does not adapt to mobile screens.',
            },
          };
        return { evidence: [] };
      },
    },
    {
      id: 'TT-10',
      group: 'TT',
      title: { vi: 'Thông báo qua email/SMS/Zalo/ứng dụng', en: 'Notifications through electronic and social channels' },
      basis: 'S1 Art 3(7) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tìm lựa chọn nhận thông báo qua email, SMS hoặc Zalo OA ("Quét để quan tâm"); nộp thử một hồ sơ để xác nhận có tin báo khi trạng thái thay đổi.',
        en: 'Look for email, SMS or Zalo OA notifications ("Quét để quan tâm", scan to follow); submit a test dossier to confirm a message arrives when its status changes.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['zalo.me/', 'oa.zalo.me', 'link-quan-tam-zalo'] }),
          findImages(page, { src: [/link-quan-tam-zalo|zalo[^/]*(?:qr|oa)|qr[^/]*zalo/i], alt: ['Zalo OA', 'Quét để quan tâm'] }),
          findText(page, [
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
          ]),
          findInputs(page, ['Nhận thông báo qua email', 'Nhận thông báo qua SMS', 'Nhận thông báo qua Zalo']),
        ),
      }),
    },
  ],
};
