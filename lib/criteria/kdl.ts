import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, excerpt, findLinks, findScripts, findText, labelMatcher, pageAt } from './match';
import type { Evidence, Group } from './types';

/** The personal e-data store as portals name it (not "Kho dữ liệu mở", "Cơ sở dữ liệu", "Kho bạc"). */
const STORE_LABELS = [
  'Kho quản lý dữ liệu điện tử',
  'Kho tài liệu điện tử',
  'Kho tài liệu cá nhân',
  'Kho dữ liệu điện tử',
  'Kho dữ liệu cá nhân',
  'Kho dữ liệu của tôi',
  'Kho giấy tờ cá nhân',
  'Kho giấy tờ điện tử',
  'Kho hồ sơ điện tử',
];
/** Store routes: /portaldvc/ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu, OpenCPS …/qlkdl#/… */
const STORE_ROUTES: (string | RegExp)[] = ['kho-tai-lieu', 'kho-du-lieu', 'kho-giay-to', /\/qlkdl(?:[/?#]|$)/i];

/** Is this page the store itself: at a store route, or titled or headed as one? */
function storePage(page: PageSnapshot): Evidence[] {
  const isStore = labelMatcher(STORE_LABELS);
  const heading = page.texts.find((t) => /^h[1-4]$/.test(t.tag) && isStore(t.text));
  if (heading) return [{ pageUrl: page.url, selector: heading.selector, text: excerpt(heading.text) }];
  if (isStore(page.title)) return [{ pageUrl: page.url, selector: 'title', text: excerpt(page.title) }];
  return pageAt(page, STORE_ROUTES);
}

/** In the store, documents the authorities issued (results), as opposed to the user's own uploads. */
const RESULT_IN_STORE_LABELS = [
  'Kết quả giải quyết',
  'Kết quả giải quyết TTHC',
  'Kết quả giải quyết thủ tục hành chính',
  'Giấy tờ kết quả',
  'Kết quả điện tử',
  'Giấy tờ được cấp',
  'Giấy tờ do cơ quan nhà nước cấp',
];
/** Said wherever a result is saved into the store, on any page. */
const SAVED_TO_STORE_LABELS = ['Lưu kết quả vào kho', 'Đã lưu vào kho', 'Tự động lưu vào kho', 'Đồng bộ vào kho', 'Lưu vào kho dữ liệu'];

/** The "choose from the store" picker on the attachments of an application. */
const REUSE_LABELS = [
  'Chọn từ kho',
  'Chọn tệp từ kho',
  'Chọn giấy tờ từ kho',
  'Lấy từ kho',
  'Lấy giấy tờ từ kho',
  'Sử dụng giấy tờ trong kho',
  'Tái sử dụng giấy tờ',
  'Tái sử dụng thành phần hồ sơ',
  'Tái sử dụng kết quả',
];

export const dataWarehouse: Group = {
  id: 'KDL',
  title: { vi: 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân', en: 'Electronic data store of organisations and individuals' },
  criteria: [
    {
      id: 'KDL-01',
      group: 'KDL',
      title: { vi: 'Có Kho quản lý dữ liệu điện tử cho mỗi tài khoản', en: 'Per-user e-data store exists' },
      basis: 'NĐ 45/2020 [K]; S4 group "kho dữ liệu"',
      method: 'assisted',
      howToVerify: {
        vi: 'Đăng nhập bằng tài khoản thử, mở mục "Kho tài liệu điện tử"/"Kho quản lý dữ liệu điện tử" trong khu vực cá nhân (ví dụ /ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu) và xác nhận kho thuộc riêng tài khoản đó, có thể tải lên và xem giấy tờ.',
        en: 'Sign in with a test account, open the "Kho tài liệu điện tử" / "Kho quản lý dữ liệu điện tử" entry of the personal area (e.g. /ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu) and confirm the store belongs to that account and can hold and show documents.',
      },
      check: (page) => ({
        evidence: anyOf(
          pageAt(page, STORE_ROUTES),
          findLinks(page, { urls: STORE_ROUTES, labels: STORE_LABELS, slugs: true }),
          findText(page, STORE_LABELS),
        ),
      }),
    },
    {
      id: 'KDL-02',
      group: 'KDL',
      title: {
        vi: 'Kết quả giải quyết tự động lưu vào kho của chủ hồ sơ (và kho DVCQG/VNeID)',
        en: 'Results pushed into the owner\'s store',
      },
      basis: 'S14 [secondary]; NĐ 45/2020 [K]',
      method: 'assisted',
      howToVerify: {
        vi: 'Với tài khoản có hồ sơ thử đã hoàn thành, mở kho dữ liệu điện tử và xác nhận kết quả giải quyết đã tự có trong kho mà người dùng không phải tải lên.',
        en: 'With a test account whose dossier has been completed, open the e-data store and confirm the result is there without the user having uploaded it.',
      },
      check: (page) => {
        // Result labels only count on the store page itself; elsewhere they describe lookups or procedures.
        const store = storePage(page);
        const results = store.length > 0 ? findText(page, RESULT_IN_STORE_LABELS) : [];
        return { evidence: anyOf(findText(page, SAVED_TO_STORE_LABELS), results.length > 0 ? [...results, ...store] : []) };
      },
    },
    {
      id: 'KDL-03',
      group: 'KDL',
      title: { vi: 'Dùng lại giấy tờ từ kho khi nộp', en: 'Reuse from the store when submitting' },
      basis: 'S9 [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Khi nộp thử một hồ sơ trực tuyến, ở phần thành phần hồ sơ có nút "Chọn từ kho" (hoặc tương đương): chọn một giấy tờ đã có trong kho và xác nhận nó được đính kèm mà không phải tải lên lại.',
        en: 'While submitting a test application, the attachments step offers "Chọn từ kho" (choose from the store) or similar: pick a stored document and confirm it is attached without uploading it again.',
      },
      check: (page) => ({
        evidence: anyOf(findText(page, REUSE_LABELS), findScripts(page, { code: [/CoTaiSuDungTPHS\w*/] })),
      }),
    },
  ],
};
