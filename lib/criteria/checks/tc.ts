import type { Check, Checks } from '../check';
import { findInputs, findLinks, findText, linkEvidence, pageAt } from '../find';
import { anyOf, evidenceAt, identifiers, phrase, urls } from '../match';
import { routes } from '../platforms';
import type { Evidence } from '../types';
import type { PageView } from '../views';
import { ownOrDelegated, weak } from './common';

/** TC — lookup and tracking. */

/** Public record lookup as portals label it (not "Tra cứu thủ tục", "Tra cứu biên lai"). */
const LOOKUP = phrase([
  'Tra cứu hồ sơ',
  'Tra cứu tình trạng hồ sơ',
  'Tra cứu tiến độ hồ sơ',
  'Tra cứu tình hình giải quyết hồ sơ',
  'Tra cứu kết quả giải quyết hồ sơ',
  'Tra cứu kết quả hồ sơ',
  'Tra cứu thông tin hồ sơ',
]);
/** Lookup routes of every known platform (./platforms.ts) and the usual slugs. */
const LOOKUP_ROUTE = routes('lookup');
/** The field a citizen types the dossier code into. */
const DOSSIER_CODE_FIELD = phrase(['Mã hồ sơ', 'Nhập mã hồ sơ', 'Mã số hồ sơ', 'Mã biên nhận', 'Mã số biên nhận', 'Số biên nhận']);
const DOSSIER_CODE_NAME = identifiers(['Mã hồ sơ', 'maHoSo', 'Mã số hồ sơ', 'Mã biên nhận', 'maSoBienNhan', 'dossierCode']);
const NATIONAL_LOOKUP = urls(['dvc-tra-cuu-ho-so']);

/** A code field is the public lookup only signed out and outside the citizen's own dossiers. */
const publicPage = (page: PageView) => !page.signedIn && page.pageType.type !== 'my-dossiers' && page.pageType.type !== 'submission';

const tc01: Check = (page) => {
  const own = anyOf(
    pageAt(page, LOOKUP_ROUTE),
    publicPage(page) ? findInputs(page, DOSSIER_CODE_FIELD, { names: DOSSIER_CODE_NAME }) : [],
    page.ownLinks.filter((l) => l.sameSite && (LOOKUP_ROUTE(l.href) || LOOKUP(l.norm) || LOOKUP(l.normLabel))).map((l) => linkEvidence(page, l)),
    findText(page, LOOKUP, { own: true, kinds: ['text', 'button'] }),
  );
  const national = findLinks(page, { urls: NATIONAL_LOOKUP, labels: LOOKUP, among: 'national' });
  const result = ownOrDelegated(own, national);
  if (result.evidence.length > 0) return result;
  // The lookup of another portal (a commune's site linking to its province's): the inspector audits that portal.
  const elsewhere = page.ownLinks.filter((l) => !l.sameSite && (LOOKUP_ROUTE(l.href) || LOOKUP(l.norm) || LOOKUP(l.normLabel)));
  if (elsewhere.length > 0) return weak(elsewhere.map((l) => linkEvidence(page, l, true)), { id: 'TC-01.elsewhere', data: { host: elsewhere[0]!.host } });
  return result;
};

/** "Dịch vụ công của tôi" and the like: the signed-in citizen's own dossiers. */
const MY_DOSSIERS = phrase(['Dịch vụ công của tôi', 'Hồ sơ của tôi', 'Danh sách hồ sơ của tôi', 'Quản lý hồ sơ đã nộp', 'Theo dõi hồ sơ']);
const MY_DOSSIERS_ROUTE = routes('myDossiers');

/** Procedure search: a keyword box plus at least one facet (field, agency, level) in the same form. */
const KEYWORD = phrase(['Tên thủ tục', 'Nhập tên thủ tục', 'Tìm kiếm thủ tục', 'Tìm thủ tục', 'Từ khóa', 'Nhập từ khóa', 'keyword', 'Tìm kiếm']);
const KEYWORD_NAME = identifiers(['keyword', 'tukhoa', 'Từ khóa', 'tenthutuc', 'Tên thủ tục', 'searchText']);
const FACET = phrase(['Lĩnh vực', 'Chọn lĩnh vực', 'Cơ quan', 'Cơ quan thực hiện', 'Chọn cơ quan', 'Cấp thực hiện', 'Đối tượng thực hiện', 'Mức độ', 'Mức độ DVC']);
const FACET_NAME = identifiers(['linhvuc', 'Lĩnh vực', 'coquan', 'Cơ quan', 'domain', 'agency', 'administration', 'capthuchien', 'mucdo', 'level']);
const ADVANCED_SEARCH = phrase(['Tìm kiếm nâng cao', 'Tìm kiếm chi tiết']);

function procedureSearchForms(page: PageView): Evidence[] {
  // A search inside "my dossiers" searches the citizen's dossiers, not the procedures.
  if (page.pageType.type === 'my-dossiers' || page.pageType.type === 'lookup') return [];
  const onCatalogue = page.pageType.type === 'catalogue';
  const out: Evidence[] = [];
  for (const form of page.snap.forms) {
    const one = [form];
    const facets = findInputs(page, FACET, { names: FACET_NAME, forms: one });
    if (facets.length === 0) continue;
    const keyword = findInputs(page, KEYWORD, { names: KEYWORD_NAME, forms: one });
    // On the catalogue a free text box beside the facets is the keyword box, label or not.
    const box = keyword.length > 0 ? keyword : onCatalogue ? form.inputs.filter((i) => i.type === 'text' || i.type === 'search').map((i) => evidenceAt(page.url, i.selector, i.placeholder || i.label || i.name)) : [];
    if (box.length > 0) out.push(...box.slice(0, 1), ...facets);
  }
  return out;
}

export const lookupChecks: Checks = {
  'TC-01': tc01,
  'TC-02': (page) => ({
    evidence: anyOf(pageAt(page, MY_DOSSIERS_ROUTE), findLinks(page, { urls: MY_DOSSIERS_ROUTE, labels: MY_DOSSIERS, slugs: true }), findText(page, MY_DOSSIERS)),
  }),
  'TC-03': (page) => ({
    evidence: anyOf(page.pageType.type === 'my-dossiers' ? [] : findText(page, ADVANCED_SEARCH), procedureSearchForms(page)),
  }),
};
