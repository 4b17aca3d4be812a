import type { State } from '../criteria/types';

/** UI text in one place. Vietnamese is the default; English mirrors every key. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

const vi = {
  appName: 'DVC Inspector',
  score: 'Điểm đạt',
  scoreHint: 'Chỉ tiêu chí "Đạt" được tính điểm.',
  groups: 'Theo nhóm',
  toFix: 'Cần xử lý',
  allCriteria: 'Tất cả tiêu chí',
  auditing: 'Đang kiểm tra trang…',
  auditAgain: 'Kiểm tra lại trang này',
  exportJson: 'Xuất JSON',
  exported: 'Đã xuất báo cáo.',
  pagesAudited: '{n} trang đã kiểm tra',
  evidence: 'Bằng chứng',
  noEvidence: 'Không có bằng chứng trên các trang đã kiểm tra.',
  howToVerify: 'Cách kiểm tra',
  basis: 'Căn cứ',
  method: 'Cách đánh giá',
  language: 'Ngôn ngữ',
  truncatedWarning: 'Trang rất lớn: một phần nội dung không được đọc, kết quả có thể chưa đầy đủ.',
  noneToFix: 'Không còn tiêu chí nào chưa đạt hay cần xem xét.',
  showAll: 'Hiện tất cả ({n})',
  errorTitle: 'Không kiểm tra được trang này',
  errorRestricted: 'Trình duyệt không cho tiện ích đọc loại trang này (trang nội bộ của trình duyệt, cửa hàng tiện ích hoặc trang của tiện ích khác). Hãy mở một trang của Cổng Dịch vụ công rồi bấm lại.',
  errorNotHtml: 'Đây không phải là trang HTML (ví dụ tệp PDF hay hình ảnh) nên không có gì để kiểm tra. Hãy mở một trang của Cổng Dịch vụ công.',
  errorNoTab: 'Không tìm thấy thẻ đang mở.',
  errorPermission: 'Tiện ích chưa được phép đọc trang này. Hãy bấm vào biểu tượng DVC Inspector trên chính trang cần kiểm tra.',
  errorFile: 'Trình duyệt không cho đọc tệp trên máy. Hãy bật "Cho phép truy cập URL tệp" cho tiện ích, hoặc dùng lệnh npm run audit.',
  errorUnknown: 'Đã xảy ra lỗi: {detail}',
  errorInvalidSnapshot: 'Dữ liệu đọc từ trang không hợp lệ: {detail}',
  counts: '{met} đạt · {not_met} chưa đạt · {needs_review} cần xem xét · {not_checked} chưa kiểm tra',
  errorNotFound: 'Không tìm thấy cuộc kiểm tra này: {detail}',
  errorInvalid: 'Không thực hiện được: {detail}',
  openWorkspace: 'Mở bảng kiểm tra đầy đủ',
  filterState: 'Trạng thái',
  filterMethod: 'Cách đánh giá',
  filterAll: 'Tất cả',
  attestedBy: 'Xác nhận bởi {author} lúc {at}',
  attestedAt: 'Xác nhận lúc {at}',
  automaticWas: 'Kết quả tự động: {state}',
  inspectorSource: 'Người kiểm tra',
  errorOtherPage: 'Bằng chứng này ở trang khác: {detail}. Mở trang đó để xem.',
  errorInvalidReport: 'Không nhập được tệp: {detail}',
  errorStorageFull: 'Bộ nhớ của tiện ích đã đầy nên chưa lưu được gì. Hãy xuất rồi xoá bớt các cuộc kiểm tra cũ.',
  showOnPage: 'Xem trên trang',
  showAllOnPage: 'Hiện mọi bằng chứng trên trang',
  hideOnPage: 'Ẩn đánh dấu',
  highlightShown: 'Đã đánh dấu {n} phần tử trên trang.',
  highlightMissing: '{n} phần tử không còn trên trang (trang đã thay đổi).',
  // The portal shown, following the tab
  lastAudited: 'Kiểm tra lần cuối {at}',
  // Filters
  search: 'Tìm tiêu chí',
  searchPlaceholder: 'Mã hoặc từ khoá, ví dụ TK-01, VNeID',
  filterGroup: 'Nhóm',
  filterPageType: 'Loại trang',
  filteredCount: '{n} tiêu chí phù hợp',
  noMatch: 'Không có tiêu chí nào phù hợp.',
  clearFilters: 'Bỏ lọc',
  // Legal basis and help
  whyItMatters: 'Vì sao quan trọng',
  howToFix: 'Cách khắc phục (cho đơn vị phát triển cổng)',
  lookUpDocument: 'Tra văn bản {label}',
  notation: 'Ký hiệu trong danh mục',
  legendTitle: 'Chú giải ký hiệu căn cứ',
  legendLinks: 'Liên kết mở trang tra cứu văn bản theo số hiệu; tiện ích không tải gì từ các trang đó.',
  // Evidence
  evidenceOnPage: 'Trang {page} · {n} bằng chứng',
  hiddenEvidence: 'Phần tử này có trên trang nhưng không hiển thị (nằm trong <head> hoặc bị ẩn) nên không đánh dấu được. Mã HTML của nó:',
  highlightHidden: '{n} phần tử không hiển thị trên trang (trong <head> hoặc bị ẩn).',
  highlightUnlabelled: '{n} nhãn được bỏ bớt để không che chữ của trang; dùng "Bằng chứng sau" để xem từng phần tử.',
  evidencePrevious: 'Bằng chứng trước',
  evidenceNext: 'Bằng chứng sau',
  evidenceStep: '{i}/{n} · {id}',
  noEvidenceHere: 'Không có bằng chứng nào trên trang đang mở.',
  // Attestation
  carriedOver: 'Chuyển từ cuộc kiểm tra trước ({at}); xác nhận ban đầu lúc {original}.',
  screenshot: 'Ảnh chụp màn hình',
  screenshotAlt: 'Ảnh chụp màn hình trang {page}',
  errorScreenshotBudget: 'Không lưu thêm được ảnh chụp (mỗi cuộc kiểm tra tối đa 12 ảnh, tổng 24 ảnh, mỗi ảnh dưới 200 KB). Hãy bỏ bớt ảnh cũ.',
  errorStale: 'Cuộc kiểm tra đang xem đã thay đổi ở nơi khác; không có gì bị thay đổi và bảng đã được tải lại.',
  errorRefused: 'Không lưu được: {detail}',
  // Guided assessment
  // Pages, access
  // New audit
  // Compare
  // Report and exports
  // Checklists: the 83 criteria, the 2024 scale (its note: workspace strings)
  profile2023: '83 tiêu chí (2023)',
  profile2024: 'Thang 100 điểm (2024)',
  coverage: 'độ bao phủ {pct}%',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  appName: 'DVC Inspector',
  score: 'Score',
  scoreHint: 'Only "Met" criteria count towards the score.',
  groups: 'By group',
  toFix: 'To act on',
  allCriteria: 'All criteria',
  auditing: 'Auditing the page…',
  auditAgain: 'Audit this page again',
  exportJson: 'Export JSON',
  exported: 'Report exported.',
  pagesAudited: '{n} page(s) audited',
  evidence: 'Evidence',
  noEvidence: 'No evidence on the pages audited.',
  howToVerify: 'How to verify',
  basis: 'Basis',
  method: 'Method',
  language: 'Language',
  truncatedWarning: 'Very large page: part of it was not read, results may be incomplete.',
  noneToFix: 'No criteria left that are not met or need review.',
  showAll: 'Show all ({n})',
  errorTitle: 'This page cannot be audited',
  errorRestricted: "The browser does not let extensions read this kind of page (the browser's own pages, the extension store, another extension's pages). Open a page of the public-service portal and click again.",
  errorNotHtml: 'This is not an HTML page (a PDF or an image, for example), so there is nothing to audit. Open a page of the public-service portal.',
  errorNoTab: 'No open tab was found.',
  errorPermission: 'The extension may not read this page yet. Click the DVC Inspector icon on the page you want to audit.',
  errorFile: 'The browser does not let the extension read local files. Allow access to file URLs for the extension, or use npm run audit.',
  errorUnknown: 'Something went wrong: {detail}',
  errorInvalidSnapshot: 'The data read from the page is not valid: {detail}',
  counts: '{met} met · {not_met} not met · {needs_review} need review · {not_checked} not checked',
  errorNotFound: 'This audit was not found: {detail}',
  errorInvalid: 'Could not do that: {detail}',
  openWorkspace: 'Open the full audit',
  filterState: 'State',
  filterMethod: 'Method',
  filterAll: 'All',
  attestedBy: 'Attested by {author} at {at}',
  attestedAt: 'Attested at {at}',
  automaticWas: 'Automatic result: {state}',
  inspectorSource: 'Inspector',
  errorOtherPage: 'This evidence is on another page: {detail}. Open that page to see it.',
  errorInvalidReport: 'The file could not be imported: {detail}',
  errorStorageFull: "The extension's storage is full, so nothing was saved. Export and remove older audits.",
  showOnPage: 'Show on page',
  showAllOnPage: 'Show all evidence on the page',
  hideOnPage: 'Hide highlights',
  highlightShown: '{n} element(s) outlined on the page.',
  highlightMissing: '{n} element(s) are no longer on the page (it has changed).',
  // The portal shown, following the tab
  lastAudited: 'Last audited {at}',
  // Filters
  search: 'Find criteria',
  searchPlaceholder: 'Id or words, e.g. TK-01, VNeID',
  filterGroup: 'Group',
  filterPageType: 'Page type',
  filteredCount: '{n} matching criteria',
  noMatch: 'No criterion matches.',
  clearFilters: 'Clear filters',
  // Legal basis and help
  whyItMatters: 'Why it matters',
  howToFix: 'How to fix it (for portal developers)',
  lookUpDocument: 'Look up {label}',
  notation: 'Catalogue notation',
  legendTitle: 'Legend of the basis markers',
  legendLinks: 'Links open a search for the document’s number; the extension loads nothing from those sites.',
  // Evidence
  evidenceOnPage: 'Page {page} · {n} piece(s) of evidence',
  hiddenEvidence: 'This element is on the page but not displayed (in <head>, or hidden), so it cannot be outlined. Its markup:',
  highlightHidden: '{n} element(s) are not displayed on the page (in <head>, or hidden).',
  highlightUnlabelled: '{n} label(s) left out so as not to cover the page’s text; use "Next evidence" to see each element.',
  evidencePrevious: 'Previous evidence',
  evidenceNext: 'Next evidence',
  evidenceStep: '{i}/{n} · {id}',
  noEvidenceHere: 'No evidence on the open page.',
  // Attestation
  carriedOver: 'Carried over from an earlier audit ({at}); first attested {original}.',
  screenshot: 'Screenshot',
  screenshotAlt: 'Screenshot of {page}',
  errorScreenshotBudget: 'No more screenshots can be kept (at most 12 per audit, 24 in all, each under 200 KB). Remove older ones first.',
  errorStale: 'The audit shown changed elsewhere; nothing was changed and the view has been reloaded.',
  errorRefused: 'Not saved: {detail}',
  // Guided assessment
  // Pages, access
  // New audit
  // Compare
  // Report and exports
  // Checklists: the 83 criteria, the 2024 scale (its note: workspace strings)
  profile2023: '83 criteria (2023)',
  profile2024: '100-point scale (2024)',
  coverage: 'coverage {pct}%',
};

const STATE_LABELS: Record<Locale, Record<State, string>> = {
  vi: {
    met: 'Đạt',
    not_met: 'Chưa đạt',
    needs_review: 'Cần xem xét',
    not_applicable: 'Không áp dụng',
    not_checked: 'Chưa kiểm tra',
    error: 'Lỗi kiểm tra',
  },
  en: {
    met: 'Met',
    not_met: 'Not met',
    needs_review: 'Needs review',
    not_applicable: 'Not applicable',
    not_checked: 'Not checked',
    error: 'Check error',
  },
};

const METHOD_LABELS: Record<Locale, Record<string, string>> = {
  vi: { auto: 'Tự động', 'auto*': 'Tự động (khi thấy)', assisted: 'Hỗ trợ, cần xác nhận', manual: 'Thủ công' },
  en: { auto: 'Automatic', 'auto*': 'Automatic (when seen)', assisted: 'Assisted, needs confirming', manual: 'Manual' },
};

const TABLES: Record<Locale, Record<Key, string>> = { vi, en };

export type StringKey = Key;

/** Fill a string's {placeholders}. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Look up a UI string and fill its {placeholders}. */
export function t(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  return fill(TABLES[locale][key], params);
}

export function stateLabel(locale: Locale, state: State): string {
  return STATE_LABELS[locale][state];
}

export function methodLabel(locale: Locale, method: string): string {
  return METHOD_LABELS[locale][method] ?? method;
}

const FAILURE_TEXT: Record<string, Key> = {
  restricted: 'errorRestricted',
  'not-html': 'errorNotHtml',
  'no-tab': 'errorNoTab',
  permission: 'errorPermission',
  file: 'errorFile',
  'invalid-snapshot': 'errorInvalidSnapshot',
  'not-found': 'errorNotFound',
  invalid: 'errorInvalid',
  'other-page': 'errorOtherPage',
  'invalid-report': 'errorInvalidReport',
  'storage-full': 'errorStorageFull',
  stale: 'errorStale',
  refused: 'errorRefused',
  'screenshot-budget': 'errorScreenshotBudget',
  unknown: 'errorUnknown',
};

/**
 * A sentence for a failed request, in the UI's language only: the
 * background's own message when it has one, else the sentence for its code.
 */
export function failureText(locale: Locale, code: string, detail: string, message?: { vi: string; en: string }): string {
  if (message) return code === 'invalid-report' ? t(locale, 'errorInvalidReport', { detail: message[locale] }) : message[locale];
  return t(locale, FAILURE_TEXT[code] ?? 'errorUnknown', { detail });
}

/** The same, for a failure as the messaging client returns it. */
export function failureOf(locale: Locale, f: { code: string; detail: string; message?: { vi: string; en: string } }): string {
  return failureText(locale, f.code, f.detail, f.message);
}
