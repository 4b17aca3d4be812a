import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, findInputs, findLinks, findText, ownOrDelegated, pageAt, splitNationalLinks } from './match';
import type { Evidence, Group } from './types';

/** Public record lookup as portals label it (not "Tra cứu thủ tục", "Tra cứu biên lai"). */
const LOOKUP_LABELS = [
  'Tra cứu hồ sơ',
  'Tra cứu tình trạng hồ sơ',
  'Tra cứu tiến độ hồ sơ',
  'Tra cứu tình hình giải quyết hồ sơ',
  'Tra cứu kết quả giải quyết hồ sơ',
  'Tra cứu kết quả hồ sơ',
  'Tra cứu thông tin hồ sơ',
];
/** Lookup routes of the platforms: React /portaldvc, VNPT iGate, OpenCPS, DVCQG and its clones. */
const LOOKUP_ROUTES: (string | RegExp)[] = [
  /\/portaldvc\/tra-cuu(?:[/?#]|$)/i,
  '/dossier/search',
  '/dossier/public',
  'tracuu-ho-so',
  'tracuuhoso',
  'dvc-tra-cuu-ho-so',
];
/** The input a citizen types the dossier code into. */
const DOSSIER_CODE_INPUTS = ['Mã hồ sơ', 'Nhập mã hồ sơ', 'Mã biên nhận', 'Số biên nhận'];

/** Procedure search: a keyword box plus at least one facet (field, agency, level) in the same form. */
const KEYWORD_INPUTS = ['Tên thủ tục', 'Nhập tên thủ tục', 'Tìm kiếm thủ tục', 'Tìm thủ tục', 'Từ khóa', 'Nhập từ khóa', 'keyword'];
const FACET_INPUTS = [
  'Lĩnh vực',
  'Chọn lĩnh vực',
  'Cơ quan',
  'Cơ quan thực hiện',
  'Chọn cơ quan',
  'Cấp thực hiện',
  'Đối tượng thực hiện',
  'Mức độ',
  'Mức độ DVC',
];

function procedureSearchForms(page: PageSnapshot): Evidence[] {
  const out: Evidence[] = [];
  for (const form of page.forms) {
    const one = { ...page, forms: [form] };
    const keyword = findInputs(one, KEYWORD_INPUTS);
    const facets = findInputs(one, FACET_INPUTS);
    if (keyword.length > 0 && facets.length > 0) out.push(...keyword.slice(0, 1), ...facets);
  }
  return out;
}

/** "Dịch vụ công của tôi" and the like: the signed-in citizen's own dossiers. */
const MY_DOSSIER_LABELS = ['Dịch vụ công của tôi', 'Hồ sơ của tôi', 'Danh sách hồ sơ của tôi', 'Quản lý hồ sơ đã nộp', 'Theo dõi hồ sơ'];

export const lookup: Group = {
  id: 'TC',
  title: { vi: 'Tra cứu và theo dõi hồ sơ', en: 'Lookup and tracking' },
  criteria: [
    {
      id: 'TC-01',
      group: 'TC',
      title: { vi: 'Tra cứu hồ sơ theo mã không cần đăng nhập', en: 'Public lookup by dossier code' },
      basis: 'S1 Art 6(r) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có trang "Tra cứu hồ sơ" với ô nhập "Mã hồ sơ" dùng được khi chưa đăng nhập (ví dụ /portaldvc/tra-cuu, /vi/dossier/search), hoặc liên kết tới trang tra cứu của Cổng DVC quốc gia (dvc-tra-cuu-ho-so.html). Thử tra cứu một mã hồ sơ mẫu khi chưa đăng nhập.',
        en: 'The portal has a "Tra cứu hồ sơ" page with a "Mã hồ sơ" (dossier code) box usable without signing in (e.g. /portaldvc/tra-cuu, /vi/dossier/search), or links to the national portal\'s lookup (dvc-tra-cuu-ho-so.html). Try a sample code while signed out.',
      },
      check: (page) => {
        const { own, national } = splitNationalLinks(page);
        return ownOrDelegated(
          anyOf(
            pageAt(page, LOOKUP_ROUTES),
            findInputs(page, DOSSIER_CODE_INPUTS),
            findLinks(own, { urls: LOOKUP_ROUTES, labels: LOOKUP_LABELS, slugs: true }),
            findText(own, LOOKUP_LABELS),
          ),
          findLinks(national, { urls: ['dvc-tra-cuu-ho-so'], labels: LOOKUP_LABELS, slugs: true }),
        );
      },
    },
    {
      id: 'TC-02',
      group: 'TC',
      title: { vi: 'Theo dõi hồ sơ của tôi', en: 'Track my dossiers' },
      basis: 'S1 Art 6(m) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập bằng tài khoản thử và mở "Dịch vụ công của tôi": xác nhận thấy danh sách hồ sơ đã nộp cùng trạng thái xử lý của từng hồ sơ.',
        en: 'Sign in with a test account and open "Dịch vụ công của tôi" (my services): confirm it lists the dossiers submitted with each one\'s processing status.',
      },
      check: (page) => {
        const urls = ['dvc-cua-toi', 'dich-vu-cong-cua-toi', 'ho-so-cua-toi'];
        return {
          evidence: anyOf(pageAt(page, urls), findLinks(page, { urls, labels: MY_DOSSIER_LABELS, slugs: true }), findText(page, MY_DOSSIER_LABELS)),
        };
      },
    },
    {
      id: 'TC-03',
      group: 'TC',
      title: { vi: 'Tìm kiếm TTHC theo tiêu chí', en: 'Search procedures by criteria' },
      basis: 'S1 Art 6(k) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang danh mục thủ tục có ô tìm kiếm theo tên/từ khóa kèm bộ lọc (lĩnh vực, cơ quan, cấp thực hiện, mức độ) hoặc nút "Tìm kiếm nâng cao". Thử lọc theo một lĩnh vực để xác nhận.',
        en: 'The procedure catalogue has a name/keyword search with filters (field, agency, level of government, service level) or a "Tìm kiếm nâng cao" (advanced search) button. Try filtering by one field to confirm.',
      },
      check: (page) => ({
        evidence: anyOf(findText(page, ['Tìm kiếm nâng cao', 'Tìm kiếm chi tiết']), procedureSearchForms(page)),
      }),
    },
  ],
};
