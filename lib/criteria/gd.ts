import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, excerpt, findLinks, findText, labelMatcher } from './match';
import type { Evidence, Group } from './types';

/** Evidence that points at the page itself or at a summary, not at one element. */
function evidenceAt(page: PageSnapshot, selector: string, text: string): Evidence {
  return { pageUrl: page.url, selector, text: excerpt(text) };
}

/** Host of an absolute http(s) URL, lower-cased; '' when there is none. */
function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

const isGovVn = (host: string) => host === 'gov.vn' || host.endsWith('.gov.vn');

/** Platform vendors' own hosts that portals sometimes run on instead of .gov.vn. */
const VENDOR_HOST = /(^|\.)vnptigate\.vn$/;

/** The national portal dichvucong.gov.vn itself (not xacthuc./dangky., which are SSO and sign-up). */
const isNationalPortal = (url: string) => /^(www\.)?dichvucong\.gov\.vn$/.test(hostOf(url));

/** Deep links into the national portal's functions (catalogue detail, submission, payment, lookup, feedback). */
const NATIONAL_FUNCTION_PATH =
  /dichvucong\.gov\.vn\/p\/(?:home\/dvc-(?:tthc|nop|chi-tiet|thanh-toan|tra-cuu|dich-vu-cong)|phananhkiennghi\/)/i;

/**
 * Dossier codes as Decree 61/2018 Art. 26 and the VPCP circulars describe
 * them: the receiving agency's code (QCVN 102:2016, e.g. 000.00.15.H29 or
 * H29.15) - date yyMMdd - sequence number, e.g. 000.00.15.H29-230512-0003.
 */
const DOSSIER_CODE =
  /(?<![\w.])((?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,3}){0,3})-(\d{2})(\d{2})(\d{2})-\d{4,6})(?![\w.])/g;
/** "Mã hồ sơ: <value>" where a portal prints a code in some other shape. */
const LABELLED_CODE = /mã hồ sơ\s*[:：]\s*([A-Za-z0-9][\w.\-/]{3,40})/iu;

function wellFormedDate(yy: string, mm: string, dd: string): boolean {
  const m = Number(mm);
  const d = Number(dd);
  return Number(yy) >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Visible strings that can carry a dossier code, with where they are. */
function codeCarriers(page: PageSnapshot): Array<{ selector: string; text: string }> {
  const out: Array<{ selector: string; text: string }> = [];
  for (const t of page.texts) out.push(t);
  for (const l of page.links) out.push({ selector: l.selector, text: l.text });
  for (const f of page.forms) for (const i of f.inputs) if (i.placeholder) out.push({ selector: i.selector, text: i.placeholder });
  return out;
}

/** Controls that say the page offers accessibility aids (text size, contrast, skip link, a11y page). */
const ACCESSIBILITY_AIDS = [
  'Hỗ trợ người khuyết tật',
  'Dành cho người khiếm thị',
  'Phiên bản cho người khiếm thị',
  'Trợ năng',
  'Tăng cỡ chữ',
  'Giảm cỡ chữ',
  'Độ tương phản',
  'Tương phản cao',
  'Chuyển đến nội dung chính',
  'Bỏ qua đến nội dung chính',
  'Skip to main content',
  'Skip to content',
];

/** Labels of a submit action that, pointing at the national portal, show submission moved there. */
const isSubmitLabel = labelMatcher(['Nộp hồ sơ', 'Nộp trực tuyến', 'Nộp hồ sơ trực tuyến', 'Nộp DVC']);

/** GD — standard process and interface, transport security, accessibility. */
export const standardInterface: Group = {
  id: 'GD',
  title: { vi: 'Chuẩn hóa quy trình, giao diện và khả năng tiếp cận', en: 'Standard process, interface and accessibility' },
  criteria: [
    {
      id: 'GD-01',
      group: 'GD',
      title: { vi: 'HTTPS, chứng thư hợp lệ, chuyển hướng HTTP→HTTPS', en: 'HTTPS everywhere' },
      basis: 'S1 Art 8 [G]',
      method: 'auto',
      combine: 'every',
      howToVerify: {
        vi: 'Mọi trang của cổng phải tải qua HTTPS và không nhúng tài nguyên http:// (nội dung hỗn hợp). Mở địa chỉ http:// của cổng để xác nhận có chuyển hướng sang https://, và xem chứng thư ở biểu tượng ổ khóa.',
        en: 'Every page must load over HTTPS with no http:// resources (mixed content). Open the portal\'s http:// address to confirm it redirects to https://, and check the certificate from the padlock.',
      },
      check: (page) => {
        if (page.protocol !== 'https:')
          return {
            state: 'not_met',
            evidence: [evidenceAt(page, 'html', page.url)],
            message: {
              vi: `Trang được tải qua ${page.protocol.replace(':', '').toUpperCase() || 'giao thức không mã hóa'}, không mã hóa: dữ liệu người dùng có thể bị đọc hoặc sửa trên đường truyền.`,
              en: `The page was loaded over ${page.protocol.replace(':', '').toUpperCase() || 'an unencrypted protocol'}, unencrypted: user data can be read or altered in transit.`,
            },
          };
        if (page.mixedContent.length > 0)
          return {
            state: 'not_met',
            evidence: page.mixedContent.map((m) => evidenceAt(page, m.selector, `<${m.tag}> ${m.url}`)),
            message: {
              vi: `Trang HTTPS nhưng nạp ${page.mixedContent.length} tài nguyên qua http:// (nội dung hỗn hợp).`,
              en: `The page is HTTPS but loads ${page.mixedContent.length} resource(s) over http:// (mixed content).`,
            },
          };
        return {
          state: 'met',
          evidence: [evidenceAt(page, 'html', page.url)],
          message: {
            vi: 'Trang tải qua HTTPS, không có nội dung hỗn hợp. Trình duyệt đã chấp nhận chứng thư; chuyển hướng HTTP→HTTPS cần thử bằng địa chỉ http://.',
            en: 'The page loads over HTTPS with no mixed content. The browser accepted the certificate; try the http:// address to confirm the HTTP→HTTPS redirect.',
          },
        };
      },
    },
    {
      id: 'GD-02',
      group: 'GD',
      title: { vi: 'Tên miền .gov.vn chính thức', en: 'Official .gov.vn domain' },
      basis: '[K]/[I]',
      method: 'auto',
      howToVerify: {
        vi: 'Địa chỉ của cổng phải thuộc tên miền .gov.vn (ví dụ dichvucong.<tỉnh>.gov.vn), không chạy trên tên miền của nhà cung cấp như *.vnptigate.vn.',
        en: 'The portal\'s address must be under .gov.vn (e.g. dichvucong.<province>.gov.vn), not on a vendor\'s domain such as *.vnptigate.vn.',
      },
      check: (page) => {
        const host = page.host.toLowerCase().replace(/\.$/, '');
        if (isGovVn(host)) {
          // Note, without failing, functions handed to a vendor host (e.g. SSO on *.vnptigate.vn).
          const vendor = [
            ...page.links.map((l) => ({ selector: l.selector, url: l.href })),
            ...page.forms.map((f) => ({ selector: f.selector, url: f.action })),
            ...page.iframes.map((f) => ({ selector: f.selector, url: f.src })),
          ].filter((x) => VENDOR_HOST.test(hostOf(x.url)));
          const hosts = [...new Set(vendor.map((v) => hostOf(v.url)))];
          return {
            evidence: [evidenceAt(page, 'html', host), ...vendor.slice(0, 2).map((v) => evidenceAt(page, v.selector, v.url))],
            ...(hosts.length > 0
              ? {
                  message: {
                    vi: `Cổng chạy trên tên miền .gov.vn (${host}); một số chức năng trỏ tới tên miền của nhà cung cấp: ${hosts.join(', ')}.`,
                    en: `The portal runs under .gov.vn (${host}); some functions point to a vendor's domain: ${hosts.join(', ')}.`,
                  },
                }
              : {}),
          };
        }
        const vendor = VENDOR_HOST.test(host);
        return {
          state: 'not_met',
          evidence: [evidenceAt(page, 'html', host || page.url)],
          message: {
            vi: `Trang chạy trên tên miền "${host}", không phải tên miền .gov.vn chính thức${vendor ? ' mà là tên miền của nhà cung cấp nền tảng (*.vnptigate.vn)' : ''}. Tên miền của bên thứ ba như *.vnptigate.vn không thay thế tên miền .gov.vn.`,
            en: `The page runs on "${host}", not an official .gov.vn domain${vendor ? ' but on the platform vendor\'s domain (*.vnptigate.vn)' : ''}. Third-party hosts such as *.vnptigate.vn do not replace a .gov.vn domain.`,
          },
        };
      },
    },
    {
      id: 'GD-03',
      group: 'GD',
      title: { vi: 'Hỗ trợ người khuyết tật tiếp cận', en: 'Accessibility' },
      basis: 'pháp điển Điều 3.3.TT.46.5 (TT on disability-accessibility standards for gov sites) [G]',
      method: 'assisted',
      combine: 'every',
      howToVerify: {
        vi: 'Công cụ chỉ kiểm tra tự động một số chỉ báo: khai báo lang="vi", ảnh có thuộc tính alt, ô nhập có nhãn. Người kiểm tra xác nhận thêm độ tương phản màu, thao tác hoàn toàn bằng bàn phím (tiêu điểm nhìn thấy được) và thử với trình đọc màn hình.',
        en: 'Only some indicators are checked automatically: lang="vi", images with an alt attribute, labelled form fields. The inspector also checks colour contrast, full keyboard operation with a visible focus, and a screen reader.',
      },
      check: (page) => {
        const problems: { vi: string[]; en: string[] } = { vi: [], en: [] };
        const bad: Evidence[] = [];
        const good: Evidence[] = [];

        const lang = page.lang.trim();
        if (/^vi(?:[-_]|$)/i.test(lang)) good.push(evidenceAt(page, 'html', `lang="${lang}"`));
        else {
          problems.vi.push(lang ? `trang khai báo lang="${lang}" thay vì "vi"` : 'thẻ <html> không khai báo lang');
          problems.en.push(lang ? `the page declares lang="${lang}" instead of "vi"` : '<html> has no lang attribute');
          bad.push(evidenceAt(page, 'html', lang ? `lang="${lang}"` : 'không có thuộc tính lang / no lang attribute'));
        }

        const images = page.images;
        const noAlt = images.filter((i) => i.alt === null);
        if (noAlt.length > 0) {
          problems.vi.push(`${noAlt.length}/${images.length} ảnh thiếu thuộc tính alt`);
          problems.en.push(`${noAlt.length}/${images.length} images lack an alt attribute`);
          for (const i of noAlt.slice(0, 2)) bad.push(evidenceAt(page, i.selector, `Ảnh thiếu alt / image without alt: ${i.src}`));
        } else if (images.length > 0) good.push(evidenceAt(page, 'img', `${images.length}/${images.length} ảnh có alt / images have alt`));

        // Hidden fields are not for people; a placeholder is a weak but real accessible name.
        const fields = page.forms.flatMap((f) => f.inputs).filter((i) => i.type.toLowerCase() !== 'hidden');
        const unnamed = fields.filter((i) => !i.label.trim() && !i.placeholder.trim());
        const placeholderOnly = fields.filter((i) => !i.label.trim() && i.placeholder.trim()).length;
        if (unnamed.length > 0) {
          problems.vi.push(`${unnamed.length}/${fields.length} ô nhập không có nhãn`);
          problems.en.push(`${unnamed.length}/${fields.length} form fields have no label`);
          for (const i of unnamed.slice(0, 2))
            bad.push(evidenceAt(page, i.selector, `Ô nhập không nhãn / unlabelled field: ${i.name || i.id || i.type}`));
        } else if (fields.length > 0)
          good.push(
            evidenceAt(
              page,
              'input, select, textarea',
              `${fields.length}/${fields.length} ô nhập có nhãn / fields labelled${placeholderOnly ? ` (${placeholderOnly} chỉ có placeholder / placeholder only)` : ''}`,
            ),
          );

        const aids = anyOf(findText(page, ACCESSIBILITY_AIDS), findLinks(page, { labels: ACCESSIBILITY_AIDS }));

        if (problems.vi.length > 0)
          return {
            state: 'not_met',
            evidence: bad,
            message: {
              vi: `Chỉ báo tự động cho thấy lỗi tiếp cận: ${problems.vi.join('; ')}. Người kiểm tra vẫn cần đánh giá toàn diện (tương phản, bàn phím, trình đọc màn hình).`,
              en: `Automated indicators show accessibility failures: ${problems.en.join('; ')}. A full review (contrast, keyboard, screen reader) is still the inspector's.`,
            },
          };
        return {
          evidence: [...good, ...aids].slice(0, 5),
          message: {
            vi: 'Các chỉ báo tự động đạt (chỉ là chỉ báo). Người kiểm tra xác nhận độ tương phản, thao tác bằng bàn phím và trình đọc màn hình.',
            en: 'The automated indicators pass (indicators only). The inspector confirms contrast, keyboard operation and screen-reader use.',
          },
        };
      },
    },
    {
      id: 'GD-04',
      group: 'GD',
      title: { vi: 'Mã hồ sơ đúng cấu trúc quy định', en: 'Dossier code structure' },
      basis: 'S2 Art 26 [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tra cứu một hồ sơ hoặc mở phiếu tiếp nhận và xem mã hồ sơ có dạng [mã cơ quan tiếp nhận]-[yyMMdd]-[số thứ tự], ví dụ 000.00.15.H29-230512-0003; cấu trúc hiện hành cần người kiểm tra đối chiếu văn bản.',
        en: 'Look up a dossier or open a receipt and check the code reads [receiving agency code]-[yyMMdd]-[sequence], e.g. 000.00.15.H29-230512-0003; the inspector confirms the current structure against the rules.',
      },
      check: (page) => {
        const conforming: Evidence[] = [];
        const other: Evidence[] = [];
        for (const { selector, text } of codeCarriers(page)) {
          let found = false;
          for (const m of text.matchAll(DOSSIER_CODE)) {
            if (!wellFormedDate(m[2]!, m[3]!, m[4]!)) continue;
            found = true;
            conforming.push(evidenceAt(page, selector, m[1]!));
          }
          if (!found) {
            const labelled = LABELLED_CODE.exec(text.normalize('NFC'));
            if (labelled) other.push(evidenceAt(page, selector, `Mã hồ sơ: ${labelled[1]}`));
          }
        }
        const evidence = [...conforming.slice(0, 3), ...other.slice(0, 2)];
        if (evidence.length === 0) return { evidence };
        return {
          evidence,
          message: {
            vi: `${conforming.length} mã theo cấu trúc [mã cơ quan]-[yyMMdd]-[số thứ tự]${other.length ? `; ${other.length} mã có dạng khác` : ''}. Người kiểm tra đối chiếu với quy định hiện hành.`,
            en: `${conforming.length} code(s) follow [agency code]-[yyMMdd]-[sequence]${other.length ? `; ${other.length} code(s) in another shape` : ''}. The inspector checks them against the current rules.`,
          },
        };
      },
    },
    {
      id: 'GD-05',
      group: 'GD',
      title: { vi: 'Dùng danh mục điện tử dùng chung (cơ quan, lĩnh vực, địa bàn)', en: 'Shared e-catalogues' },
      basis: 'S1 Art 3(6), 5(đ) [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận hệ thống dùng danh mục dùng chung (mã cơ quan, lĩnh vực, đơn vị hành chính) của quốc gia, qua tài liệu thiết kế hoặc cấu hình phía máy chủ.',
        en: 'The inspector confirms the system uses the shared national catalogues (agency codes, fields, administrative units), from design documents or server configuration.',
      },
    },
    {
      id: 'GD-06',
      group: 'GD',
      title: { vi: 'Hiệu năng: thời gian phản hồi', en: 'Response time' },
      basis: 'S1 Art 7 + Phụ lục IV [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Công cụ ghi thời gian tải do trình duyệt đo (Navigation Timing), chỉ mang tính tham khảo vì phụ thuộc đường truyền của người kiểm tra; người kiểm tra đối chiếu với ngưỡng tại Phụ lục IV.',
        en: 'The tool records the load times the browser measured (Navigation Timing), indicative only as they depend on the inspector\'s connection; the inspector compares them with the thresholds of Annex IV.',
      },
      check: (page) => {
        const t = page.timing;
        if (!t)
          return {
            state: 'not_checked',
            evidence: [],
            message: {
              vi: 'Không có số đo thời gian tải (chỉ trình duyệt cung cấp khi mở trang).',
              en: 'No load timing available (only the browser provides it when the page is opened).',
            },
          };
        const ms = (n: number) => `${Math.round(n)} ms`;
        return {
          evidence: [
            evidenceAt(
              page,
              'html',
              `Phản hồi đầu tiên / first byte: ${ms(t.responseStart)}; DOMContentLoaded: ${ms(t.domContentLoaded)}; tải xong / load: ${t.load > 0 ? ms(t.load) : '—'}`,
            ),
          ],
          message: {
            vi: 'Số đo chỉ mang tính tham khảo (một lần tải, trên đường truyền của người kiểm tra); người kiểm tra đánh giá theo ngưỡng quy định.',
            en: 'Indicative only (one load, on the inspector\'s connection); the inspector judges it against the required thresholds.',
          },
        };
      },
    },
    {
      id: 'GD-07',
      group: 'GD',
      title: { vi: 'Thống nhất trải nghiệm với DVCQG (một cửa số)', en: 'Consistent with the national "digital one-stop"' },
      basis: 'S13 [P]',
      method: 'assisted',
      howToVerify: {
        vi: 'Chức năng nộp hồ sơ của cổng chuyển tới hoặc liên kết sâu tới Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), hoặc cổng thông báo người dân nộp hồ sơ trên Cổng DVC quốc gia; người kiểm tra bấm thử để xác nhận.',
        en: 'Submission on the portal redirects or deep-links to the national portal (dichvucong.gov.vn), or the portal tells citizens to submit there; the inspector follows the link to confirm.',
      },
      check: (page) => {
        const deepLinks = page.links
          .filter((l) => isNationalPortal(l.href) && (NATIONAL_FUNCTION_PATH.test(l.href) || isSubmitLabel(l.text) || isSubmitLabel(l.label)))
          .map((l) => evidenceAt(page, l.selector, `${l.text || l.label} → ${l.href}`));
        return {
          evidence: anyOf(
            deepLinks,
            findText(page, [
              'nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia',
              'nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia',
              'nộp hồ sơ trên Cổng Dịch vụ công quốc gia',
              'nộp hồ sơ tại Cổng Dịch vụ công quốc gia',
              'thực hiện trên Cổng Dịch vụ công quốc gia',
            ]),
          ),
        };
      },
    },
  ],
};
