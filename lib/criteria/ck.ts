import type { PageSnapshot } from '../snapshot/schema';
import { escapeRegExp, normalizeVi } from '../text/vietnamese';
import { anyOf, DELEGATED, excerpt, findIframes, findImages, findInputs, findLinks, findText, labelMatcher, NATIONAL_PORTAL, pageAt, scanText, textsOf } from './match';
import { EVIDENCE_CAP, type CheckResult, type Evidence, type Group } from './types';

/*
 * Helpers (candidates for match.ts): visible text judged by a predicate on
 * its normalised form, so a label can be required to be the whole text of a
 * cell or heading, or to start it ("Mã thủ tục: 1.001234").
 */

/** Text without leading/trailing punctuation, icons or list numbering: "1. Mã thủ tục:" -> "mã thủ tục". */
const bareCache = new Map<string, string>();
function bare(norm: string): string {
  // CK-02 compares every text with sixteen parts: strip each text once.
  const hit = bareCache.get(norm);
  if (hit !== undefined) return hit;
  const b = norm.replace(/^(?:[^\p{L}\p{N}]+|(?:\d+|[ivx]+|[a-zđ])[.)]\s*)+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
  if (bareCache.size >= 50_000) bareCache.clear();
  bareCache.set(norm, b);
  return b;
}

const alternatives = (labels: readonly string[]) => labels.map((l) => escapeRegExp(bare(normalizeVi(l)))).join('|');

/** Whole text is one of the labels (a heading, a filter, a column header). */
function exactMatcher(labels: readonly string[]): (norm: string) => boolean {
  const wanted = new Set(labels.map((l) => bare(normalizeVi(l))));
  return (norm) => wanted.has(bare(norm));
}

/** Text starts with one of the labels (a label cell, "Mã thủ tục: 1.001234"). */
function startMatcher(labels: readonly string[]): (norm: string) => boolean {
  const re = new RegExp(`^(?:${alternatives(labels)})(?![\\p{L}\\p{N}])`, 'u');
  return (norm) => re.test(bare(norm));
}

const SEP = ' > ';

/** Do two selectors share an ancestor at most `levels` above the second? */
function near(labelSelector: string, linkSelector: string, levels: number): boolean {
  const parts = linkSelector.split(SEP);
  if (parts.length <= levels) return false;
  const ancestor = parts.slice(0, parts.length - levels).join(SEP);
  return labelSelector === ancestor || labelSelector.startsWith(ancestor + SEP);
}

/** Is the label the header of the table column the link sits in? */
function sameColumn(headerSelector: string, linkSelector: string): boolean {
  const parts = linkSelector.split(SEP);
  const t = parts.map((p) => p.startsWith('table')).lastIndexOf(true);
  if (t < 0) return false;
  const table = parts.slice(0, t + 1).join(SEP) + SEP;
  if (!headerSelector.startsWith(table)) return false;
  const column = (rest: string[]) => {
    for (const p of rest) {
      const m = /^t[dh]:nth-of-type\((\d+)\)$/.exec(p);
      if (m) return { index: m[1], tag: p.slice(0, 2) };
    }
    return null;
  };
  const header = column(headerSelector.slice(table.length).split(SEP));
  const cell = column(parts.slice(t + 1));
  const inHead = headerSelector.slice(table.length).startsWith('thead');
  return header !== null && cell !== null && header.index === cell.index && (header.tag === 'th' || inHead);
}


// CK-01: a catalogue of procedures, filterable by field, agency, level and audience.
const CATALOGUE_ROUTES = [
  '/portaldvc/danh-muc-tthc',
  '/vi/procedure/search',
  'dvc-tthc-category.html',
  '/danh-muc-tthc',
  '/danh-sach-tthc',
  '/thu-tuc-hanh-chinh',
  '/thutuchanhchinh',
];
const NATIONAL_CATALOGUE = ['dichvucong.gov.vn/p/home/dvc-tthc-category.html', 'dichvucong.gov.vn/p/home/dvc-danh-sach-tthc'];
const CATALOGUE_HEADING = exactMatcher([
  'Danh mục thủ tục hành chính',
  'Danh sách thủ tục hành chính',
  'Danh mục TTHC',
  'Danh sách TTHC',
  'Thủ tục hành chính',
  'Tra cứu thủ tục hành chính',
  'Tìm kiếm thủ tục hành chính',
  'Danh mục dịch vụ công',
  'Danh sách dịch vụ công',
  'Danh mục dịch vụ công trực tuyến',
]);
const FACETS: ReadonlyArray<{ name: string; labels: string[] }> = [
  { name: 'field', labels: ['Lĩnh vực', 'Chọn lĩnh vực', 'Tất cả lĩnh vực', 'Lĩnh vực thực hiện'] },
  { name: 'agency', labels: ['Cơ quan', 'Cơ quan thực hiện', 'Chọn cơ quan', 'Đơn vị', 'Chọn đơn vị', 'Cơ quan/Đơn vị', 'Đơn vị thực hiện', 'Sở ban ngành', 'Sở, ban, ngành'] },
  { name: 'level', labels: ['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công', 'Chọn mức độ', 'Cấp thực hiện', 'Chọn cấp thực hiện', 'Toàn trình', 'Một phần', 'Mức độ DVCTT'] },
  { name: 'audience', labels: ['Đối tượng', 'Đối tượng thực hiện', 'Chọn đối tượng', 'Công dân', 'Doanh nghiệp'] },
];

// CK-02: the parts of a procedure that must be published (each with the variants portals use).
const PROCEDURE_PARTS: ReadonlyArray<{ vi: string; en: string; labels: string[] }> = [
  { vi: 'Mã thủ tục', en: 'procedure code', labels: ['Mã thủ tục', 'Mã TTHC', 'Mã số thủ tục', 'Mã số TTHC'] },
  { vi: 'Số quyết định', en: 'decision number', labels: ['Số quyết định', 'Quyết định công bố', 'Số QĐ công bố'] },
  { vi: 'Tên thủ tục', en: 'procedure name', labels: ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính'] },
  { vi: 'Cấp thực hiện', en: 'level of government', labels: ['Cấp thực hiện'] },
  { vi: 'Loại thủ tục', en: 'procedure type', labels: ['Loại thủ tục', 'Loại TTHC'] },
  { vi: 'Lĩnh vực', en: 'field', labels: ['Lĩnh vực'] },
  { vi: 'Trình tự thực hiện', en: 'steps', labels: ['Trình tự thực hiện'] },
  // DVCQG shows this part as a table: Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí.
  { vi: 'Cách thức thực hiện', en: 'ways of submission', labels: ['Cách thức thực hiện', 'Hình thức nộp', 'Thời hạn giải quyết', 'Phí, lệ phí'] },
  // Its table: Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng.
  { vi: 'Thành phần hồ sơ', en: 'required documents', labels: ['Thành phần hồ sơ', 'Tên giấy tờ', 'Hồ sơ bao gồm'] },
  { vi: 'Đối tượng thực hiện', en: 'who may apply', labels: ['Đối tượng thực hiện'] },
  { vi: 'Cơ quan thực hiện', en: 'handling agency', labels: ['Cơ quan thực hiện', 'Cơ quan giải quyết'] },
  { vi: 'Cơ quan có thẩm quyền', en: 'competent authority', labels: ['Cơ quan có thẩm quyền', 'Cơ quan có thẩm quyền quyết định'] },
  { vi: 'Địa chỉ tiếp nhận hồ sơ', en: 'where to submit', labels: ['Địa chỉ tiếp nhận hồ sơ', 'Địa chỉ tiếp nhận', 'Nơi tiếp nhận hồ sơ'] },
  { vi: 'Kết quả thực hiện', en: 'result', labels: ['Kết quả thực hiện', 'Kết quả thực hiện thủ tục', 'Kết quả giải quyết'] },
  { vi: 'Căn cứ pháp lý', en: 'legal basis', labels: ['Căn cứ pháp lý'] },
  { vi: 'Yêu cầu, điều kiện thực hiện', en: 'requirements and conditions', labels: ['Yêu cầu, điều kiện thực hiện', 'Yêu cầu, điều kiện', 'Yêu cầu điều kiện thực hiện', 'Điều kiện thực hiện'] },
];
/** A procedure page showing fewer parts than this is incomplete. */
const MIN_PROCEDURE_PARTS = 8;
/** Fewer labels than this are stray words (a "Lĩnh vực" filter), not a procedure page to judge. */
const PROCEDURE_PAGE_PARTS = 3;
const PART_MATCHERS = PROCEDURE_PARTS.map((p) => startMatcher(p.labels));

function procedureParts(page: PageSnapshot): CheckResult {
  const found: Evidence[] = [];
  const missing: typeof PROCEDURE_PARTS[number][] = [];
  PROCEDURE_PARTS.forEach((part, i) => {
    const hit = scanText(page, (t) => PART_MATCHERS[i]!(t.norm), Infinity, 1);
    if (hit[0]) found.push(hit[0]);
    else missing.push(part);
  });
  const total = PROCEDURE_PARTS.length;
  if (found.length < PROCEDURE_PAGE_PARTS) return { evidence: [] };
  const missingVi = missing.map((p) => p.vi).join(', ');
  const missingEn = missing.map((p) => `${p.en} (${p.vi})`).join(', ');
  if (found.length < MIN_PROCEDURE_PARTS)
    return {
      state: 'not_met',
      evidence: found,
      message: {
        vi: `Trang chỉ có ${found.length}/${total} bộ phận cấu thành của TTHC (cần ít nhất ${MIN_PROCEDURE_PARTS}); thiếu: ${missingVi}.`,
        en: `Only ${found.length} of ${total} mandatory procedure parts are shown (at least ${MIN_PROCEDURE_PARTS} needed); missing: ${missingEn}.`,
      },
    };
  return {
    evidence: found,
    ...(missing.length > 0
      ? {
          message: {
            vi: `Có ${found.length}/${total} bộ phận cấu thành; còn thiếu: ${missingVi}.`,
            en: `${found.length} of ${total} mandatory parts shown; still missing: ${missingEn}.`,
          },
        }
      : {}),
  };
}

// CK-03: codes of the national TTHC database, "1.001234" (national), "2.000123", "3.000456".
const TTHC_CODE = /\b[123]\.\d{6}\b/;
const NATIONAL_PROCEDURE_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

// CK-04: a form to download is a document file (by address or by name).
const DOCUMENT_FILE = /\.(?:docx?|pdf|xlsx?|odt|ods|rtf)(?=$|[?#&/;])/i;
const FORM_LABELS = ['Mẫu đơn, tờ khai', 'Mẫu đơn', 'Tờ khai', 'Mẫu tờ khai', 'Biểu mẫu', 'Mẫu số', 'Tải mẫu', 'Đơn đề nghị', 'Phiếu đề nghị', 'Mẫu đơn, tờ khai đính kèm'];
const FORM_LABEL = labelMatcher(FORM_LABELS);
/** File names of forms as portals upload them: Mau_01, to-khai, ToKhai, bieu-mau (not a receipt, "phieu-tiep-nhan"). */
const FORM_FILE_NAME = /(?:^|[/_\-.\s(])(?:mau|to[-_ ]?khai|bieu[-_ ]?mau|(?:don|phieu)[-_ ]?de[-_ ]?nghi)(?:[-_\s.\d]|$)/i;

function downloadableForms(page: PageSnapshot): Evidence[] {
  const labels = textsOf(page).filter((t) => t.tag !== '' && FORM_LABEL(t.raw));
  const out: Evidence[] = [];
  for (const l of page.links) {
    const isFile = DOCUMENT_FILE.test(l.href) || DOCUMENT_FILE.test(l.text);
    if (!isFile) continue;
    let fileName = '';
    try {
      fileName = decodeURIComponent(new URL(l.href).pathname.split('/').pop() ?? '');
    } catch {
      fileName = l.href;
    }
    const named = FORM_LABEL(l.text) || FORM_LABEL(l.label) || FORM_FILE_NAME.test(fileName) || FORM_FILE_NAME.test(l.text);
    const labelled = named || labels.some((t) => near(t.selector, l.selector, 2) || sameColumn(t.selector, l.selector));
    if (labelled) out.push({ pageUrl: page.url, selector: l.selector, text: excerpt(l.text || l.label || l.href) });
    if (out.length >= EVIDENCE_CAP) break;
  }
  return out;
}

// CK-05: results of processing, split by timeliness (not visitor counters).
const TIMELINESS: ReadonlyArray<(s: string) => boolean> = [
  labelMatcher(['Đúng hạn']),
  labelMatcher(['Quá hạn', 'Trễ hạn']),
  labelMatcher(['Trước hạn']),
];
const STATISTICS_HEADINGS = [
  'Tình hình giải quyết hồ sơ',
  'Tình hình giải quyết TTHC',
  'Tình hình xử lý hồ sơ',
  'Kết quả giải quyết hồ sơ',
  'Kết quả giải quyết TTHC',
  'Kết quả xử lý hồ sơ',
  'Thống kê hồ sơ',
  'Thống kê tình hình giải quyết',
  'Thống kê kết quả giải quyết',
  'Danh sách hồ sơ TTHC đã giải quyết',
  'Danh sách hồ sơ đã giải quyết',
];
const STATISTICS_HEADING = labelMatcher(STATISTICS_HEADINGS);
/** A statistics route, not the visitor counter (/thong-ke-truy-cap). */
const STATISTICS_ROUTE = /\/(?:portaldvc\/)?thong-?ke(?!-?truy-?cap)(?:[-/?#.]|$)/i;

function processingStatistics(page: PageSnapshot): Evidence[] {
  const classes = TIMELINESS.map((m) => scanText(page, (t) => m(t.raw), 60, 2));
  const seen = classes.filter((c) => c.length > 0);
  return anyOf(
    pageAt(page, [STATISTICS_ROUTE]),
    scanText(page, (t) => STATISTICS_HEADING(t.raw), 80),
    seen.length >= 2 ? seen.flat() : [],
    findLinks(page, { urls: [STATISTICS_ROUTE] }),
  );
}

// CK-07: a menu entry of its own, not a column of the statistics.
const OVERDUE_MENU = exactMatcher(['Hồ sơ trễ hạn', 'Hồ sơ quá hạn', 'Hồ sơ chậm trả', 'Hồ sơ trễ hẹn']);

// CK-08: who owns the portal, where, and how to write to them.
const OWNER_LABELS = ['Cơ quan chủ quản', 'Đơn vị chủ quản', 'Cơ quan quản lý', 'Đơn vị quản lý', 'Đơn vị vận hành', 'Cơ quan vận hành', 'Cơ quan chủ trì'];
const ADDRESS = /(?<![\p{L}\p{N}])(?:địa chỉ|trụ sở)(?: liên hệ| trụ sở| cơ quan| chính)?\s*[:：]/u;
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

// CK-09: statuses on a lookup result (a heading and at least one step name).
const STATUS_HEADINGS = startMatcher([
  'Trạng thái',
  'Trạng thái hồ sơ',
  'Trạng thái xử lý',
  'Tình trạng hồ sơ',
  'Tình trạng xử lý',
  'Quá trình xử lý',
  'Tiến trình xử lý',
  'Tiến độ xử lý',
  'Lịch sử xử lý',
]);
const STATUS_NAMES = labelMatcher([
  'Mới đăng ký',
  'Mới tiếp nhận',
  'Đã tiếp nhận',
  'Chờ tiếp nhận',
  'Đang xử lý',
  'Đang giải quyết',
  'Đang thụ lý',
  'Chờ bổ sung',
  'Yêu cầu bổ sung',
  'Chờ thanh toán',
  'Chờ trả kết quả',
  'Đã có kết quả',
  'Đã trả kết quả',
  'Đã hoàn thành',
  'Hoàn thành',
  'Từ chối',
  'Dừng xử lý',
  'Đã rút',
]);

// CK-10: guidance, not an official "Hướng dẫn số …/HD-UBND" document.
const GUIDANCE_LABELS = [
  'Hướng dẫn sử dụng',
  'Xem hướng dẫn',
  'Tài liệu hướng dẫn',
  'Video hướng dẫn',
  'Hướng dẫn nộp hồ sơ trực tuyến',
  'Hướng dẫn thực hiện dịch vụ công trực tuyến',
  'Hướng dẫn sử dụng dịch vụ công',
  'Hướng dẫn công dân',
  'Cẩm nang hướng dẫn',
];

/** CK — publicity and transparency of procedures and their handling. */
export const publicity: Group = {
  id: 'CK',
  title: { vi: 'Công khai, minh bạch thông tin', en: 'Publicity and transparency' },
  criteria: [
    {
      id: 'CK-01',
      group: 'CK',
      title: {
        vi: 'Công khai danh mục TTHC/DVCTT theo đối tượng, lĩnh vực, cơ quan, mức độ',
        en: 'Published service catalogue with facets',
      },
      basis: 'S7 [P]; S1 Art 6(c),(k) [G]; S2 [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Mở trang danh mục TTHC (/portaldvc/danh-muc-tthc, /vi/procedure/search hoặc dvc-tthc-category.html của Cổng DVC quốc gia): phải lọc được theo lĩnh vực, cơ quan, mức độ (toàn trình/một phần) và đối tượng.',
        en: 'Open the procedure catalogue (/portaldvc/danh-muc-tthc, /vi/procedure/search or the national portal\'s dvc-tthc-category.html): it must filter by field, agency, level (full/partial online) and audience.',
      },
      check: (page) => {
        const delegated = NATIONAL_PORTAL.test(page.url) ? [] : findLinks(page, { urls: NATIONAL_CATALOGUE });
        const marker = anyOf(
          pageAt(page, CATALOGUE_ROUTES),
          scanText(page, (t) => t.tag !== '' && t.tag !== 'a' && CATALOGUE_HEADING(t.norm), 80),
        );
        if (marker.length === 0) return delegated.length > 0 ? { evidence: delegated, message: DELEGATED } : { evidence: [] };
        const facets = FACETS.map((f) => {
          const exact = exactMatcher(f.labels);
          return anyOf(
            findInputs(page, f.labels),
            scanText(page, (t) => exact(t.norm), 40, 1),
          ).slice(0, 1);
        }).filter((e) => e.length > 0);
        if (facets.length >= 2) return { evidence: anyOf(delegated, marker.slice(0, 1), facets.flat()) };
        if (delegated.length > 0) return { evidence: delegated, message: DELEGATED };
        return {
          evidence: [],
          message: {
            vi: 'Có trang danh mục TTHC nhưng chưa thấy bộ lọc theo lĩnh vực, cơ quan, mức độ, đối tượng.',
            en: 'A procedure catalogue is shown, but no filters by field, agency, level or audience were seen.',
          },
        };
      },
    },
    {
      id: 'CK-02',
      group: 'CK',
      title: { vi: 'Trang chi tiết TTHC đủ bộ phận cấu thành', en: 'Procedure page shows all mandatory parts' },
      basis: 'S8 (complete parts) [P]; S1 Art 6(g) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Mở trang chi tiết một TTHC và đối chiếu đủ các mục: mã, số quyết định, tên, cấp thực hiện, loại, lĩnh vực, trình tự, cách thức, thành phần hồ sơ, đối tượng, cơ quan thực hiện, cơ quan có thẩm quyền, địa chỉ tiếp nhận, kết quả, căn cứ pháp lý, yêu cầu điều kiện. Công cụ báo đạt khi thấy ít nhất 8/16 mục và liệt kê mục còn thiếu.',
        en: 'Open a procedure\'s detail page and check every part: code, decision number, name, level, type, field, steps, ways of submission, documents, audience, handling agency, competent authority, submission address, result, legal basis, conditions. The tool reports met from 8 of 16 parts and lists the missing ones.',
      },
      check: procedureParts,
    },
    {
      id: 'CK-03',
      group: 'CK',
      title: { vi: 'Mã TTHC khớp CSDL quốc gia về TTHC, cập nhật đúng hạn', en: 'Codes match the national TTHC DB; kept up to date' },
      basis: 'S8 [P]; S1 Art 3(6) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Lấy mã TTHC trên trang (dạng 1.001234) và mở dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<mã>: tên, quyết định công bố và nội dung phải trùng với trang của cổng.',
        en: 'Take a procedure code from the page (like 1.001234) and open dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<code>: name, publishing decision and content must match the portal\'s page.',
      },
      check: (page) => {
        const evidence = anyOf(
          findLinks(page, { urls: ['dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc='] }),
          scanText(page, (t) => TTHC_CODE.test(t.raw)),
        );
        const code = evidence.map((e) => TTHC_CODE.exec(e.text)?.[0]).find((c) => c !== undefined);
        if (!code) return { evidence };
        return {
          evidence,
          message: {
            vi: `Đối chiếu mã ${code} với CSDL quốc gia về TTHC: ${NATIONAL_PROCEDURE_URL}${code}`,
            en: `Check code ${code} against the national TTHC database: ${NATIONAL_PROCEDURE_URL}${code}`,
          },
        };
      },
    },
    {
      id: 'CK-04',
      group: 'CK',
      title: { vi: 'Mẫu đơn, tờ khai tải được', en: 'Downloadable forms' },
      basis: 'S1 Art 6(d),(g) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trên trang chi tiết TTHC, mục "Mẫu đơn, tờ khai" có liên kết tệp .doc/.docx/.pdf/.xls; bấm tải thử để xác nhận tệp mở được (không lỗi 404).',
        en: 'On a procedure page, "Mẫu đơn, tờ khai" (forms) links .doc/.docx/.pdf/.xls files; download one to confirm it opens (no 404).',
      },
      check: (page) => ({ evidence: downloadableForms(page) }),
    },
    {
      id: 'CK-05',
      group: 'CK',
      title: { vi: 'Công khai tình hình, kết quả giải quyết (đúng/quá/trước hạn)', en: 'Processing statistics published' },
      basis: 'S1 Art 6(h) [G]; S8 [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Mở trang thống kê (/thong-ke): phải có số hồ sơ đã giải quyết chia theo đúng hạn, trước hạn, quá hạn, hoặc danh sách hồ sơ đã giải quyết. Bộ đếm lượt truy cập không tính.',
        en: 'Open the statistics page (/thong-ke): it must show settled dossiers split into on time, early and late, or a list of settled dossiers. Visitor counters do not count.',
      },
      check: (page) => ({ evidence: processingStatistics(page) }),
    },
    {
      id: 'CK-06',
      group: 'CK',
      title: { vi: 'Công khai kết quả Bộ chỉ số 766', en: '766 index results shown or linked' },
      basis: 'S8 [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng hiển thị khối "Kết quả đánh giá Bộ chỉ số phục vụ người dân và doanh nghiệp" hoặc liên kết tới dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html; mở để xem điểm của tỉnh/bộ.',
        en: 'The portal shows the "Kết quả đánh giá Bộ chỉ số phục vụ người dân và doanh nghiệp" block or links dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html; open it to see the province\'s or ministry\'s score.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['dvc-index-tinhthanhpho-tonghop.html', 'dichvucong.gov.vn/p/home/dvc-index'] }),
          findText(page, [
            'Bộ chỉ số phục vụ người dân và doanh nghiệp',
            'Bộ chỉ số phục vụ người dân, doanh nghiệp',
            'Chỉ số phục vụ người dân và doanh nghiệp',
            'Đánh giá chất lượng phục vụ người dân, doanh nghiệp',
            'Bộ chỉ số 766',
          ]),
          findImages(page, { alt: ['Bộ chỉ số phục vụ người dân và doanh nghiệp', 'Bộ chỉ số 766'] }),
        ),
      }),
    },
    {
      id: 'CK-07',
      group: 'CK',
      title: { vi: 'Công khai hồ sơ trễ hạn / thư xin lỗi', en: 'Late files and apologies published' },
      basis: 'ND 61/2018 [K]; TT 03/2025 form 04 (S14)',
      method: 'assisted',
      howToVerify: {
        vi: 'Tìm danh sách hồ sơ trễ hạn và văn bản xin lỗi (Phiếu xin lỗi và hẹn lại ngày trả kết quả); xác nhận danh sách được cập nhật và có thư xin lỗi cho các hồ sơ quá hạn.',
        en: 'Look for the list of overdue dossiers and the apology letters (Phiếu xin lỗi và hẹn lại ngày trả kết quả); confirm the list is current and overdue dossiers have an apology.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['ho-so-tre-han', 'ho-so-qua-han', 'thu-xin-loi', 'phieu-xin-loi'] }),
          findText(page, [
            'Thư xin lỗi',
            'Phiếu xin lỗi',
            'Văn bản xin lỗi',
            'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
            'Danh sách hồ sơ trễ hạn',
            'Danh sách hồ sơ quá hạn',
            'Công khai hồ sơ trễ hạn',
            'Công khai hồ sơ quá hạn',
          ]),
          // As a menu entry only: statistics tables have "hồ sơ quá hạn" columns.
          page.links
            .filter((l) => OVERDUE_MENU(normalizeVi(l.text)))
            .map((l) => ({ pageUrl: page.url, selector: l.selector, text: excerpt(l.text) })),
        ),
      }),
    },
    {
      id: 'CK-08',
      group: 'CK',
      title: { vi: 'Thông tin cơ quan chủ quản, địa chỉ, email', en: 'Owner and contact information' },
      basis: 'ND 42/2022 [P]/[K]',
      method: 'auto',
      howToVerify: {
        vi: 'Chân trang ghi rõ cơ quan chủ quản (hoặc đơn vị quản lý, vận hành), địa chỉ và thư điện tử liên hệ.',
        en: 'The footer names the owning agency (or managing/operating unit), its address and a contact email.',
      },
      check: (page) => {
        const parts = [
          { vi: 'cơ quan chủ quản', en: 'owning agency', evidence: findText(page, OWNER_LABELS, 2) },
          { vi: 'địa chỉ', en: 'address', evidence: scanText(page, (t) => ADDRESS.test(t.norm), 400, 1) },
          {
            vi: 'email',
            en: 'email',
            evidence: anyOf(findLinks(page, { urls: ['mailto:'] }), scanText(page, (t) => EMAIL_ADDRESS.test(t.raw), 400, 1)).slice(0, 1),
          },
        ];
        const found = parts.filter((p) => p.evidence.length > 0);
        const evidence = anyOf(...found.map((p) => p.evidence));
        if (found.length === parts.length || found.length === 0) return { evidence };
        const missing = parts.filter((p) => p.evidence.length === 0);
        return {
          state: 'not_met',
          evidence,
          message: {
            vi: `Thông tin liên hệ chưa đủ: thiếu ${missing.map((p) => p.vi).join(', ')}.`,
            en: `Contact information is incomplete: no ${missing.map((p) => p.en).join(', ')}.`,
          },
        };
      },
    },
    {
      id: 'CK-09',
      group: 'CK',
      title: { vi: 'Hiển thị trạng thái xử lý theo từng bước, chuẩn hóa', en: 'Standardised per-step status display' },
      basis: 'S1 Art 4 + Phụ lục I [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tra cứu một mã hồ sơ thật: kết quả phải hiện trạng thái và quá trình xử lý qua từng bước (tiếp nhận, đang xử lý, chờ bổ sung, có kết quả, đã trả…); đối chiếu tên trạng thái với danh mục chuẩn tại Phụ lục I Thông tư 22/2019.',
        en: 'Look up a real dossier code: the result must show its status and each processing step (received, in progress, awaiting documents, result ready, returned…); compare the status names with the standard list in Annex I of Circular 22/2019.',
      },
      check: (page) => {
        const headings = scanText(page, (t) => STATUS_HEADINGS(t.norm), 40, 2);
        if (headings.length === 0) return { evidence: [] };
        const statuses = scanText(page, (t) => STATUS_NAMES(t.raw), 80, 3);
        return { evidence: statuses.length > 0 ? anyOf(headings, statuses) : [] };
      },
    },
    {
      id: 'CK-10',
      group: 'CK',
      title: { vi: 'Hướng dẫn thực hiện DVCTT (tài liệu, video)', en: 'How-to guidance' },
      basis: 'S1 Art 6(g) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có mục "Hướng dẫn sử dụng" (tài liệu, video) chỉ cách tìm, nộp và theo dõi hồ sơ trực tuyến; mở để xác nhận nội dung còn dùng được.',
        en: 'The portal has a "Hướng dẫn sử dụng" (user guide) section, documents or videos on finding, submitting and tracking dossiers online; open it to confirm the content works.',
      },
      check: (page) => ({
        evidence: anyOf(
          pageAt(page, ['/huong-dan-su-dung', '/danh-sach-tai-lieu-hdsd', '/tai-lieu-hdsd']),
          findLinks(page, { urls: ['/danh-sach-tai-lieu-hdsd', 'hdsd'], labels: GUIDANCE_LABELS, slugs: true }),
          findText(page, GUIDANCE_LABELS),
          findIframes(page, [/youtube\.com\/embed|youtu\.be|player\.vimeo/i]).filter((e) => /hướng dẫn|hdsd/i.test(normalizeVi(e.text))),
        ),
      }),
    },
  ],
};
