import type { Checks } from '../check';
import { findLabelledValues, findLinks, findText } from '../find';
import { anyOf, phrase, urls } from '../match';

/** SH — digitisation of dossiers and results. */

/** Ways a lookup result offers the electronic result for download. */
const E_RESULT = phrase([
  'Kết quả điện tử',
  'Tải kết quả',
  'Tải về kết quả',
  'Tải file kết quả',
  'Tải tệp kết quả',
  'Xem kết quả điện tử',
  'Bản điện tử kết quả',
  'Bản điện tử của kết quả',
  'Kết quả giải quyết điện tử',
  'Giấy phép điện tử',
  'Nhận kết quả điện tử',
]);
const E_RESULT_URLS = urls(['ket-qua-dien-tu', 'tai-ket-qua']);

/** The 766 index block and statistics pages that publish the digitisation rate. */
const DIGITISATION = phrase(['Số hóa hồ sơ', 'Tỷ lệ số hóa', 'Tỉ lệ số hóa', 'Số hóa kết quả', 'Hồ sơ được số hóa', 'Hồ sơ đã số hóa', 'Kết quả được số hóa']);
const PERCENT = /\d{1,3}(?:[.,]\d{1,4})?\s?%/u;
const FRACTION = /(?<![\d/])\d{1,3}(?:[.,]\d{1,4})?\s?\/\s?\d{1,3}(?:[.,]\d{1,4})?(?![\d/])/u;
const POINTS = /\d{1,3}(?:[.,]\d{1,4})?\s?điểm/u;
const OWN_NUMBER = /^[^\d]{0,40}:\s?\d[\d.,]{0,20}\s?$/u;
const ALONE_NUMBER = /^\s?\d[\d.,]{0,20}\s?$/u;
const NOT_FIGURES = /lượt xem|lượt truy cập|ngày đăng/u;

/**
 * A figure next to the label: 95,2% · 18,5/22 · 20 điểm · (after "…:") 1.234.
 * The figure must stand alone (a value cell), not inside a sentence such as
 * a news headline "… đạt 100% vào năm 2025".
 */
function digitisationFigure(text: string, ownText: boolean): boolean {
  if (text.trim().length > (ownText ? 40 : 30)) return false;
  if (PERCENT.test(text) || FRACTION.test(text) || POINTS.test(text)) return true;
  return (ownText ? OWN_NUMBER : ALONE_NUMBER).test(text);
}

export const digitisationChecks: Checks = {
  'SH-02': (page) => ({ evidence: anyOf(findLinks(page, { urls: E_RESULT_URLS, labels: E_RESULT, slugs: true }), findText(page, E_RESULT)) }),
  'SH-03': (page) => ({
    evidence: findLabelledValues(page, { label: DIGITISATION, value: digitisationFigure, ignore: (t) => NOT_FIGURES.test(t), maxLabelLength: 120 }).map((v) => v.evidence),
  }),
};
