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
  page: 'Trang',
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
  workspaceTitle: 'Bảng kiểm tra',
  noAuditYet: 'Chưa có cuộc kiểm tra nào. Mở một trang của Cổng Dịch vụ công và bấm "Kiểm tra trang này".',
  auditThisPage: 'Kiểm tra trang đang mở',
  portal: 'Cổng',
  pages: 'Các trang đã kiểm tra',
  removePage: 'Bỏ trang này',
  origins: 'Các địa chỉ của cổng',
  linkOrigin: 'Gắn thêm địa chỉ',
  linkOriginPlaceholder: 'https://motcua.tinh.gov.vn',
  autoAudit: 'Tự động kiểm tra các trang của cổng khi duyệt',
  autoAuditHint: 'Trình duyệt sẽ hỏi quyền đọc các trang *.gov.vn. Có thể tắt bất cứ lúc nào.',
  autoAuditDenied: 'Chưa được cấp quyền, vẫn kiểm tra từng trang bằng một cú bấm.',
  newAudit: 'Bắt đầu cuộc kiểm tra mới',
  newAuditConfirm: 'Lưu cuộc kiểm tra hiện tại vào lịch sử và bắt đầu lại?',
  history: 'Lịch sử: {n} cuộc kiểm tra trước',
  filterState: 'Trạng thái',
  filterMethod: 'Cách đánh giá',
  filterAll: 'Tất cả',
  attestTitle: 'Xác nhận của người kiểm tra',
  confirmEvidence: 'Xác nhận đạt',
  rejectEvidence: 'Không đạt',
  verdict: 'Kết luận',
  note: 'Ghi chú',
  notePlaceholder: 'Nguồn, văn bản, lý do…',
  author: 'Người kiểm tra',
  save: 'Lưu',
  withdraw: 'Huỷ xác nhận',
  attestedBy: 'Xác nhận bởi {author} lúc {at}',
  attestedAt: 'Xác nhận lúc {at}',
  automaticWas: 'Kết quả tự động: {state}',
  inspectorSource: 'Người kiểm tra',
  saved: 'Đã lưu.',
  createdAt: 'Bắt đầu {at}',
  errorOtherPage: 'Bằng chứng này ở trang khác: {detail}. Mở trang đó để xem.',
  showOnPage: 'Xem trên trang',
  showAllOnPage: 'Hiện mọi bằng chứng trên trang',
  hideOnPage: 'Ẩn đánh dấu',
  highlightShown: 'Đã đánh dấu {n} phần tử trên trang.',
  highlightMissing: '{n} phần tử không còn trên trang (trang đã thay đổi).',
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
  page: 'Page',
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
  workspaceTitle: 'Audit workspace',
  noAuditYet: 'No audit yet. Open a page of the public-service portal and click "Audit the open page".',
  auditThisPage: 'Audit the open page',
  portal: 'Portal',
  pages: 'Pages audited',
  removePage: 'Remove this page',
  origins: "The portal's addresses",
  linkOrigin: 'Link another address',
  linkOriginPlaceholder: 'https://motcua.province.gov.vn',
  autoAudit: "Audit the portal's pages automatically while browsing",
  autoAuditHint: 'The browser will ask for access to *.gov.vn pages. You can turn it off at any time.',
  autoAuditDenied: 'Permission not granted; pages are still added with one click.',
  newAudit: 'Start a new audit',
  newAuditConfirm: 'Keep the current audit in the history and start over?',
  history: 'History: {n} earlier audit(s)',
  filterState: 'State',
  filterMethod: 'Method',
  filterAll: 'All',
  attestTitle: "Inspector's attestation",
  confirmEvidence: 'Confirm met',
  rejectEvidence: 'Not met',
  verdict: 'Verdict',
  note: 'Note',
  notePlaceholder: 'Source, document, reason…',
  author: 'Inspector',
  save: 'Save',
  withdraw: 'Withdraw attestation',
  attestedBy: 'Attested by {author} at {at}',
  attestedAt: 'Attested at {at}',
  automaticWas: 'Automatic result: {state}',
  inspectorSource: 'Inspector',
  saved: 'Saved.',
  createdAt: 'Started {at}',
  errorOtherPage: 'This evidence is on another page: {detail}. Open that page to see it.',
  showOnPage: 'Show on page',
  showAllOnPage: 'Show all evidence on the page',
  hideOnPage: 'Hide highlights',
  highlightShown: '{n} element(s) outlined on the page.',
  highlightMissing: '{n} element(s) are no longer on the page (it has changed).',
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

/** Look up a UI string and fill its {placeholders}. */
export function t(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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
  unknown: 'errorUnknown',
};

/** A sentence for a failed request, by its code. */
export function failureText(locale: Locale, code: string, detail: string): string {
  return t(locale, FAILURE_TEXT[code] ?? 'errorUnknown', { detail });
}
