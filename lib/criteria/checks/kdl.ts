import type { Check, Checks } from '../check';
import { findLinks, findText, pageAt } from '../find';
import { anyOf, evidenceAt, phrase, urls } from '../match';
import type { Evidence } from '../types';
import type { PageView } from '../views';
import { codeEvidence, codeMatches } from './common';

/** KDL — electronic data store of organisations and individuals. */

/** The personal e-data store as portals name it (not "Kho dữ liệu mở", "Cơ sở dữ liệu", "Kho bạc"). */
const STORE = phrase([
  'Kho quản lý dữ liệu điện tử',
  'Kho tài liệu điện tử',
  'Kho tài liệu cá nhân',
  'Kho dữ liệu điện tử',
  'Kho dữ liệu cá nhân',
  'Kho dữ liệu của tôi',
  'Kho giấy tờ cá nhân',
  'Kho giấy tờ điện tử',
  'Kho hồ sơ điện tử',
]);
/** Store routes: /portaldvc/ho-so-ca-nhan/dvc-kho-tai-lieu-dien-tu, OpenCPS …/qlkdl#/… */
const STORE_ROUTES = urls(['kho-tai-lieu', 'kho-du-lieu', 'kho-giay-to', /\/qlkdl(?:[/?#]|$)/i]);

/** Is this page the store itself: at a store route, or titled or headed as one? */
function storePage(page: PageView): Evidence[] {
  const heading = page.contentTexts.find((t) => /^h[1-4]$/.test(t.tag) && STORE(t.norm));
  if (heading) return [evidenceAt(page.url, heading.selector, heading.raw)];
  const title = page.texts.find((t) => t.kind === 'title' && STORE(t.norm));
  if (title) return [evidenceAt(page.url, 'title', title.raw)];
  return pageAt(page, STORE_ROUTES);
}

/** In the store, documents the authorities issued (results), as opposed to the user's own uploads. */
const RESULT_IN_STORE = phrase([
  'Kết quả giải quyết',
  'Kết quả giải quyết TTHC',
  'Kết quả giải quyết thủ tục hành chính',
  'Giấy tờ kết quả',
  'Kết quả điện tử',
  'Giấy tờ được cấp',
  'Giấy tờ do cơ quan nhà nước cấp',
]);
/** Said wherever a result is saved into the store, on any page. */
const SAVED_TO_STORE = phrase(['Lưu kết quả vào kho', 'Đã lưu vào kho', 'Tự động lưu vào kho', 'Đồng bộ vào kho', 'Lưu vào kho dữ liệu']);
/** The "choose from the store" picker on the attachments of an application. */
const REUSE = phrase([
  'Chọn từ kho',
  'Chọn tệp từ kho',
  'Chọn giấy tờ từ kho',
  'Lấy từ kho',
  'Lấy giấy tờ từ kho',
  'Sử dụng giấy tờ trong kho',
  'Tái sử dụng giấy tờ',
  'Tái sử dụng thành phần hồ sơ',
  'Tái sử dụng kết quả',
]);
const REUSE_CODE = /CoTaiSuDungTPHS\w{0,40}/g;

const kdl02: Check = (page) => {
  // Result labels only count on the store page itself; elsewhere they describe lookups or procedures.
  const store = storePage(page);
  const results = store.length > 0 ? findText(page, RESULT_IN_STORE) : [];
  return { evidence: anyOf(findText(page, SAVED_TO_STORE), results.length > 0 ? [...results, ...store] : []) };
};

export const dataStoreChecks: Checks = {
  'KDL-01': (page) => ({ evidence: anyOf(pageAt(page, STORE_ROUTES), findLinks(page, { urls: STORE_ROUTES, labels: STORE, slugs: true }), findText(page, STORE)) }),
  'KDL-02': kdl02,
  'KDL-03': (page) => ({ evidence: anyOf(findText(page, REUSE), codeMatches(page, REUSE_CODE).map((m) => codeEvidence(page, m))) }),
};
