import { option, type Check, type Checks } from '../check';
import { findIframes, findImages, findInputs, findLabelledValues, findLinks, findText, linkEvidence, pageAt, sameBlock, scanText, textsWith } from '../find';
import { anyOf, dedupe, evidenceAt, exact, identifiers, inside, near, phrase, sameColumn, start, urls } from '../match';
import { CATALOGUE_TITLES } from '../pagetype';
import { routes } from '../platforms';
import type { Evidence, Localized } from '../types';
import type { PageView, TextItem } from '../views';
import { failed, none, norm, strong, weak } from './common';

/** CK — publicity and transparency of procedures and their handling. */

// CK-01: a catalogue of procedures, filterable by field, agency, level and audience.
const CATALOGUE_ROUTE = routes('catalogue');
const NATIONAL_CATALOGUE = urls(['dichvucong.gov.vn/p/home/dvc-tthc-category.html', 'dichvucong.gov.vn/p/home/dvc-danh-sach-tthc']);
const CATALOGUE_HEADING = exact(CATALOGUE_TITLES);
const FACETS: ReadonlyArray<{ name: Localized; labels: ReturnType<typeof exact>; inputs: ReturnType<typeof phrase>; names: ReturnType<typeof identifiers> }> = [
  {
    name: { vi: 'lĩnh vực', en: 'field' },
    labels: exact(['Lĩnh vực', 'Chọn lĩnh vực', 'Tất cả lĩnh vực', 'Lĩnh vực thực hiện', 'Lĩnh vực thủ tục']),
    inputs: phrase(['Lĩnh vực']),
    names: identifiers(['Lĩnh vực', 'linhvuc', 'domain', 'field']),
  },
  {
    name: { vi: 'cơ quan', en: 'agency' },
    labels: exact(['Cơ quan', 'Cơ quan thực hiện', 'Chọn cơ quan', 'Đơn vị', 'Chọn đơn vị', 'Cơ quan/Đơn vị', 'Đơn vị thực hiện', 'Sở ban ngành', 'Sở, ban, ngành', 'Cơ quan quản lý']),
    inputs: phrase(['Cơ quan', 'Đơn vị', 'Sở ban ngành']),
    names: identifiers(['Cơ quan', 'coquan', 'Đơn vị', 'donvi', 'agency', 'administration']),
  },
  {
    name: { vi: 'mức độ', en: 'level' },
    labels: exact(['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công', 'Chọn mức độ', 'Cấp thực hiện', 'Chọn cấp thực hiện', 'Toàn trình', 'Một phần', 'Mức độ DVCTT']),
    inputs: phrase(['Mức độ', 'Cấp thực hiện']),
    names: identifiers(['Mức độ', 'mucdo', 'Cấp thực hiện', 'capthuchien', 'level']),
  },
  {
    name: { vi: 'đối tượng', en: 'audience' },
    labels: exact(['Đối tượng', 'Đối tượng thực hiện', 'Chọn đối tượng', 'Công dân', 'Doanh nghiệp']),
    inputs: phrase(['Đối tượng']),
    names: identifiers(['Đối tượng', 'doituong', 'audience']),
  },
];
/** Words that can be a filter's caption, never a table's column header or a procedure page's row label. */
const FACET_TAGS = new Set(['label', 'legend', 'span', 'div', 'li', 'button', 'option', 'p', 'b', 'strong']);

function catalogueFacets(page: PageView): Array<{ name: Localized; evidence: Evidence }> {
  const out: Array<{ name: Localized; evidence: Evidence }> = [];
  for (const f of FACETS) {
    const input = findInputs(page, f.inputs, { names: f.names }, 1);
    const caption = input.length > 0 ? [] : scanText(page, (t) => (t.kind === 'text' ? FACET_TAGS.has(t.tag) : t.kind === 'button' || t.kind === 'link') && f.labels(t.norm), { maxLength: 40, cap: 1, needs: f.labels });
    const e = input[0] ?? caption[0];
    if (e) out.push({ name: f.name, evidence: e });
  }
  return out;
}

const ck01: Check = (page) => {
  const delegated = findLinks(page, { urls: NATIONAL_CATALOGUE, among: 'national' });
  const marker = anyOf(
    pageAt(page, CATALOGUE_ROUTE),
    page.pageType.type === 'catalogue' ? [evidenceAt(page.url, 'html', page.pageType.signals[0] ?? page.url)] : [],
    scanText(page, (t) => t.kind === 'text' && t.tag !== 'a' && CATALOGUE_HEADING(t.norm), { maxLength: 80, needs: CATALOGUE_HEADING }),
  );
  const onProcedure = page.pageType.type === 'procedure';
  if (marker.length === 0 || onProcedure) return delegated.length > 0 ? { evidence: delegated, message: { id: 'delegated' } } : none();
  const facets = catalogueFacets(page);
  const evidence = anyOf(marker.slice(0, 1), facets.map((f) => f.evidence), delegated);
  if (facets.length >= 2) return strong(evidence);
  if (delegated.length > 0) return { evidence: delegated, message: { id: 'delegated' } };
  if (facets.length === 1) return weak(evidence, { id: 'CK-01.oneFacet', data: { facet: facets[0]!.name } });
  return none({ id: 'CK-01.noFacets' });
};

// CK-02: the parts of a procedure that must be published (each with the variants portals use).
const either = (a: (n: string) => boolean, b: (n: string) => boolean) => (n: string) => a(n) || b(n);
const PROCEDURE_PARTS: ReadonlyArray<{ name: Localized; labels: (norm: string) => boolean }> = [
  { name: { vi: 'Mã thủ tục', en: 'procedure code (Mã thủ tục)' }, labels: start(['Mã thủ tục', 'Mã TTHC', 'Mã số thủ tục', 'Mã số TTHC']) },
  { name: { vi: 'Số quyết định', en: 'decision number (Số quyết định)' }, labels: start(['Số quyết định', 'Quyết định công bố', 'Số QĐ công bố']) },
  { name: { vi: 'Tên thủ tục', en: 'procedure name (Tên thủ tục)' }, labels: either(start(['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính']), exact(['Thủ tục'])) },
  { name: { vi: 'Cấp thực hiện', en: 'level of government (Cấp thực hiện)' }, labels: start(['Cấp thực hiện']) },
  { name: { vi: 'Loại thủ tục', en: 'procedure type (Loại thủ tục)' }, labels: start(['Loại thủ tục', 'Loại TTHC']) },
  { name: { vi: 'Lĩnh vực', en: 'field (Lĩnh vực)' }, labels: start(['Lĩnh vực']) },
  { name: { vi: 'Trình tự thực hiện', en: 'steps (Trình tự thực hiện)' }, labels: start(['Trình tự thực hiện', 'Các bước thực hiện', 'Trình tự thủ tục']) },
  // DVCQG shows this part as a table: Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí.
  { name: { vi: 'Cách thức thực hiện', en: 'ways of submission (Cách thức thực hiện)' }, labels: start(['Cách thức thực hiện', 'Hình thức nộp', 'Thời hạn giải quyết', 'Thời gian giải quyết', 'Phí, lệ phí']) },
  // Its table: Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng.
  { name: { vi: 'Thành phần hồ sơ', en: 'required documents (Thành phần hồ sơ)' }, labels: start(['Thành phần hồ sơ', 'Thành phần, số lượng hồ sơ', 'Tên giấy tờ', 'Hồ sơ bao gồm']) },
  { name: { vi: 'Đối tượng thực hiện', en: 'who may apply (Đối tượng thực hiện)' }, labels: start(['Đối tượng thực hiện']) },
  { name: { vi: 'Cơ quan thực hiện', en: 'handling agency (Cơ quan thực hiện)' }, labels: start(['Cơ quan thực hiện', 'Cơ quan trực tiếp thực hiện', 'Cơ quan giải quyết']) },
  { name: { vi: 'Cơ quan có thẩm quyền', en: 'competent authority (Cơ quan có thẩm quyền)' }, labels: start(['Cơ quan có thẩm quyền', 'Cơ quan có thẩm quyền quyết định']) },
  { name: { vi: 'Địa chỉ tiếp nhận hồ sơ', en: 'where to submit (Địa chỉ tiếp nhận hồ sơ)' }, labels: start(['Địa chỉ tiếp nhận hồ sơ', 'Địa chỉ tiếp nhận', 'Nơi tiếp nhận hồ sơ', 'Nơi tiếp nhận']) },
  { name: { vi: 'Kết quả thực hiện', en: 'result (Kết quả thực hiện)' }, labels: start(['Kết quả thực hiện', 'Kết quả thực hiện thủ tục', 'Kết quả giải quyết']) },
  { name: { vi: 'Căn cứ pháp lý', en: 'legal basis (Căn cứ pháp lý)' }, labels: start(['Căn cứ pháp lý', 'Cơ sở pháp lý']) },
  {
    name: { vi: 'Yêu cầu, điều kiện thực hiện', en: 'requirements and conditions (Yêu cầu, điều kiện thực hiện)' },
    labels: start(['Yêu cầu, điều kiện thực hiện', 'Yêu cầu, điều kiện', 'Yêu cầu - điều kiện', 'Yêu cầu điều kiện thực hiện', 'Điều kiện thực hiện']),
  },
];
/** A part's label is a short text of its own, not a link (a catalogue's procedure names) nor a sentence. */
const isPartLabel = (t: TextItem) => t.raw.length <= 60 && t.tag !== 'a' && (t.kind === 'text' || t.kind === 'field');
const isAnyPartLabel = (t: TextItem) => isPartLabel(t) && PROCEDURE_PARTS.some((p) => p.labels(t.norm));
/** A caption such as "Cơ quan ban hành:": the next label, never a value. */
const isCaption = (t: TextItem) => t.raw.length <= 60 && /[:：]\s*$/u.test(t.raw);
const CONTENT = /[\p{L}\p{N}].*[\p{L}\p{N}]/u;

/**
 * Does a part label show its content: after its colon in its own text, or
 * in a following text of its block before the next label ("<p><b>Phí, lệ
 * phí:</b></p><p>Không</p>", a table row, a term and its definition)? Portals
 * also publish the headings with nothing under them (a template filled in
 * part, values a script was to write): such a part is not shown.
 */
function partHasContent(page: PageView, t: TextItem): boolean {
  if (t.kind === 'field') return true;
  const colon = t.raw.search(/[:：]/u);
  if (colon !== -1 && CONTENT.test(t.raw.slice(colon + 1))) return true;
  if (t.index < 0) return false;
  const texts = page.contentTexts;
  for (let j = t.index + 1; j <= t.index + 4 && j < texts.length; j++) {
    const v = texts[j]!;
    if (isCaption(v) || isAnyPartLabel(v)) return false;
    if (t.blocks.length > 0 && v.blocks.length > 0 && !sameBlock(t, v)) continue;
    if (CONTENT.test(v.raw)) return true;
  }
  return false;
}

const ck02: Check = (page, options) => {
  const complete = option(options, 'completeParts', 14);
  const enough = option(options, 'minParts', 8);
  const found: Evidence[] = [];
  const empty: Evidence[] = [];
  const missing: Localized[] = [];
  const emptyNames: Localized[] = [];
  for (const part of PROCEDURE_PARTS) {
    const labels = textsWith(page, page.texts, part.labels).filter((t) => isPartLabel(t) && part.labels(t.norm));
    const shown = labels.find((t) => partHasContent(page, t));
    if (shown) found.push(evidenceAt(page.url, shown.selector, shown.raw));
    else {
      missing.push(part.name);
      if (labels[0]) {
        empty.push(evidenceAt(page.url, labels[0].selector, labels[0].raw));
        emptyNames.push(part.name);
      }
    }
  }
  const labelled = found.length + empty.length;
  // A few part-like words on another kind of page (a catalogue's columns, a lookup result) are no procedure page.
  if (page.pageType.type !== 'procedure' && labelled < 4) return none();
  if (labelled < 3) return none();
  // The parts are there as headings with nothing under them: written later by the page's script, or never filled.
  if (found.length < 3) {
    if (page.scriptBound) return weak(empty.slice(0, 5), { id: 'CK-02.scriptFilled', data: { empty: emptyNames } });
    return failed(empty.slice(0, 5), { id: 'CK-02.emptyParts', data: { empty: emptyNames } });
  }
  const data = { found: found.length, total: PROCEDURE_PARTS.length, min: enough, complete, missing };
  if (found.length < enough) return failed(anyOf(found, empty.slice(0, 2)), { id: 'CK-02.tooFew', data });
  if (found.length < complete) return weak(found, { id: 'CK-02.incomplete', data });
  return strong(found, missing.length > 0 ? { id: 'CK-02.almost', data } : undefined);
};

// CK-03: codes of the national TTHC database, "1.001234" (national), "2.000123", "3.000456".
const TTHC_CODE = /(?<![\d.])[123]\.\d{6}(?!\d)/;
const NATIONAL_PROCEDURE = urls(['dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=']);
const NATIONAL_PROCEDURE_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

const CODE_LABEL = start(['Mã thủ tục', 'Mã số thủ tục', 'Mã TTHC', 'Mã số TTHC', 'Mã thủ tục hành chính']);
/** A code-shaped value: letters, digits and separators, no spaces ("T-BRV-264853-TT", "BTP-HCM-284671"). */
const CODE_VALUE = /^\s?[:：]?\s?[\p{L}\p{N}][\p{L}\p{N}.\-/_]{3,40}\s?$/u;

const ck03: Check = (page) => {
  const evidence = anyOf(findLinks(page, { urls: NATIONAL_PROCEDURE }), scanText(page, (t) => t.kind === 'text' && TTHC_CODE.test(t.raw)));
  const code = evidence.map((e) => TTHC_CODE.exec(e.text)?.[0]).find((c) => c !== undefined);
  if (code) return { evidence, message: { id: 'CK-03.crossCheck', data: { code, url: `${NATIONAL_PROCEDURE_URL}${code}` } } };
  // A code under its label in another shape (the database's older "T-BRV-264853-TT"): the inspector checks it.
  const labelled = findLabelledValues(page, { label: CODE_LABEL, value: (s) => CODE_VALUE.test(s) && /\d/.test(s), maxLabelLength: 60, cap: 2 });
  if (labelled.length > 0) return { evidence: labelled.map((v) => v.evidence), message: { id: 'CK-03.otherFormat' } };
  return { evidence };
};

// CK-04: a form to download is a document file (by address or by name) labelled as a form.
const DOCUMENT_FILE = /\.(?:docx?|pdf|xlsx?|odt|ods|rtf)(?=$|[?#&/;])/i;
const FORM_LABEL = phrase(['Mẫu đơn, tờ khai', 'Mẫu đơn', 'Tờ khai', 'Mẫu tờ khai', 'Biểu mẫu', 'Mẫu số', 'Tải mẫu', 'Đơn đề nghị', 'Phiếu đề nghị', 'Mẫu đơn, tờ khai đính kèm', 'Đơn xin', 'Đơn đăng ký']);
/**
 * File names of forms as portals upload them: Mau_01, to-khai, ToKhai, bieu-mau,
 * Don+xin+… (Liferay writes spaces as "+"); not a receipt, "phieu-tiep-nhan".
 */
const FORM_FILE_NAME = /(?:^|[/_\-.\s(+])(?:mau|to[-_ +]?khai|bieu[-_ +]?mau|(?:don|phieu)[-_ +]?de[-_ +]?nghi|don[-_ +]?(?:xin|dang[-_ +]?ky))(?:[-_\s.\d+]|$)/i;
/** An address that serves a file for download without showing its extension (download_file.jsp?ma=…, /filetemplates/3, GetFile.ashx?id=…). */
const DOWNLOAD_ENDPOINT = /download|tai-?ve|getfile|get-?file|attachment|dinh-?kem|filetemplate|file-?mau/i;

/** Captions of a list of attached forms ("Danh sách tài liệu, biểu mẫu đính kèm", "File biểu mẫu"). */
const FORM_LIST_CAPTION = phrase(['Biểu mẫu đính kèm', 'Tài liệu, biểu mẫu', 'Danh sách biểu mẫu', 'File biểu mẫu', 'Tệp biểu mẫu', 'Mẫu đơn, tờ khai đính kèm', 'Danh sách mẫu đơn']);

/**
 * A caption over a list of files: the section the caption heads (its parent or
 * grandparent, never the page body) holds the link a few levels down, as a
 * table of attachments under its title.
 */
function captionOf(caption: TextItem, link: { selector: string }): boolean {
  if (!FORM_LIST_CAPTION(caption.norm)) return false;
  const parts = caption.selector.split(' > ');
  const depth = link.selector.split(' > ').length;
  for (let up = 1; up <= 2 && up < parts.length; up++) {
    const section = parts.slice(0, parts.length - up);
    if (/^(?:body|html)\b/.test(section[section.length - 1]!)) break;
    if (inside(link.selector, section.join(' > ')) && depth - section.length <= 6) return true;
  }
  return false;
}

const ck04: Check = (page) => {
  const labels = page.texts.filter((t) => t.kind === 'text' && FORM_LABEL(t.norm));
  const out: Evidence[] = [];
  for (const l of page.links) {
    const file = DOCUMENT_FILE.test(l.href) || DOCUMENT_FILE.test(l.link.text);
    // A link that says it is the form and leads to a download: the national database's download_file.jsp?ma=…
    const namedDownload = !file && (FORM_LABEL(l.norm) || FORM_LABEL(l.normLabel)) && DOWNLOAD_ENDPOINT.test(l.path);
    if (!file && !namedDownload) continue;
    let fileName = '';
    try {
      fileName = decodeURIComponent(l.path.split(/[?#]/)[0]!.split('/').pop() ?? '');
    } catch {
      fileName = l.path;
    }
    const named = namedDownload || FORM_LABEL(l.norm) || FORM_LABEL(l.normLabel) || FORM_FILE_NAME.test(fileName) || FORM_FILE_NAME.test(l.link.text);
    const labelled = named || labels.some((t) => sameBlock(t, l) || near(t.selector, l.selector, 2) || sameColumn(t.selector, l.selector) || captionOf(t, l));
    if (labelled) out.push(linkEvidence(page, l));
    if (out.length >= 5) break;
  }
  if (out.length === 0 && page.scriptBound && labels.length > 0) {
    // "File biểu mẫu" over a list the page's script fills from data.
    return weak(labels.slice(0, 2).map((t) => evidenceAt(page.url, t.selector, t.raw)), { id: 'CK-04.scriptFilled' });
  }
  return { evidence: out };
};

// CK-05: results of processing, split by timeliness (not visitor counters).
const TIMELINESS = [phrase(['Đúng hạn']), phrase(['Quá hạn', 'Trễ hạn']), phrase(['Trước hạn'])];
const STATISTICS_HEADING = phrase([
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
]);
const STATISTICS_ROUTE = routes('statistics');

const STATISTICS_FRAME = urls([/thong-?ke|statistic/i]);

const ck05: Check = (page) => {
  const classes = TIMELINESS.map((m) => findText(page, m, { maxLength: 60, cap: 2 }));
  const seen = classes.filter((c) => c.length > 0);
  const shown = anyOf(
    findText(page, STATISTICS_HEADING, { maxLength: 80, kinds: ['text', 'link', 'button'] }),
    seen.length >= 2 ? seen.flat() : [],
    findLinks(page, { urls: STATISTICS_ROUTE }),
  );
  if (shown.length > 0) return { evidence: anyOf(pageAt(page, STATISTICS_ROUTE), shown) };
  // Only the page's own address or title says "statistics", or the figures sit in another system's frame: none are in this markup.
  const named = anyOf(pageAt(page, STATISTICS_ROUTE), findText(page, STATISTICS_HEADING, { maxLength: 120, kinds: ['title'] }), findIframes(page, STATISTICS_FRAME));
  return named.length > 0 ? weak(named, { id: 'CK-05.noFigures' }) : none();
};

// CK-06: the 766 index.
const INDEX_766_URLS = urls(['dvc-index-tinhthanhpho-tonghop.html', 'dichvucong.gov.vn/p/home/dvc-index']);
const INDEX_766 = phrase([
  'Bộ chỉ số phục vụ người dân và doanh nghiệp',
  'Bộ chỉ số phục vụ người dân, doanh nghiệp',
  'Chỉ số phục vụ người dân và doanh nghiệp',
  'Đánh giá chất lượng phục vụ người dân, doanh nghiệp',
  'Bộ chỉ số 766',
]);

const ck06: Check = (page) => ({
  evidence: anyOf(findLinks(page, { urls: INDEX_766_URLS }), findText(page, INDEX_766), findImages(page, { alt: INDEX_766 })),
});

// CK-07: late dossiers and apologies; a menu entry of its own, not a column of the statistics.
const OVERDUE_URLS = urls(['ho-so-tre-han', 'ho-so-qua-han', 'thu-xin-loi', 'phieu-xin-loi']);
const OVERDUE_TEXT = phrase([
  'Thư xin lỗi',
  'Phiếu xin lỗi',
  'Văn bản xin lỗi',
  'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  'Danh sách hồ sơ trễ hạn',
  'Danh sách hồ sơ quá hạn',
  'Công khai hồ sơ trễ hạn',
  'Công khai hồ sơ quá hạn',
]);
const OVERDUE_MENU = exact(['Hồ sơ trễ hạn', 'Hồ sơ quá hạn', 'Hồ sơ chậm trả', 'Hồ sơ trễ hẹn']);

const ck07: Check = (page) => ({
  evidence: anyOf(
    findLinks(page, { urls: OVERDUE_URLS }),
    findText(page, OVERDUE_TEXT),
    page.links.filter((l) => OVERDUE_MENU(l.norm)).map((l) => linkEvidence(page, l)),
  ),
});

// CK-08: who owns the portal, where, and how to write to them.
const OWNER_LABEL = start([
  'Cơ quan chủ quản',
  'Cơ quản chủ quản',
  'Đơn vị chủ quản',
  'Cơ quan quản lý',
  'Đơn vị quản lý',
  'Đơn vị vận hành',
  'Cơ quan vận hành',
  'Cơ quan chủ trì',
  'Cơ quan thiết lập',
  'Bản quyền thuộc về',
  'Bản quyền của',
  'Bản quyền',
  'Copyright',
]);
/** "© 2017 Bản quyền thuộc về …", "© Cổng thông tin …", "Bản quyền © 2012 Tỉnh ủy …". */
const COPYRIGHT = /(?:^|[\s(])(?:©|\(c\)|bản quyền(?: thuộc về| của)?|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?:bản quyền(?: thuộc về| của)?\s*)?[:\-–]?\s*[\p{L}]/u;
/** An agency's name as a footer line ("ỦY BAN NHÂN DÂN TỈNH …", "Cục …", "Trung tâm …"). */
const AGENCY_NAME =
  /^(?:©\s?)?(?:ủy ban nhân dân|ubnd|bộ(?! phận)|sở|cục|tổng cục|ban(?! biên tập| chỉ đạo)|trung tâm|văn phòng|chi cục|cổng thông tin điện tử|cổng dịch vụ công|trang thông tin điện tử|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|hội đồng nhân dân)(?![\p{L}\p{N}])/u;
const ADDRESS_LABEL = start(['Địa chỉ', 'Trụ sở', 'Trụ sở chính', 'ĐC', 'Đ/c', 'Address', 'Địa chỉ liên hệ', 'Địa chỉ trụ sở']);
const NOT_POSTAL = /^\s?(?:e-?mail|thư điện tử|website|web|trang web|ip)(?![\p{L}])/u;
const ADDRESS_INLINE = /(?<![\p{L}\p{N}])(?:địa chỉ|trụ sở|đc|đ\/c)(?: liên hệ| trụ sở| cơ quan| chính)?\s*[:：]/u;
/** A street address without a label: "52 Hùng Vương, thành phố Quảng Ngãi", "Km 29 Đại lộ Thăng Long", "Số 8 Tôn Thất Thuyết". */
const STREET_ADDRESS =
  /(?:^|[\s,.])(?:số\s*)?(?:\d{1,4}[a-z]?(?:\/\d{1,4})?|km\s*\d{1,4})\s+(?:đường\s+|phố\s+)?\p{Lu}?[\p{L}][\p{L}\d .'/-]{1,60}?,\s*(?:phường|xã|quận|huyện|thành phố|tp\.?|tỉnh|thị trấn|thị xã|hà nội)(?![\p{L}])/u;
const EMAIL_LABEL = start(['Email', 'E-mail', 'Thư điện tử', 'Hộp thư', 'Mail']);
const EMAIL_ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/;

interface ContactPart {
  name: Localized;
  evidence: Evidence[];
  items: TextItem[];
}

function ownerAddressEmail(page: PageView): { owner: ContactPart; address: ContactPart; email: ContactPart } {
  return page.memo('ck08.parts', () => {
    const texts = page.contentTexts;
    const labelled = (label: ReturnType<typeof start>, value: (s: string, own: boolean) => boolean) =>
      findLabelledValues(page, { label, value, maxLabelLength: 300, window: 4 });
    const hasValue = (s: string) => /[\p{L}\p{N}]/u.test(s);
    const ownerLabelled = labelled(OWNER_LABEL, (s, own) => (own ? /[\p{L}]{2}/u.test(s) : hasValue(s) && s.length <= 200));
    const copyright = texts.filter((t) => t.raw.length <= 300 && COPYRIGHT.test(t.norm));
    // "Địa chỉ email:", "Địa chỉ website:" are not a postal address.
    const addressLabelled = labelled(ADDRESS_LABEL, (s, own) => !NOT_POSTAL.test(s) && (own ? /[\p{L}\p{N}]{2}/u.test(s) : hasValue(s) && s.length <= 300));
    const addressInline = texts.filter((t) => t.raw.length <= 400 && ADDRESS_INLINE.test(t.norm));
    const street = texts.filter((t) => t.raw.length <= 400 && STREET_ADDRESS.test(t.norm));
    const emailText = texts.filter((t) => t.raw.length <= 400 && EMAIL_ADDRESS.test(t.raw));
    const mailto = page.links.filter((l) => /^mailto:\s*[^@\s]+@/i.test(l.href));
    const emailLabelled = labelled(EMAIL_LABEL, (s) => EMAIL_ADDRESS.test(s));

    const address: TextItem[] = [...addressLabelled.map((v) => v.value), ...addressInline, ...street];
    const email: TextItem[] = [...emailLabelled.map((v) => v.value), ...emailText];
    const contact = [...address, ...email];
    // An agency's name counts as the owner where it heads the contact block (the footer), not in a menu or a table.
    const agency = texts.filter(
      (t) => t.raw.length <= 160 && t.tag !== 'a' && t.tag !== 'td' && t.tag !== 'th' && AGENCY_NAME.test(t.norm) && contact.some((c) => c !== t && (sameBlock(t, c) || sameBlock(c, t) || Math.abs(c.index - t.index) <= 3)),
    );
    const owner: TextItem[] = [...ownerLabelled.map((v) => v.label), ...copyright, ...agency];
    const ev = (items: TextItem[]) => dedupe(items.map((t) => evidenceAt(page.url, t.selector, t.raw)), 2);
    return {
      owner: { name: { vi: 'cơ quan chủ quản', en: 'owning agency' }, evidence: ev(owner), items: owner },
      address: { name: { vi: 'địa chỉ', en: 'address' }, evidence: ev(address), items: address },
      email: {
        name: { vi: 'thư điện tử', en: 'e-mail' },
        evidence: anyOf(
          mailto.slice(0, 1).map((l) => linkEvidence(page, l)),
          ev(email),
        ).slice(0, 2),
        items: email,
      },
    };
  });
}

const ck08: Check = (page) => {
  const { owner, address, email } = ownerAddressEmail(page);
  const parts = [owner, address, email];
  const found = parts.filter((p) => p.evidence.length > 0);
  const evidence = anyOf(...found.map((p) => p.evidence));
  if (found.length === parts.length) return strong(evidence);
  if (found.length === 0) return none();
  const missing = parts.filter((p) => p.evidence.length === 0).map((p) => p.name);
  if (found.length === 2) return weak(evidence, { id: 'CK-08.missing', data: { missing } });
  return failed(evidence, { id: 'CK-08.missing', data: { missing } });
};

// CK-09: statuses on a lookup result (a heading and at least one step name).
const STATUS_HEADINGS = start(['Trạng thái', 'Trạng thái hồ sơ', 'Trạng thái xử lý', 'Tình trạng hồ sơ', 'Tình trạng xử lý', 'Quá trình xử lý', 'Tiến trình xử lý', 'Tiến độ xử lý', 'Lịch sử xử lý']);
const STATUS_NAMES = phrase([
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

const ck09: Check = (page) => {
  const headings = findText(page, STATUS_HEADINGS, { maxLength: 40, cap: 2 });
  if (headings.length === 0) return none();
  const statuses = findText(page, STATUS_NAMES, { maxLength: 80, cap: 3 });
  return { evidence: statuses.length > 0 ? anyOf(headings, statuses) : [] };
};

// CK-10: guidance, not an official "Hướng dẫn số …/HD-UBND" document.
const GUIDANCE = phrase([
  'Hướng dẫn sử dụng',
  'Xem hướng dẫn',
  'Tài liệu hướng dẫn',
  'Video hướng dẫn',
  'Hướng dẫn nộp hồ sơ trực tuyến',
  'Hướng dẫn thực hiện dịch vụ công trực tuyến',
  'Hướng dẫn sử dụng dịch vụ công',
  'Hướng dẫn công dân',
  'Cẩm nang hướng dẫn',
]);
const GUIDE_ROUTE = routes('guide');
const GUIDE_URLS = urls(['/danh-sach-tai-lieu-hdsd', 'hdsd']);
const VIDEO = urls([/youtube\.com\/embed|youtu\.be|player\.vimeo/i]);
const GUIDE_VIDEO_TITLE = /hướng dẫn|hdsd/iu;

const ck10: Check = (page) => ({
  evidence: anyOf(
    pageAt(page, GUIDE_ROUTE),
    findLinks(page, { urls: GUIDE_URLS, labels: GUIDANCE, slugs: true }),
    findLinks(page, { urls: GUIDE_ROUTE }),
    findText(page, GUIDANCE),
    findIframes(page, VIDEO).filter((e) => GUIDE_VIDEO_TITLE.test(norm(e.text))),
  ),
});

export const publicityChecks: Checks = {
  'CK-01': ck01,
  'CK-02': ck02,
  'CK-03': ck03,
  'CK-04': ck04,
  'CK-05': ck05,
  'CK-06': ck06,
  'CK-07': ck07,
  'CK-08': ck08,
  'CK-09': ck09,
  'CK-10': ck10,
};
