import { anyOf, findLabelledValue, findLinks, findText } from './match';
import type { Group } from './types';

/** Ways a lookup result offers the electronic result for download. */
const E_RESULT_LABELS = [
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
];

/** The 766 index block and statistics pages that publish the digitisation rate. */
const DIGITISATION_LABELS = [
  'Số hóa hồ sơ',
  'Tỷ lệ số hóa',
  'Tỉ lệ số hóa',
  'Số hóa kết quả',
  'Hồ sơ được số hóa',
  'Hồ sơ đã số hóa',
  'Kết quả được số hóa',
];

/**
 * A figure next to the label: 95,2% · 18,5/22 · 20 điểm · (after "…:") 1.234.
 * Dates are not figures, and the figure must stand alone (a value cell), not
 * inside a sentence such as a news headline "… đạt 100% vào năm 2025".
 */
function digitisationFigure(text: string, ownText: boolean): boolean {
  if (text.trim().length > (ownText ? 40 : 30)) return false;
  if (/\d+(?:[.,]\d+)?\s*%/u.test(text)) return true;
  if (/(?<![\d/])\d{1,3}(?:[.,]\d+)?\s*\/\s*\d{1,3}(?:[.,]\d+)?(?![\d/])/u.test(text)) return true;
  if (/\d+(?:[.,]\d+)?\s*điểm/u.test(text)) return true;
  return ownText ? /^[^\d]{0,40}:\s*\d[\d.,]*\s*$/u.test(text) : /^\s*\d[\d.,]*\s*$/u.test(text);
}

export const digitisation: Group = {
  id: 'SH',
  title: { vi: 'Số hóa hồ sơ và kết quả giải quyết', en: 'Digitisation of dossiers and results' },
  criteria: [
    {
      id: 'SH-01',
      group: 'SH',
      title: { vi: 'Số hóa thành phần hồ sơ khi tiếp nhận', en: 'Digitise dossier parts at reception' },
      basis: 'S9 [P]; S8 [P]',
      method: 'manual',
      howToVerify: {
        vi: 'Việc số hóa diễn ra ở bộ phận một cửa, trang công khai không thể hiện. Đề nghị đơn vị cung cấp số liệu số hóa và kiểm tra vài hồ sơ tiếp nhận trực tiếp trên hệ thống một cửa điện tử có bản số hóa đính kèm; ghi chú nguồn xác nhận.',
        en: 'Digitisation happens at the one-stop desk and is not visible on public pages. Ask for the digitisation figures and check a few over-the-counter dossiers in the back office for attached scans; note the source.',
      },
    },
    {
      id: 'SH-02',
      group: 'SH',
      title: { vi: 'Cấp kết quả điện tử', en: 'Issue electronic results' },
      basis: 'S8 [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tra cứu một hồ sơ đã hoàn thành: kết quả tra cứu có nút tải hoặc xem "Kết quả điện tử". Tải về để xác nhận tệp là kết quả giải quyết (không phải phiếu tiếp nhận).',
        en: 'Look up a completed dossier: the result offers a "Kết quả điện tử" (e-result) download or view. Download it to confirm it is the decision itself, not the receipt.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['ket-qua-dien-tu', 'tai-ket-qua'], labels: E_RESULT_LABELS, slugs: true }),
          findText(page, E_RESULT_LABELS),
        ),
      }),
    },
    {
      id: 'SH-03',
      group: 'SH',
      title: { vi: 'Công khai tỷ lệ số hóa', en: 'Digitisation rate published' },
      basis: 'S8 [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang chủ hoặc trang thống kê công khai chỉ số "Số hóa hồ sơ" của Bộ chỉ số 766 hoặc tỷ lệ số hóa hồ sơ, kết quả kèm con số (tỷ lệ %, điểm). Bài tin nhắc tới số hóa mà không có số liệu không được tính.',
        en: 'The home or statistics page publishes the 766-index "Số hóa hồ sơ" figure or the digitisation rate of dossiers and results with a number (percentage, score). News items about digitisation without figures do not count.',
      },
      check: (page) => ({
        evidence: findLabelledValue(page, {
          labels: DIGITISATION_LABELS,
          value: digitisationFigure,
          ignore: (t) => /lượt xem|lượt truy cập|ngày đăng/u.test(t),
        }),
      }),
    },
  ],
};
